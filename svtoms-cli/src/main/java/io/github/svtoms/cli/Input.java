package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.InputFiles;
import io.github.svtoms.catalog.Problem;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The bytes of one input file (or of standard input, named {@code -} on the command line) and the
 * name quoted in problems. Files are opened by {@link InputFiles}: a regular file only (never a directory, a
 * device or a FIFO), at most {@value #MAX_BYTES} bytes counted as they are read. Immutable.
 *
 * @param name the path as the user gave it, or {@code <stdin>}
 * @param bytes the content
 */
record Input(String name, byte[] bytes) {
    /** The largest input read, the catalog module's document limit ({@link InputFiles#MAX_DOCUMENT_BYTES}). */
    static final long MAX_BYTES = InputFiles.MAX_DOCUMENT_BYTES;

    static Input read(String argument, InputStream stdin) {
        if ("-".equals(argument)) {
            return new Input("<stdin>", InputFiles.readAll(stdin, "<stdin>", MAX_BYTES));
        }
        return new Input(argument, InputFiles.readAll(path(argument), argument, MAX_BYTES));
    }

    /**
     * The path of a file argument.
     *
     * @throws CatalogueFormatException when it is not a valid path (e.g. it holds a NUL character)
     */
    static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new CatalogueFormatException(List.of(new Problem(argument, 0, 0, "$", "cannot read the file: invalid path: "
                    + e.getReason())));
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }
}
