package io.github.svtoms.ocds;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkPeriod;

import java.time.LocalDate;

/**
 * A test catalogue with a family of dated editions, {@code test-svm}: the bundled catalogue's Kent priorities
 * copied as {@code test-svm-2020} (commenced 2021-01-01 to 2025-02-23) and {@code test-svm-2025} (from
 * 2025-02-24), the dates of the uk-svm family's PPN 06/20 and PPN 002 editions at the time (the bundled
 * uk-svm-2020 now ends on 2025-09-30, when PPN 002 became mandatory).
 */
public final class TestEditions {
    /** The family id. */
    public static final FrameworkId FAMILY = FrameworkId.of("test-svm");

    private TestEditions() {
    }

    /**
     * The catalogue.
     *
     * @return the bundled catalogue with the two editions added
     */
    public static Catalogue catalogue() {
        return catalogue(Bundled.catalogue().framework(FrameworkId.of("kent")).orElseThrow().rules());
    }

    /**
     * The catalogue with other rules for the 2020 edition.
     *
     * @param rules2020 the 2020 edition's rules (Kent's have a 10 % minimum social value weighting)
     * @return the bundled catalogue with the two editions added
     */
    public static Catalogue catalogue(io.github.svtoms.core.catalogue.FrameworkRules rules2020) {
        Catalogue bundled = Bundled.catalogue();
        Framework kent = bundled.framework(FrameworkId.of("kent")).orElseThrow();
        return bundled.toBuilder()
                .framework(copy(kent, "test-svm-2020").withRules(rules2020).withEdition(FAMILY,
                        FrameworkPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 2, 23))))
                .framework(copy(kent, "test-svm-2025").withEdition(FAMILY, FrameworkPeriod.from(LocalDate.of(2025, 2, 24))))
                .build();
    }

    private static Framework copy(Framework f, String id) {
        return new Framework(FrameworkId.of(id), f.kind(), f.name() + " (" + id + ")", f.publisher(), id,
                f.description(), f.url(), f.licence(), f.rules(), f.priorityGroups(), f.priorities());
    }
}
