package io.github.svtoms.core.kpi;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * An exemption from the Procurement Act 2023 s.52 duty to set and publish at least three KPIs, as a buyer
 * declares it in a request. The list is from secondary sources [S] and awaits the primary text; svtoms records
 * the declaration and names it in the {@link KpiDuty}, it does not judge it.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum KpiExemption implements FileId {
    /** Performance could not appropriately be assessed by KPIs (e.g. one-off off-the-shelf goods). File id {@code kpis-inappropriate}. */
    KPIS_INAPPROPRIATE("performance could not appropriately be assessed by KPIs"),
    /** A framework agreement. File id {@code framework}. */
    FRAMEWORK("a framework"),
    /** A concession contract. File id {@code concession}. */
    CONCESSION("a concession contract"),
    /** A light-touch contract. File id {@code light-touch}. */
    LIGHT_TOUCH("a light-touch contract"),
    /** A private-utility contract. File id {@code private-utility}. */
    PRIVATE_UTILITY("a private-utility contract");

    private final String words;

    KpiExemption(String words) {
        this.words = words;
    }

    /**
     * The exemption in words.
     *
     * @return e.g. {@code a light-touch contract}
     */
    public String words() {
        return words;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the exemption
     * @throws InvalidValueException for any other text
     */
    public static KpiExemption fromId(String id) {
        return FileIds.parse(KpiExemption.class, id, "KPI exemption");
    }
}
