package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.KpiCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.kpi.KpiSelection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes KPI selections in the {@code svtoms-kpi-selection/1} format and reads them back: the request
 * echoed ({@code framework}, {@code contract}, {@code priorities}, {@code priorityGroups},
 * {@code maxKpis}, the factors), then {@code kpis}, {@code excluded} and {@code checks} in the
 * selection's order. Members are written in a fixed order, so an equal selection always gives the same
 * bytes; reading back gives an equal {@link KpiSelection}. Reading is strict and all-or-nothing, as for
 * {@link Catalogues}; it needs no catalogue (the file is a record of a selection, not a request).
 *
 * <p>Stateless and thread-safe.
 */
public final class KpiSelections {
    private KpiSelections() {
    }

    /**
     * The canonical {@code svtoms-kpi-selection/1} text of a selection.
     *
     * @param selection the selection
     * @return the JSON text, ending with a newline
     */
    public static String toJson(KpiSelection selection) {
        return KpiCodec.writeSelection(Checks.notNull(selection, "selection"));
    }

    /**
     * Writes a selection as UTF-8 {@code svtoms-kpi-selection/1}.
     *
     * @param selection the selection
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(KpiSelection selection, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(selection).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a selection file back.
     *
     * @param file the file
     * @return the selection
     * @throws CatalogueFormatException listing every problem
     */
    public static KpiSelection read(Path file) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads a selection back.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the selection
     * @throws CatalogueFormatException listing every problem
     */
    public static KpiSelection read(InputStream in, String fileName) {
        return KpiCodec.readSelection(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"));
    }
}
