package io.github.svtoms.proxies;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * What kind of value a proxy measures. Values of different kinds are reported side by side, so a
 * reader can see how much of a total is cash to a public budget and how much is wellbeing. Its
 * {@link #id()} in files is {@code fiscal}, {@code economic}, {@code fiscal+economic} or
 * {@code social-wellbeing}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ValueType implements FileId {
    /** A cost avoided by a public budget. */
    FISCAL,
    /** A resource or market value to society (wages, carbon). */
    ECONOMIC,
    /** Both a fiscal saving and a wider economic value; its id is {@code fiscal+economic}. */
    FISCAL_AND_ECONOMIC,
    /** A wellbeing value to the people affected (e.g. WELLBY-based). */
    SOCIAL_WELLBEING;

    /**
     * The id used in data files, e.g. {@code fiscal+economic}.
     *
     * @return the id
     */
    @Override
    public String id() {
        return this == FISCAL_AND_ECONOMIC ? "fiscal+economic" : FileId.super.id();
    }

    /**
     * The value type with this id.
     *
     * @param id e.g. {@code social-wellbeing}
     * @return the value type
     * @throws InvalidValueException when no value type has this id
     */
    public static ValueType fromId(String id) {
        return FileIds.parse(ValueType.class, id, "value type");
    }
}
