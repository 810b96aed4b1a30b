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
        return readLocated(in, file, base, overlay).document();
    }

    /**
     * A document read, and a way to place a problem found only when it is combined with its base (a rule of
     * the whole catalogue) at the element of this file the problem names.
     *
     * @param document the document
     * @param placer a problem message to a {@code Problem} with line, column and path: at the {@code id} of the
     *        first element of this file whose id the message quotes, or at 1:1 {@code $} when it quotes none
     */
    public record Located(CatalogueDocument document, java.util.function.Function<String, io.github.svtoms.catalog.Problem> placer) {
    }

    /**
     * Reads like {@link #read}, keeping the positions of the file's elements for problems found later.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param base the catalogue the file's references may point into
     * @param overlay whether elements whose ids are in {@code base} replace them
     * @return the document and its placer
     * @throws CatalogueFormatException listing every problem
     */
    public static Located readLocated(InputStream in, String file, Catalogue base, boolean overlay) {
        Reading reading = new Reading(file);
        CatalogueDtos.Document dto = reading.bind(in, "catalogue", CatalogueDtos.Document.class,
                CatalogueDtos.Document.EMPTY);
        CatalogueReader.Parts parts = new CatalogueReader(reading).map(dto);
        CatalogueReferences.check(reading, parts, base, overlay);
        reading.throwIfProblems();
        // the path of each element's id, by id text (the first element with that id; ids are unique per kind)
        java.util.Map<String, String> paths = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parts.frameworks().size(); i++) {
            var fw = parts.frameworks().get(i);
            paths.putIfAbsent(fw.id().value(), "$.frameworks[" + i + "].id");
            for (int j = 0; j < fw.priorities().size(); j++) {
                paths.putIfAbsent(fw.priorities().get(j).id().value(), "$.frameworks[" + i + "].priorities[" + j + "].id");
            }
        }
        ids(paths, "$.themes", parts.themes(), t -> t.id().value());
        ids(paths, "$.outcomes", parts.outcomes(), o -> o.id().value());
        ids(paths, "$.priorityGroups", parts.priorityGroups(), g -> g.id().value());
        ids(paths, "$.measures", parts.measures(), m -> m.id().value());
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("'([^']+)'");
        return new Located(parts.toDocument(), message -> {
            var m = quoted.matcher(message);
            while (m.find()) {
                String path = paths.get(m.group(1));
                if (path != null) {
                    return reading.at(path, message);
                }
            }
            return new io.github.svtoms.catalog.Problem(file, 1, 1, "$", message);
        });
    }

    private static <T> void ids(java.util.Map<String, String> paths, String array, java.util.List<T> items,
                                java.util.function.Function<T, String> id) {
        for (int i = 0; i < items.size(); i++) {
            paths.putIfAbsent(id.apply(items.get(i)), array + "[" + i + "].id");
        }
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
