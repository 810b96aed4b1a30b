package io.github.svtoms.proxies;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * What kind of value a proxy measures. Values of different kinds are reported side by side, so a
 * reader can see how much of a total is cash to a public budget and how much is wellbeing. Its
 * {@link #id()} in files is {@code fiscal}, {@code economic}, {@code fiscal+economic},
 * {@code fiscal+economic+social} or {@code social-wellbeing}. A combined type names every kind its source
 * combines, so a figure that includes harm to victims (a social cost) is never shown as fiscal and economic
 * value alone.
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
    /**
     * A fiscal saving, a wider economic value and a social cost avoided in one figure, as the source combines
     * them (e.g. the Home Office cost of crime, which includes the physical and emotional harm to victims);
     * its id is {@code fiscal+economic+social}.
     */
    FISCAL_ECONOMIC_AND_SOCIAL,
    /** A wellbeing value to the people affected (e.g. WELLBY-based). */
    SOCIAL_WELLBEING;

    /**
     * The id used in data files, e.g. {@code fiscal+economic}.
     *
     * @return the id
     */
    @Override
    public String id() {
        return switch (this) {
            case FISCAL_AND_ECONOMIC -> "fiscal+economic";
            case FISCAL_ECONOMIC_AND_SOCIAL -> "fiscal+economic+social";
            default -> FileId.super.id();
        };
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
