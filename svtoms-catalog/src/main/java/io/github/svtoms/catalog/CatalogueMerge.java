package io.github.svtoms.catalog;

import io.github.svtoms.catalog.OverlayReport.Entry;
import io.github.svtoms.catalog.OverlayReport.Kind;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.CatalogueValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Combines a base catalogue with a document, extending or overlaying it. Stateless. */
final class CatalogueMerge {
    private CatalogueMerge() {
    }

    /**
     * The base with the document's elements after its own. The reader has refused every id the document
     * shares with the base, so nothing is replaced, and the core builder checks only what is added.
     */
    static Catalogue extend(Catalogue base, CatalogueDocument doc, String file) {
        Catalogue.Builder b = base.toBuilder();
        doc.frameworks().forEach(b::framework);
        doc.themes().forEach(b::theme);
        doc.outcomes().forEach(b::outcome);
        doc.priorityGroups().forEach(b::priorityGroup);
        doc.measures().forEach(b::measure);
        return build(b, file);
    }

    static Overlaid<Catalogue> overlay(Catalogue base, CatalogueDocument doc, String file) {
        List<Entry> replaced = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        Catalogue.Builder b = Catalogue.builder();
        merge(base.frameworks(), doc.frameworks(), f -> f.id().value(), Kind.FRAMEWORK, replaced, added).forEach(b::framework);
        merge(base.themes(), doc.themes(), t -> t.id().value(), Kind.THEME, replaced, added).forEach(b::theme);
        merge(base.outcomes(), doc.outcomes(), o -> o.id().value(), Kind.OUTCOME, replaced, added).forEach(b::outcome);
        merge(base.priorityGroups(), doc.priorityGroups(), g -> g.id().value(), Kind.PRIORITY_GROUP, replaced, added)
                .forEach(b::priorityGroup);
        merge(base.measures(), doc.measures(), m -> m.id().value(), Kind.MEASURE, replaced, added).forEach(b::measure);
        return new Overlaid<>(build(b, file), new OverlayReport(replaced, added));
    }

    private static Catalogue build(Catalogue.Builder b, String file) {
        try {
            return b.build();
        } catch (CatalogueValidationException e) {
            throw new CatalogueFormatException(e.problems().stream().map(p -> new Problem(file, 0, 0, "$", p)).toList());
        }
    }

    /** Base elements in base order (replaced in place), then the new ones in overlay order. */
    static <T> List<T> merge(List<T> base, List<T> over, Function<T, String> id, Kind kind, List<Entry> replaced,
                             List<Entry> added) {
        Map<String, T> out = new LinkedHashMap<>();
        base.forEach(t -> out.put(id.apply(t), t));
        for (T t : over) {
            String key = id.apply(t);
            if (out.containsKey(key)) {
                replaced.add(new Entry(kind, key));
            } else {
                added.add(new Entry(kind, key));
            }
            out.put(key, t);
        }
        return new ArrayList<>(out.values());
    }
}
