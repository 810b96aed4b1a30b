package io.github.svtoms.core;

import io.github.svtoms.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ids of {@link FileId} enums: the one lookup from a file's text to a constant, with one
 * message for an unknown id — {@code unknown buyer type 'council': expected one of nhs, local-authority,
 * central-government, other}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FileIds {
    private FileIds() {
    }

    /**
     * The constant whose {@link FileId#id()} is {@code id}.
     *
     * @param type the enum
     * @param id the id read from a file
     * @param what what the value is, quoted in messages (e.g. {@code "buyer type"})
     * @param <E> the enum type
     * @return the constant
     * @throws InvalidValueException when {@code id} is null ({@code "buyer type must not be null"}) or no
     *                               constant has it (the message quotes the value and lists the ids allowed)
     */
    public static <E extends Enum<E> & FileId> E parse(Class<E> type, @javax.annotation.Nullable String id, String what) {
        Checks.notNull(id, what);
        return find(type, id).orElseThrow(() -> new InvalidValueException("unknown " + what + " '" + id
                + "': expected one of " + String.join(", ", ids(type))));
    }

    /**
     * The constant whose {@link FileId#id()} is {@code id}, if there is one. Ids are matched exactly
     * (case-sensitive).
     *
     * @param type the enum
     * @param id any text, or null
     * @param <E> the enum type
     * @return the constant, or empty (always empty for null)
     */
    public static <E extends Enum<E> & FileId> Optional<E> find(Class<E> type, @javax.annotation.Nullable String id) {
        for (E e : Checks.notNull(type, "type").getEnumConstants()) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The ids of an enum's constants, in declaration order.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return the ids, unmodifiable
     */
    public static <E extends Enum<E> & FileId> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E e : Checks.notNull(type, "type").getEnumConstants()) {
            ids.add(e.id());
        }
        return List.copyOf(ids);
    }
}
