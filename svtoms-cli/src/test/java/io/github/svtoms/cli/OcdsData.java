package io.github.svtoms.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's 250 real OCDS releases ({@code ../../shared/data/ocds} from this module) and hand-written
 * notices for the OCDS command tests.
 */
final class OcdsData {
    /**
     * A release of a borough council with two lots, each with its own value and period, and no value for
     * the notice as a whole: the whole notice has no usable profile, each lot has one.
     */
    static final String TWO_LOTS = """
            {
              "ocid": "ocds-test-0001",
              "id": "ocds-test-0001-release-1",
              "date": "2025-03-01T00:00:00Z",
              "tag": ["tender"],
              "parties": [{"id": "b1", "name": "Test Borough Council", "roles": ["buyer"],
                "details": {"classifications": [{"scheme": "TED_CA_TYPE", "id": "Regional or local authority"}]}}],
              "buyer": {"id": "b1", "name": "Test Borough Council"},
              "tender": {
                "id": "t1",
                "title": "Cleaning in two lots",
                "mainProcurementCategory": "services",
                "tenderPeriod": {"startDate": "2025-03-03T09:00:00Z", "endDate": "2025-04-01T12:00:00Z"},
                "lots": [
                  {"id": "A", "title": "North", "value": {"amount": 1200000, "currency": "GBP"},
                   "contractPeriod": {"startDate": "2025-04-01", "endDate": "2028-03-31"}},
                  {"id": "B", "title": "South", "value": {"amount": 300000, "currency": "GBP"},
                   "contractPeriod": {"durationInMonths": 18}}
                ]
              }
            }
            """;

    private OcdsData() {
    }

    /**
     * The directory of the real releases, from the system property {@code svtoms.ocds.data} set by the
     * build (relative to this module's directory otherwise).
     *
     * @return the directory
     * @throws IllegalStateException when it is missing, saying where it was looked for
     */
    static Path directory() {
        Path dir = Path.of(System.getProperty("svtoms.ocds.data", "../../shared/data/ocds")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared OCDS releases are missing: expected a directory at " + dir
                    + " (the project's shared/data/ocds, two levels above svtoms-cli; set -Dsvtoms.ocds.data)");
        }
        return dir;
    }

    /** One of the real releases, by file name. */
    static String real(String name) {
        return directory().resolve(name).toString();
    }

    /** Writes text to a file in a directory and returns its path. */
    static String write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether standard error shows a Java stack trace. */
    static boolean hasStackTrace(String err) {
        return err.contains("at io.") || err.contains("Exception in thread") || err.contains("\tat ");
    }
}
