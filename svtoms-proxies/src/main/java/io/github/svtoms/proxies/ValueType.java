package io.github.svtoms.proxies;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of value a proxy measures. Values of different kinds are reported side by side, so a
 * reader can see how much of a total is cash to a public budget and how much is wellbeing.
 *
 * <p>Immutable and thread-safe.
 */
public enum ValueType {
    /** A cost avoided by a public budget. */
    FISCAL("fiscal"),
    /** A resource or market value to society (wages, carbon). */
    ECONOMIC("economic"),
    /** Both a fiscal saving and a wider economic value. */
    FISCAL_AND_ECONOMIC("fiscal+economic"),
    /** A wellbeing value to the people affected (e.g. WELLBY-based). */
    SOCIAL_WELLBEING("social-wellbeing");

    private final String id;

    ValueType(String id) {
        this.id = id;
    }

    /**
     * The id used in data files, e.g. {@code fiscal+economic}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The value type with this id.
     *
     * @param id e.g. {@code social-wellbeing}
     * @return the value type
     * @throws InvalidValueException when no value type has this id
     */
    public static ValueType fromId(String id) {
        Checks.notNull(id, "value type");
        for (ValueType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new InvalidValueException("unknown value type '" + id + "': expected one of "
                + Arrays.stream(values()).map(ValueType::id).collect(Collectors.joining(", ")));
    }
}
