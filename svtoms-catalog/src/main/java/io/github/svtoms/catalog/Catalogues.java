package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.CatalogueCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads, writes and overlays catalogues in the {@code svtoms-catalogue/1} format.
 *
 * <p>Reading is strict and all-or-nothing: malformed JSON, a wrong format tag, an unknown member,
 * {@code null}, a decimal that is not a plain decimal string, a dangling reference — any problem fails
 * the whole read with a {@link CatalogueFormatException} listing every problem found with its file,
 * line, column and JSON path. Writing is canonical and deterministic, so that read then write
 * reproduces a canonical file byte for byte, and write then read gives an equal catalogue (ids, order,
 * text and the exact scale of every decimal).
 *
 * <p>Stateless and thread-safe.
 */
public final class Catalogues {
    /**
     * The bundled priority frameworks, in the order {@link #openDefault()} reads them after
     * {@code svtoms-open.json}.
     */
    public static final List<String> DEFAULT_FRAMEWORKS = List.of("uk-svm-2020", "nhs-2022", "lpp-2022", "kent", "elft",
            "brighton-hove", "bsol-stp", "aintree");

    private Catalogues() {
    }

    /** Holder idiom: the default catalogue is read once, on first use, safely published to every thread. */
    private static final class DefaultHolder {
        static final Catalogue DEFAULT = readDefault();
    }

    /**
     * The bundled open catalogue: {@code default/svtoms-open.json} (the {@code svtoms-open} measures,
     * themes, outcomes and priority groups), then each priority framework of {@link #DEFAULT_FRAMEWORKS}
     * from {@code default/frameworks/ID.json}, in that order. Read once and cached; the catalogue is
     * immutable, so every caller may share it.
     *
     * @return the default catalogue
     * @throws CatalogueFormatException when a bundled file is broken (a packaging error)
     */
    public static Catalogue openDefault() {
        return DefaultHolder.DEFAULT;
    }

    private static Catalogue readDefault() {
        Catalogue c = Resources.read("svtoms-open.json", Catalogues::read);
        for (String id : DEFAULT_FRAMEWORKS) {
            Catalogue base = c;
            c = Resources.read("frameworks/" + id + ".json", (in, name) -> extend(base, in, name));
        }
        return c;
    }

    /**
     * Reads a self-contained catalogue file.
     *
     * @param file the file
     * @return the catalogue
     * @throws CatalogueFormatException listing every problem
     */
    public static Catalogue read(Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads a self-contained catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the catalogue
     * @throws CatalogueFormatException listing every problem
     */
    public static Catalogue read(InputStream in, String fileName) {
        return extend(Catalogue.builder().build(), in, fileName);
    }

    /**
     * Reads one file of a catalogue that extends {@code base}: its references may point into the base,
     * and it may not redefine an id the base has.
     *
     * @param base the catalogue read so far
     * @param in the bytes; not closed
     * @param fileName the name to quote in problems
     * @return base and file combined
     * @throws CatalogueFormatException listing every problem
     */
    public static Catalogue extend(Catalogue base, InputStream in, String fileName) {
        Checks.notNull(base, "base");
        return CatalogueMerge.extend(base, readDocument(base, in, fileName, false), fileName);
    }

    /**
     * Reads the document of one file extending {@code base}, without combining it: the file's own
     * contents, for rewriting it.
     *
     * @param base the catalogue its references may point into
     * @param in the bytes; not closed
     * @param fileName the name to quote in problems
     * @return the file's contents
     * @throws CatalogueFormatException listing every problem
     */
    public static CatalogueDocument readDocument(Catalogue base, InputStream in, String fileName) {
        return readDocument(base, in, fileName, false);
    }

    /**
     * Lays a user catalogue over a base (typically the default): its frameworks, priorities, themes,
     * outcomes, priority groups and measures are added, and an element whose id the base has replaces
     * the base's, in the base's position. A measure may not change its unit, and every reference must
     * resolve in the result. Every replaced element is listed in the report.
     *
     * @param base the base catalogue
     * @param in the overlay's bytes; not closed
     * @param fileName the name to quote in problems
     * @return the combined catalogue and the report
     * @throws CatalogueFormatException listing every problem (unit conflicts, dangling references, ...)
     */
    public static Overlaid<Catalogue> overlay(Catalogue base, InputStream in, String fileName) {
        Checks.notNull(base, "base");
        return CatalogueMerge.overlay(base, readDocument(base, in, fileName, true), fileName);
    }

    /**
     * Lays a user catalogue file over a base; see {@link #overlay(Catalogue, InputStream, String)}.
     *
     * @param base the base catalogue
     * @param file the overlay file
     * @return the combined catalogue and the report
     * @throws CatalogueFormatException listing every problem
     */
    public static Overlaid<Catalogue> overlay(Catalogue base, Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return overlay(base, in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static CatalogueDocument readDocument(Catalogue base, InputStream in, String fileName, boolean overlay) {
        Checks.notNull(base, "base");
        Checks.notNull(in, "input");
        Checks.notNull(fileName, "file name");
        return CatalogueCodec.read(in, fileName, base, overlay);
    }

    /**
     * The canonical {@code svtoms-catalogue/1} text of a catalogue.
     *
     * @param catalogue the catalogue
     * @return the JSON text, ending with a newline
     */
    public static String toJson(Catalogue catalogue) {
        return toJson(CatalogueDocument.of(Checks.notNull(catalogue, "catalogue")));
    }

    /**
     * The canonical {@code svtoms-catalogue/1} text of a document.
     *
     * @param document the document
     * @return the JSON text, ending with a newline
     */
    public static String toJson(CatalogueDocument document) {
        return CatalogueCodec.write(Checks.notNull(document, "document"));
    }

    /**
     * Writes a catalogue as UTF-8 {@code svtoms-catalogue/1}.
     *
     * @param catalogue the catalogue
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Catalogue catalogue, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(catalogue).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a catalogue to a file as UTF-8 {@code svtoms-catalogue/1}, replacing it.
     *
     * @param catalogue the catalogue
     * @param file the file
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Catalogue catalogue, Path file) {
        try {
            Files.writeString(Checks.notNull(file, "file"), toJson(catalogue), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueFormatException unreadable(Path file, IOException e) {
        return new CatalogueFormatException(new Problem(String.valueOf(file.getFileName()), 0, 0, "$",
                "cannot read the file: " + e), e);
    }
}
