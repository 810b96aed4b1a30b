package io.github.svtoms.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;

import java.io.IOException;

/**
 * One cold load in a fresh JVM, for run.sh to time as a whole process: {@code svtoms} calls
 * {@link io.github.svtoms.catalog.Bundled#catalogue()} once; {@code raw} parses the same bundled bytes into Jackson trees. Prints
 * the in-process time of that first call in milliseconds and a count so nothing is optimised away.
 */
public final class ColdLoad {
    private ColdLoad() {
    }

    /**
     * Runs one cold load.
     *
     * @param args {@code svtoms} or {@code raw}
     * @throws IOException never for the bundled files
     */
    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "svtoms";
        long t0 = System.nanoTime();
        long count;
        if (mode.equals("raw")) {
            DefaultFiles files = DefaultFiles.read();
            ObjectMapper mapper = new ObjectMapper();
            count = mapper.readTree(files.open()).size();
            for (byte[] f : files.frameworks()) {
                count += mapper.readTree(f).size();
            }
        } else {
            Catalogue c = Bundled.catalogue();
            count = c.measures().size();
        }
        long t1 = System.nanoTime();
        System.out.printf("%s first call %.1f ms (%d)%n", mode, (t1 - t0) / 1e6, count);
    }
}
