package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One OCDS release (a notice, or the compiled release of a record) as svtoms read it: its identifiers,
 * the reading for the whole notice, and one reading per lot.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param source the file or stream name
 * @param path the release's JSON path in the document, e.g. {@code $} or {@code $.releases[2]}
 * @param ocid the contracting process id, if given
 * @param releaseId the release {@code id}, if given
 * @param tags the release tags (e.g. {@code tender}, {@code award}), as written
 * @param date the release date (the calendar date as written), if it parses
 * @param buyerName the buyer's name, if given
 * @param whole the reading for the notice as a whole
 * @param lots one reading per lot, in the notice's order (empty when the notice has no lots)
 */
public record Notice(String source, String path, Optional<String> ocid, Optional<String> releaseId, List<String> tags,
                     Optional<LocalDate> date, Optional<String> buyerName, ContractReading whole,
                     List<ContractReading> lots) {
    /**
     * Validates the notice and copies its lists.
     *
     * @param source not blank
     * @param path not blank
     * @param ocid optional
     * @param releaseId optional
     * @param tags not null
     * @param date optional
     * @param buyerName optional
     * @param whole not null
     * @param lots not null
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public Notice {
        Checks.notBlank(source, "source");
        Checks.notBlank(path, "path");
        Checks.notNull(ocid, "ocid");
        Checks.notNull(releaseId, "release id");
        tags = List.copyOf(Checks.notNull(tags, "tags"));
        Checks.notNull(date, "date");
        Checks.notNull(buyerName, "buyer name");
        Checks.notNull(whole, "whole notice");
        lots = List.copyOf(Checks.notNull(lots, "lots"));
    }

    /**
     * Where the notice is: the source, and the path when the document holds more than a release.
     *
     * @return e.g. {@code "notices.json $.releases[2]"}
     */
    public String location() {
        return path.equals("$") ? source : source + " " + path;
    }

    /**
     * The whole notice first, then each lot.
     *
     * @return every reading
     */
    public List<ContractReading> readings() {
        return Stream.concat(Stream.of(whole), lots.stream()).toList();
    }
}
