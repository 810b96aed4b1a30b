package io.github.svtoms.ocds;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's 250 real OCDS releases are: {@code ../../shared/data/ocds} from this module. */
final class SharedData {
    private SharedData() {
    }

    /**
     * The directory, from the system property {@code svtoms.ocds.data} set by the build (relative to this
     * module's directory otherwise).
     *
     * @return the directory
     * @throws IllegalStateException when it is missing, saying where it was looked for
     */
    static Path directory() {
        String configured = System.getProperty("svtoms.ocds.data", "../../shared/data/ocds");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared OCDS releases are missing: expected a directory at " + dir
                    + " (the project's shared/data/ocds, two levels above svtoms-ocds; set -Dsvtoms.ocds.data to"
                    + " point elsewhere)");
        }
        return dir;
    }
}
