package io.github.svtoms.catalog;

import io.github.svtoms.core.portfolio.PortfolioRequest;
import io.github.svtoms.catalog.json.PortfolioCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.portfolio.PortfolioReport;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads and writes portfolios ({@code svtoms-portfolio/1}) and writes their metrics reports
 * ({@code svtoms-portfolio-metrics/1}).
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}: besides the syntax and types, every
 * semantic problem (a repeated contract id, a negative amount, a local, SME or VCSE spend above the
 * addressable spend, a percentage above 100) is collected with its line, column and JSON path. Money
 * amounts are decimal strings in the document's one {@code currency}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Portfolios {
    private Portfolios() {
    }

    /**
     * Reads a portfolio file.
     *
     * @param file the file
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static PortfolioRequest read(Path file) {
        return Texts.read(file, Portfolios::read);
    }

    /**
     * Reads a portfolio.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static PortfolioRequest read(InputStream in, String fileName) {
        return PortfolioCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"));
    }


    /**
     * The canonical {@code svtoms-portfolio/1} text of a request.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     */
    public static String toJson(PortfolioRequest request) {
        return PortfolioCodec.write(Checks.notNull(request, "request"));
    }

    /**
     * Writes a request as UTF-8 {@code svtoms-portfolio/1}.
     *
     * @param request the request
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(PortfolioRequest request, OutputStream out) {
        Texts.write(toJson(request), out);
    }

    /**
     * The {@code svtoms-portfolio-metrics/1} report of a metrics report.
     *
     * @param report the report
     * @return the JSON text, ending with a newline
     */
    public static String toJson(PortfolioReport report) {
        return PortfolioCodec.writeReport(Checks.notNull(report, "report"));
    }

    /**
     * Writes a metrics report as UTF-8 {@code svtoms-portfolio-metrics/1}.
     *
     * @param report the report
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(PortfolioReport report, OutputStream out) {
        Texts.write(toJson(report), out);
    }
}
