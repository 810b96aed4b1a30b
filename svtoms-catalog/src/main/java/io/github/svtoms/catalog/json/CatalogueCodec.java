package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.core.catalogue.Catalogue;

import java.io.InputStream;

/**
 * Internal entry point of the {@code svtoms-catalogue/1} codec, used by the public API. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogueCodec {
    private CatalogueCodec() {
    }

    /**
     * Reads one file against the catalogue it extends or overlays.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param base the catalogue the file's references may point into (empty for a self-contained file)
     * @param overlay whether elements whose ids are in {@code base} replace them (otherwise they are errors)
     * @return the document, every reference resolved
     * @throws CatalogueFormatException listing every problem
     */
    public static CatalogueDocument read(InputStream in, String file, Catalogue base, boolean overlay) {
        Reading reading = new Reading(file);
        CatalogueDtos.Document dto = reading.bind(in, "catalogue", CatalogueDtos.Document.class,
                CatalogueDtos.Document.EMPTY);
        CatalogueReader.Parts parts = new CatalogueReader(reading).map(dto);
        CatalogueReferences.check(reading, parts, base, overlay);
        reading.throwIfProblems();
        return parts.toDocument();
    }

    /**
     * Writes a document in the canonical form.
     *
     * @param document the document
     * @return the JSON text, ending with a newline
     */
    public static String write(CatalogueDocument document) {
        return CatalogueWriter.write(document);
    }
}
