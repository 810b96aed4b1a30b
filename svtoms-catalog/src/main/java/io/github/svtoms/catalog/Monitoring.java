package io.github.svtoms.catalog;

import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.catalog.json.MonitoringCodec;
import io.github.svtoms.catalog.json.MonitoringStatusWriter;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.monitoring.MonitoringResult;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads and writes delivery monitoring files ({@code svtoms-monitoring/1}) and writes their status
 * reports ({@code svtoms-monitoring-status/1}).
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}: besides the syntax and types, every
 * semantic problem (a measure not in the catalogue, a report for a measure without a commitment, a report
 * period outside its contract or overlapping another, a minimum above the target) is collected with its
 * line, column and JSON path. Measures are looked up in the catalogue given, by default
 * {@link Catalogues#openDefault()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Monitoring {
    private Monitoring() {
    }

    /**
     * Reads a monitoring file against the default catalogue.
     *
     * @param file the file
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static MonitoringRequest read(Path file) {
        return read(file, Catalogues.openDefault());
    }

    /**
     * Reads a monitoring file against a catalogue.
     *
     * @param file the file
     * @param catalogue where the measures are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static MonitoringRequest read(Path file, Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        return Texts.read(file, (in, name) -> read(in, name, catalogue));
    }

    /**
     * Reads monitoring data against the default catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static MonitoringRequest read(InputStream in, String fileName) {
        return read(in, fileName, Catalogues.openDefault());
    }

    /**
     * Reads monitoring data against a catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @param catalogue where the measures are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static MonitoringRequest read(InputStream in, String fileName, Catalogue catalogue) {
        return MonitoringCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"),
                Checks.notNull(catalogue, "catalogue"));
    }


    /**
     * The canonical {@code svtoms-monitoring/1} text of a request.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     */
    public static String toJson(MonitoringRequest request) {
        return MonitoringCodec.write(Checks.notNull(request, "request"));
    }

    /**
     * Writes a request as UTF-8 {@code svtoms-monitoring/1}.
     *
     * @param request the request
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(MonitoringRequest request, OutputStream out) {
        Texts.write(toJson(request), out);
    }

    /**
     * The {@code svtoms-monitoring-status/1} report of a result.
     *
     * @param result the result
     * @return the JSON text, ending with a newline
     */
    public static String toJson(MonitoringResult result) {
        return MonitoringStatusWriter.write(Checks.notNull(result, "result"));
    }

    /**
     * Writes a result as UTF-8 {@code svtoms-monitoring-status/1}.
     *
     * @param result the result
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(MonitoringResult result, OutputStream out) {
        Texts.write(toJson(result), out);
    }
}
