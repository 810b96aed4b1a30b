package io.github.svtoms.catalog;

import io.github.svtoms.catalog.OverlayReport.Entry;
import io.github.svtoms.catalog.OverlayReport.Kind;
import io.github.svtoms.catalog.json.CatalogueCodec;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.CatalogueValidationException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays a user's catalogue or proxy table over a base, typically the {@link Bundled} one, reporting every
 * element replaced or added so that nothing is replaced silently.
 *
 * <p>Stateless and thread-safe.
 */
public final class Overlays {
    private Overlays() {
    }

    /**
     * Lays a {@code svtoms-catalogue/1} file over a base; see {@link #catalogue(Catalogue, InputStream, String)}.
     *
     * @param base the base catalogue
     * @param file the overlay file
     * @return the combined catalogue and the report
     * @throws CatalogueFormatException listing every problem
     */
    public static Overlaid<Catalogue> catalogue(Catalogue base, Path file) {
        Checks.notNull(base, "base");
        return Format.open(file, (in, name) -> catalogue(base, in, name));
    }

    /**
     * Lays a {@code svtoms-catalogue/1} document over a base: its frameworks, priorities, themes, outcomes,
     * priority groups and measures are added, and an element whose id the base has replaces the base's,
     * in the base's position. A measure may not change its unit, and every reference must resolve in the
     * result. (Reading a file with {@link Formats#CATALOGUE} in a context instead extends the context's
     * catalogue, where a repeated id is an error.)
     *
     * @param base the base catalogue
     * @param in the overlay's bytes; not closed
     * @param fileName the name to quote in problems
     * @return the combined catalogue and the report
     * @throws CatalogueFormatException listing every problem (unit conflicts, dangling references, ...)
     */
    public static Overlaid<Catalogue> catalogue(Catalogue base, InputStream in, String fileName) {
        Checks.notNull(base, "base");
        CatalogueCodec.Located doc = CatalogueCodec.readLocated(Checks.notNull(in, "input"),
                Checks.notNull(fileName, "file name"), base, true);
        return combine(base, doc.document(), doc.placer());
    }

    /**
     * Lays a proxy table over a base, entry by entry: an entry for a measure the base has replaces the
     * base's entry in its position (every such replacement is reported), other entries are appended. The
     * result is a table of its own, never mistaken for either: id {@code <overlay id>-over-<base id>} (when that
     * is longer than 64 characters, the id limit, {@code overlay-} and the first
     * 16 hexadecimal digits of the SHA-256 of both ids), name {@code <overlay name> over <base name>} and edition
     * {@code <overlay edition> over <base id> <base edition>}; each entry keeps its own provenance. A licence
     * holder uses this to load, say, their National TOMs or HACT values over the open table; a request valued
     * with the result and written records the result's id, edition and hash ({@link ProxyTableDigest}), so it
     * cannot be read back against the open table by mistake.
     *
     * @param base the base table
     * @param overlay the overlay table, in the same currency
     * @return the combined table and the report
     * @throws InvalidValueException when the currencies differ
     */
    public static Overlaid<ProxyTable> proxyTable(ProxyTable base, ProxyTable overlay) {
        Checks.notNull(base, "base");
        Checks.notNull(overlay, "overlay");
        if (!base.currency().equals(overlay.currency())) {
            throw new InvalidValueException("cannot overlay proxy table '" + overlay.id() + "' in "
                    + overlay.currency().getCurrencyCode() + " on '" + base.id() + "' in "
                    + base.currency().getCurrencyCode() + ": the currencies must match");
        }
        Map<MeasureId, ProxyValue> entries = new LinkedHashMap<>(base.entries());
        List<Entry> replaced = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        overlay.entries().forEach((measure, value) -> {
            (entries.containsKey(measure) ? replaced : added).add(new Entry(Kind.PROXY, measure.value()));
            entries.put(measure, value);
        });
        ProxyTable.Builder b = ProxyTable.builder(overlaidId(base.id(), overlay.id()),
                overlay.name() + " over " + base.name(), overlay.edition() + " over " + base.id() + " " + base.edition(),
                base.currency());
        entries.forEach(b::put);
        return new Overlaid<>(b.build(), new OverlayReport(replaced, added));
    }

