package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.CatalogueCodec;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.Theme;

import java.io.InputStream;
import java.util.List;

/**
 * The contents of one {@code svtoms-catalogue/1} file, in file order, before it is combined with the
 * catalogue it extends or overlays. A file may hold just one priority framework pointing at measures
 * defined in another file, so a document on its own need not be a complete catalogue; each element has
 * passed its own checks and every reference resolved against the base it was read with. Read one with
 * {@link #read(Catalogue, InputStream, String)} to rewrite a file as it is ({@link #toJson()}); to read a
 * catalogue use {@link Formats#CATALOGUE}.
 *
 * <p>Immutable and thread-safe; value equality over its lists in order.
 *
 * @param frameworks the frameworks, in order
 * @param themes the themes, in order
 * @param outcomes the outcomes, in order
 * @param priorityGroups the priority groups, in order
 * @param measures the measures, in order
 * @param overlapFamilies the overlap families (measures counting the same outcome in different units), in order
 * @param partOf the part-of relations, in order
 */
public record CatalogueDocument(List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes,
                                List<PriorityGroup> priorityGroups, List<Measure> measures,
                                List<OverlapFamily> overlapFamilies, List<PartOf> partOf) {
    /**
     * Copies the lists.
     *
     * @param frameworks no nulls
     * @param themes no nulls
     * @param outcomes no nulls
     * @param priorityGroups no nulls
     * @param measures no nulls
     */
    public CatalogueDocument {
        frameworks = List.copyOf(Checks.notNull(frameworks, "frameworks"));
        themes = List.copyOf(Checks.notNull(themes, "themes"));
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
        priorityGroups = List.copyOf(Checks.notNull(priorityGroups, "priority groups"));
        measures = List.copyOf(Checks.notNull(measures, "measures"));
        overlapFamilies = List.copyOf(Checks.notNull(overlapFamilies, "overlap families"));
        partOf = List.copyOf(Checks.notNull(partOf, "part-of relations"));
    }

    /**
     * A document with no counting rules (no overlap family, no part-of relation).
     *
     * @param frameworks no nulls
     * @param themes no nulls
     * @param outcomes no nulls
     * @param priorityGroups no nulls
     * @param measures no nulls
     */
    public CatalogueDocument(List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes,
                             List<PriorityGroup> priorityGroups, List<Measure> measures) {
        this(frameworks, themes, outcomes, priorityGroups, measures, List.of(), List.of());
    }

    /**
     * The whole of a catalogue as one document.
     *
     * @param catalogue the catalogue
     * @return its contents in declaration order
     */
    public static CatalogueDocument of(Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        return new CatalogueDocument(catalogue.frameworks(), catalogue.themes(), catalogue.outcomes(),
                catalogue.priorityGroups(), catalogue.measures(), catalogue.overlapFamilies(), catalogue.partOf());
    }

    /**
     * Reads the document of one {@code svtoms-catalogue/1} file extending {@code base}, without combining
     * the two: the file's own contents. Its references may point into the base; repeating one of the
     * base's ids is an error.
     *
     * @param base the catalogue its references may point into (an empty one for a self-contained file)
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the file's contents
     * @throws CatalogueFormatException listing every problem
     */
    public static CatalogueDocument read(Catalogue base, InputStream in, String fileName) {
        return CatalogueCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"),
                Checks.notNull(base, "base"), false);
    }

    /**
     * The canonical {@code svtoms-catalogue/1} text of this document.
     *
     * @return the JSON text, ending with a newline
     */
    public String toJson() {
        return CatalogueCodec.write(this);
    }

    /**
     * This document on its own as a catalogue.
     *
     * @return the catalogue
     * @throws io.github.svtoms.core.catalogue.CatalogueValidationException when the document is not
     *         self-contained (it points at elements of another file)
     */
    public Catalogue toCatalogue() {
        Catalogue.Builder b = Catalogue.builder();
        frameworks.forEach(b::framework);
        themes.forEach(b::theme);
        outcomes.forEach(b::outcome);
        priorityGroups.forEach(b::priorityGroup);
        measures.forEach(b::measure);
        overlapFamilies.forEach(b::overlapFamily);
        partOf.forEach(b::partOf);
        return b.build();
    }
}
