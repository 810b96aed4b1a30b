package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;

import java.util.Locale;

/** What a contract buys, as public procurement law groups it. */
public enum ContractCategory {
    /** Supply of goods (e.g. equipment). */
    GOODS,
    /** Services (e.g. facilities management, care). */
    SERVICES,
    /** Works (construction). */
    WORKS;

    /**
     * The lowercase id used in files: {@code goods}, {@code services}, {@code works}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the category
     * @throws InvalidValueException when the id is not one of the three
     */
    public static ContractCategory fromId(String id) {
        for (ContractCategory c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new InvalidValueException("unknown contract category '" + id + "': expected goods, services or works");
    }
}
