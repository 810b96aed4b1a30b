package io.github.svtoms.core.kpi;

import io.github.svtoms.core.InvalidValueException;

/**
 * An exemption from the Procurement Act 2023 s.52 duty to set and publish at least three KPIs, as a buyer
 * declares it in a request. The list is from secondary sources [S] and awaits the primary text; svtoms records
 * the declaration and names it in the {@link KpiDuty}, it does not judge it.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum KpiExemption {
    /** Performance could not appropriately be assessed by KPIs (e.g. one-off off-the-shelf goods). File id {@code kpis-inappropriate}. */
    KPIS_INAPPROPRIATE("kpis-inappropriate", "performance could not appropriately be assessed by KPIs"),
    /** A framework agreement. File id {@code framework}. */
    FRAMEWORK("framework", "a framework"),
    /** A concession contract. File id {@code concession}. */
    CONCESSION("concession", "a concession contract"),
    /** A light-touch contract. File id {@code light-touch}. */
    LIGHT_TOUCH("light-touch", "a light-touch contract"),
    /** A private-utility contract. File id {@code private-utility}. */
    PRIVATE_UTILITY("private-utility", "a private-utility contract");

    private final String id;
    private final String words;

    KpiExemption(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /**
     * The id used in files.
     *
     * @return e.g. {@code light-touch}
     */
    public String id() {
        return id;
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
        for (KpiExemption e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new InvalidValueException("unknown KPI exemption '" + id + "': expected kpis-inappropriate, framework,"
                + " concession, light-touch or private-utility");
    }
}
