package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * What a contract buys, as public procurement law groups it. Its {@link #id()} in files is
 * {@code goods}, {@code services} or {@code works}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ContractCategory implements FileId {
    /** Supply of goods (e.g. equipment). */
    GOODS,
    /** Services (e.g. facilities management, care). */
    SERVICES,
    /** Works (construction). */
    WORKS;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the category
     * @throws InvalidValueException when the id is not one of the three
     */
    public static ContractCategory fromId(String id) {
        return FileIds.parse(ContractCategory.class, id, "contract category");
    }
}
