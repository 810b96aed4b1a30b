package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The bytes of one input file (or of standard input, named {@code -} on the command line) and the
 * name quoted in problems. Immutable.
 *
 * @param name the path as the user gave it, or {@code <stdin>}
 * @param bytes the content
 */
record Input(String name, byte[] bytes) {
    /** The largest input read, matching the catalog module's document limit. */
    static final long MAX_BYTES = 16L << 20;

    static Input read(String argument, InputStream stdin) {
        if ("-".equals(argument)) {
            try {
                byte[] b = stdin.readNBytes((int) MAX_BYTES + 1);
                return new Input("<stdin>", tooLarge("<stdin>", b));
            } catch (IOException e) {
                throw unreadable("<stdin>", e.getMessage());
            }
        }
        Path p = Path.of(argument);
        try {
            if (Files.isDirectory(p)) {
                throw unreadable(argument, "is a directory, not a file");
            }
            if (Files.size(p) > MAX_BYTES) {
                throw unreadable(argument, "larger than " + MAX_BYTES + " bytes");
            }
            return new Input(argument, Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
            throw unreadable(argument, "no such file");
        } catch (IOException e) {
            throw unreadable(argument, e.getMessage());
        }
    }

    private static byte[] tooLarge(String name, byte[] b) {
        if (b.length > MAX_BYTES) {
            throw unreadable(name, "larger than " + MAX_BYTES + " bytes");
        }
        return b;
    }

    private static CatalogueFormatException unreadable(String name, String why) {
        return new CatalogueFormatException(java.util.List.of(new Problem(name, 0, 0, "$", "cannot read the file: " + why)));
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }
}
