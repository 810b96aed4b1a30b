package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Defensive copies that reject null with a typed error rather than a bare NullPointerException. Stateless. */
final class Lists {
    private Lists() {
    }

    /**
     * An unmodifiable copy of {@code values}.
     *
     * @param values the values, neither the collection nor an element null
     * @param name what they are, quoted in the message
     * @return the copy, in iteration order
     * @throws InvalidValueException when the collection or an element is null
     */
    static <T> List<T> copyOf(@javax.annotation.Nullable Collection<? extends T> values, String name) {
        if (values == null) {
            throw new InvalidValueException(name + " must not be null");
        }
        List<T> copy = new ArrayList<>(values.size());
        int index = 0;
        for (T v : values) {
            if (v == null) {
                throw new InvalidValueException(name + " must not contain null (at index " + index + ")");
            }
            copy.add(v);
            index++;
        }
        return List.copyOf(copy);
    }

    /**
     * {@link #copyOf(Collection, String)} for an array, e.g. a builder's varargs.
     *
     * @param values the values, neither the array nor an element null
     * @param name what they are, quoted in the message
     * @return the copy, in order
     * @throws InvalidValueException when the array or an element is null
     */
    static <T> List<T> copyOf(@javax.annotation.Nullable T[] values, String name) {
        if (values == null) {
            throw new InvalidValueException(name + " must not be null");
        }
        return copyOf(java.util.Arrays.asList(values), name);
    }
}
