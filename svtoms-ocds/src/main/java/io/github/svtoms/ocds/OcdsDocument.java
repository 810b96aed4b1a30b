package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.util.List;

/**
 * One file or stream of OCDS as svtoms read it: its kind, the notices found in it, and the problems that
 * kept (part of) it from being read — invalid JSON, a reading limit, a value that is not a release. A
 * document with problems may still hold the notices read before or beside them.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param source the file or stream name
 * @param kind what the document is
 * @param notices the notices read, in document order
 * @param problems what could not be read, each with its JSON path
 */
public record OcdsDocument(String source, DocumentKind kind, List<Notice> notices, List<Reason> problems) {
    /**
     * Validates the document and copies its lists.
     *
     * @param source not blank
     * @param kind not null
     * @param notices not null
     * @param problems not null
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public OcdsDocument {
        Checks.notBlank(source, "source");
        Checks.notNull(kind, "kind");
        notices = List.copyOf(Checks.notNull(notices, "notices"));
        problems = List.copyOf(Checks.notNull(problems, "problems"));
    }

    /**
     * Whether the whole document was read without a problem.
     *
     * @return {@code true} when there is no problem
     */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
