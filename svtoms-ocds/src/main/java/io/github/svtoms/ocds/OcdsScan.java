package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.util.List;

/**
 * The result of {@link OcdsReader#scan(java.nio.file.Path)}: every document read, in path order, and
 * the counts over them.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param documents the documents, in the order of their paths
 * @param summary the counts
 */
public record OcdsScan(List<OcdsDocument> documents, ScanSummary summary) {
    /**
     * Validates the scan and copies the list.
     *
     * @param documents not null
     * @param summary not null
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public OcdsScan {
        documents = List.copyOf(Checks.notNull(documents, "documents"));
        Checks.notNull(summary, "summary");
    }

    /**
     * Every notice of every document, in order.
     *
     * @return the notices
     */
    public List<Notice> notices() {
        return documents.stream().flatMap(d -> d.notices().stream()).toList();
    }
}
