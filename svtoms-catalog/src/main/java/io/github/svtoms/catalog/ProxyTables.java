package io.github.svtoms.catalog;

import io.github.svtoms.catalog.OverlayReport.Entry;
import io.github.svtoms.catalog.OverlayReport.Kind;
import io.github.svtoms.catalog.json.ProxyCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, writes and overlays proxy tables in the {@code svtoms-proxies/1} format. Every entry carries
 * its provenance (source, publisher, edition, licence, evidence grade), its price year and value type.
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}. Stateless and thread-safe.
 */
public final class ProxyTables {
    private ProxyTables() {
    }

    /** Holder idiom: the default table is read once, on first use. */
    private static final class DefaultHolder {
        static final ProxyTable DEFAULT = Resources.read("svtoms-open-proxies.json", ProxyTables::read);
    }

    /**
     * The bundled open proxy table {@code default/svtoms-open-proxies.json}: figures from openly licensed
     * sources only, each with its provenance. Read once and cached.
     *
     * @return the default proxy table
     * @throws CatalogueFormatException when the bundled file is broken (a packaging error)
     */
    public static ProxyTable openDefault() {
        return DefaultHolder.DEFAULT;
    }

    /**
     * Reads a proxy table file.
     *
     * @param file the file
     * @return the table
     * @throws CatalogueFormatException listing every problem
     */
    public static ProxyTable read(Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads a proxy table.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the table
     * @throws CatalogueFormatException listing every problem
     */
    public static ProxyTable read(InputStream in, String fileName) {
        return ProxyCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"));
    }

    /**
     * Lays a proxy table over a base, entry by entry: an entry for a measure the base has replaces the
     * base's entry in its position (every such replacement is reported), other entries are appended. The
     * result keeps the base's id, name and edition; each entry keeps its own provenance. A licence holder
     * uses this to load, say, their National TOMs or HACT values over the open table.
     *
     * @param base the base table
     * @param overlay the overlay table, in the same currency
     * @return the combined table and the report
     * @throws InvalidValueException when the currencies differ
     */
    public static Overlaid<ProxyTable> overlay(ProxyTable base, ProxyTable overlay) {
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
        ProxyTable.Builder b = ProxyTable.builder(base.id(), base.name(), base.edition(), base.currency());
        entries.forEach(b::put);
        return new Overlaid<>(b.build(), new OverlayReport(replaced, added));
    }

    /**
     * The canonical {@code svtoms-proxies/1} text of a table.
     *
     * @param table the table
     * @return the JSON text, ending with a newline
     */
    public static String toJson(ProxyTable table) {
        return ProxyCodec.write(Checks.notNull(table, "table"));
    }

    /**
     * Writes a table as UTF-8 {@code svtoms-proxies/1}.
     *
     * @param table the table
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(ProxyTable table, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(table).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
