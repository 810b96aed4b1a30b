package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.ValuationReportCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes valuations in the {@code svtoms-valuation/1} format and reads them back as
 * {@link ValuationReport}s. What is written is {@link ValuationReport#of(ValuationRequest, Valuation)}:
 * the engine's reported (rounded, allocated) figures, with exactly the currency's minor-unit decimals,
 * so that the lines and breakdowns in the file add up exactly to its totals.
 *
 * <p>Writing is canonical and deterministic; reading is strict and all-or-nothing, as for
 * {@link Catalogues}. Write, read, write gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValuationReports {
    private ValuationReports() {
    }

    /**
     * The canonical {@code svtoms-valuation/1} text of a valuation.
     *
     * @param request the request that was valued
     * @param valuation its valuation
     * @return the JSON text, ending with a newline
     */
    public static String toJson(ValuationRequest request, Valuation valuation) {
        return toJson(ValuationReport.of(request, valuation));
    }

    /**
     * The canonical {@code svtoms-valuation/1} text of a report.
     *
     * @param report the report
     * @return the JSON text, ending with a newline
     * @throws InvalidValueException when a reported money figure is not at the currency's minor unit
     */
    public static String toJson(ValuationReport report) {
        return ValuationReportCodec.write(Checks.notNull(report, "report"));
    }

    /**
     * Writes a valuation as UTF-8 {@code svtoms-valuation/1}.
     *
     * @param request the request that was valued
     * @param valuation its valuation
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(ValuationRequest request, Valuation valuation, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(request, valuation).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a valuation file back.
     *
     * @param file the file
     * @return the report
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationReport read(Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads a valuation back.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the report
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationReport read(InputStream in, String fileName) {
        return ValuationReportCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"));
    }
}
