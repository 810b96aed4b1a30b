package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.ReferenceCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.proxies.ReferenceData;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes reference data (discount schedules, price indices, the WELLBY value, wage series) in
 * the {@code svtoms-reference/1} format.
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}. Stateless and thread-safe.
 */
public final class References {
    private References() {
    }

    /** Holder idiom: the default reference data is read once, on first use. */
    private static final class DefaultHolder {
        static final ReferenceData DEFAULT = Resources.read("reference.json", References::read);
    }

    /**
     * The bundled reference data {@code default/reference.json}: the Green Book discount schedules, the
     * HM Treasury GDP deflator, the WELLBY value and living-wage series. Read once and cached.
     *
     * @return the default reference data
     * @throws CatalogueFormatException when the bundled file is broken (a packaging error)
     */
    public static ReferenceData openDefault() {
        return DefaultHolder.DEFAULT;
    }

    /**
     * Reads a reference data file.
     *
     * @param file the file
     * @return the reference data
     * @throws CatalogueFormatException listing every problem
     */
    public static ReferenceData read(Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads reference data.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the reference data
     * @throws CatalogueFormatException listing every problem
     */
    public static ReferenceData read(InputStream in, String fileName) {
        return ReferenceCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"));
    }

    /**
     * The canonical {@code svtoms-reference/1} text of reference data.
     *
     * @param data the reference data
     * @return the JSON text, ending with a newline
     */
    public static String toJson(ReferenceData data) {
        return ReferenceCodec.write(Checks.notNull(data, "data"));
    }

    /**
     * Writes reference data as UTF-8 {@code svtoms-reference/1}.
     *
     * @param data the reference data
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(ReferenceData data, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(data).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
