package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.ValuationRequestCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes valuation requests in the {@code svtoms-valuation-request/1} format.
 *
 * <p>A request file names its measures, and optionally a proxy table, but does not hold them: the reader
 * is given the catalogue the measures must be in, the proxy tables {@code "proxyTable"} may name (the
 * first is used when the file names none) and the reference data whose first price index is used when
 * the file gives none ({@link References#openDefault()}: the HM Treasury GDP deflator). The short forms
 * use the bundled defaults; a caller with a user catalogue or proxy table passes the overlaid ones (see
 * {@link Catalogues#overlay(Catalogue, Path)} and {@link ProxyTables#overlay(ProxyTable, ProxyTable)}).
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}; besides the format's rules it
 * reports, all at once and each with line, column and JSON path: a measure the catalogue lacks
 * ({@code $.commitments[2].measure}), a proxy table not among those given, a price year the price index
 * lacks (the request's, or that of a proxy that must be rebased), a repeated line id. Rules the engine
 * checks at valuation time (counting rules, the discount horizon) are reported by it as
 * {@link io.github.svtoms.proxies.valuation.LineRejectedException}, naming the line id.
 *
 * <p>Writing is canonical: read then write reproduces a canonical file byte for byte, and write then read
 * (with the same catalogue, tables and reference data) gives an equal request. The price index is left
 * out when it equals the bundled default; a request without a price index or proxy table is written
 * without one, and reads back with the defaults.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValuationRequests {
    private ValuationRequests() {
    }

    /**
     * Reads a request against the bundled catalogue, proxy table and reference data.
     *
     * @param file the file
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(Path file) {
        return read(file, Catalogues.openDefault(), ProxyTables.openDefault());
    }

    /**
     * Reads a request against the bundled catalogue, proxy table and reference data.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(InputStream in, String fileName) {
        return read(in, fileName, Catalogues.openDefault(), ProxyTables.openDefault());
    }

    /**
     * Reads a request against a catalogue and proxy tables, with the bundled reference data.
     *
     * @param file the file
     * @param catalogue the catalogue the measures must be in
     * @param tables the tables {@code "proxyTable"} may name; the first is the default; none for no table
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(Path file, Catalogue catalogue, ProxyTable... tables) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()), catalogue, tables);
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads a request against a catalogue and proxy tables, with the bundled reference data.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @param catalogue the catalogue the measures must be in
     * @param tables the tables {@code "proxyTable"} may name; the first is the default; none for no table
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(InputStream in, String fileName, Catalogue catalogue, ProxyTable... tables) {
        return read(in, fileName, catalogue, References.openDefault(), List.of(Checks.notNull(tables, "tables")));
    }

    /**
     * Reads a request against a catalogue, reference data and proxy tables.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @param catalogue the catalogue the measures must be in
     * @param reference the reference data whose first price index is used when the file gives none
     * @param tables the tables {@code "proxyTable"} may name; the first is the default; empty for no table
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationRequest read(InputStream in, String fileName, Catalogue catalogue, ReferenceData reference,
                                        List<ProxyTable> tables) {
        return ValuationRequestCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"),
                Checks.notNull(catalogue, "catalogue"), Checks.notNull(reference, "reference data"),
                List.copyOf(Checks.notNull(tables, "tables")));
    }

    /**
     * The canonical {@code svtoms-valuation-request/1} text of a request.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     * @throws InvalidValueException when its discount schedule is neither none, green-book,
     *         green-book-health nor a constant rate (the format names no other)
     */
    public static String toJson(ValuationRequest request) {
        return ValuationRequestCodec.write(Checks.notNull(request, "request"), References.openDefault());
    }

    /**
     * Writes a request as UTF-8 {@code svtoms-valuation-request/1}.
     *
     * @param request the request
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     * @throws InvalidValueException as {@link #toJson(ValuationRequest)}
     */
    public static void write(ValuationRequest request, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(request).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