    /** The id of an overlaid table: {@code <overlay>-over-<base>}, or a hash of both when that is too long. */
    static String overlaidId(String base, String overlay) {
        String id = overlay + "-over-" + base;
        if (id.length() <= io.github.svtoms.core.IdRule.MAX_LENGTH) {
            return id;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((overlay + "\n" + base).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "overlay-" + java.util.HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A base combined with a document read against it; a rule the whole catalogue breaks is a problem of
     * the file.
     */
    static Overlaid<Catalogue> combine(Catalogue base, CatalogueDocument doc, Function<String, Problem> placer) {
        List<Entry> replaced = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        Catalogue.Builder b = Catalogue.builder();
        merge(base.frameworks(), doc.frameworks(), f -> f.id().value(), Kind.FRAMEWORK, replaced, added).forEach(b::framework);
        merge(base.themes(), doc.themes(), t -> t.id().value(), Kind.THEME, replaced, added).forEach(b::theme);
        merge(base.outcomes(), doc.outcomes(), o -> o.id().value(), Kind.OUTCOME, replaced, added).forEach(b::outcome);
        merge(base.priorityGroups(), doc.priorityGroups(), g -> g.id().value(), Kind.PRIORITY_GROUP, replaced, added)
                .forEach(b::priorityGroup);
        merge(base.measures(), doc.measures(), m -> m.id().value(), Kind.MEASURE, replaced, added).forEach(b::measure);
        // counting rules: a family with the base's id replaces it; a part-of relation already in the base is kept once
        Map<String, OverlapFamily> families = new LinkedHashMap<>();
        base.overlapFamilies().forEach(x -> families.put(x.id(), x));
        doc.overlapFamilies().forEach(x -> families.put(x.id(), x));
        families.values().forEach(b::overlapFamily);
        Map<List<MeasureId>, PartOf> parts = new LinkedHashMap<>();
        base.partOf().forEach(x -> parts.put(List.of(x.part(), x.whole()), x));
        doc.partOf().forEach(x -> parts.put(List.of(x.part(), x.whole()), x));
        parts.values().forEach(b::partOf);
        return new Overlaid<>(build(b, placer), new OverlayReport(replaced, added));
    }

    /**
     * The base with the document's elements after its own. The reader has refused every id the document
     * shares with the base, so nothing is replaced, and the core builder checks only what is added.
     */
    static Catalogue extend(Catalogue base, CatalogueDocument doc, Function<String, Problem> placer) {
        Catalogue.Builder b = base.toBuilder();
        doc.frameworks().forEach(b::framework);
        doc.themes().forEach(b::theme);
        doc.outcomes().forEach(b::outcome);
        doc.priorityGroups().forEach(b::priorityGroup);
        doc.measures().forEach(b::measure);
        doc.overlapFamilies().forEach(b::overlapFamily);
        doc.partOf().forEach(b::partOf);
        return build(b, placer);
    }

    /**
     * Builds; a rule the whole catalogue breaks is a problem of the file, placed at the id of the file's
     * element its message names (or at 1:1 when it names none of them).
     */
    private static Catalogue build(Catalogue.Builder b, Function<String, Problem> placer) {
        try {
            return b.build();
        } catch (CatalogueValidationException e) {
            throw new CatalogueFormatException(e.problems().stream().map(placer).toList());
        }
    }

    /** Base elements in base order (replaced in place), then the new ones in overlay order. */
    private static <T> List<T> merge(List<T> base, List<T> over, Function<T, String> id, Kind kind, List<Entry> replaced,
                                     List<Entry> added) {
        Map<String, T> out = new LinkedHashMap<>();
        base.forEach(t -> out.put(id.apply(t), t));
        for (T t : over) {
            String key = id.apply(t);
            (out.containsKey(key) ? replaced : added).add(new Entry(kind, key));
            out.put(key, t);
        }
        return new ArrayList<>(out.values());
    }
}
