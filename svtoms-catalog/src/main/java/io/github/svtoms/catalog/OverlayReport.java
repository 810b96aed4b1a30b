package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;

import java.util.List;

/**
 * What an overlay did to its base: every element it replaced and every element it added, in overlay
 * order, so that nothing is replaced silently.
 *
 * <p>Immutable and thread-safe; value equality over both lists.
 *
 * @param replaced the base elements the overlay replaced
 * @param added the elements the overlay added
 */
public record OverlayReport(List<Entry> replaced, List<Entry> added) {
    /**
     * Copies the lists.
     *
     * @param replaced no nulls
     * @param added no nulls
     */
    public OverlayReport {
        replaced = List.copyOf(Checks.notNull(replaced, "replaced"));
        added = List.copyOf(Checks.notNull(added, "added"));
    }

    /** The kind of element an entry names. */
    public enum Kind {
        /** A framework (a replaced framework brings all its priorities). */
        FRAMEWORK,
        /** A theme. */
        THEME,
        /** An outcome. */
        OUTCOME,
        /** A priority group. */
        PRIORITY_GROUP,
        /** A measure. */
        MEASURE,
        /** A proxy table entry, named by its measure id. */
        PROXY
    }

    /**
     * One element, by kind and id.
     *
     * <p>Immutable and thread-safe.
     *
     * @param kind the kind
     * @param id the id text
     */
    public record Entry(Kind kind, String id) {
        /**
         * Validates the entry.
         *
         * @param kind the kind
         * @param id the id text, not blank
         */
        public Entry {
            Checks.notNull(kind, "kind");
            Checks.notBlank(id, "id");
        }

        /**
         * {@code kind:id}, e.g. {@code MEASURE:local-employment}.
         *
         * @return the text form
         */
        @Override
        public String toString() {
            return kind + ":" + id;
        }
    }

    /**
     * The replaced ids of one kind, in overlay order.
     *
     * @param kind the kind
     * @return the ids
     */
    public List<String> replacedIds(Kind kind) {
        Checks.notNull(kind, "kind");
        return replaced.stream().filter(e -> e.kind() == kind).map(Entry::id).toList();
    }
}
