package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.KpiCodec;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.kpi.ContractProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes KPI requests ({@link ContractProfile}s) in the {@code svtoms-kpi-request/1} format.
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}. Besides the format's rules, the
 * framework, every priority (a priority of that framework, or for a measure-owning framework one of its
 * themes) and every priority group (one the framework uses, when it lists any) must be in the
 * catalogue given; each problem is reported with line,
 * column and JSON path, all at once. {@code minimumFactor}, {@code stretchFactor}, {@code maxKpis},
 * {@code priorities}, {@code priorityGroups}, {@code contract.sectors} and {@code contract.buyer} are
 * optional (defaults 0.8, 1.5, the cap by contract value, all priorities, none, none, {@code other}).
 * Writing is canonical: every member but {@code maxKpis} is written, so write then read gives an equal
 * profile and read then write a canonical file byte for byte.
 *
 * <p>Stateless and thread-safe.
 */
public final class KpiRequests {
    private KpiRequests() {
    }

    /**
     * Reads a request against the bundled catalogue.
     *
     * @param file the file
     * @return the profile
     * @throws CatalogueFormatException listing every problem
     */
    public static ContractProfile read(Path file) {
        return read(file, Catalogues.openDefault());
    }

    /**
     * Reads a request against a catalogue (e.g. the default with a user overlay).
     *
     * @param file the file
     * @param catalogue the catalogue its ids must be in
     * @return the profile
     * @throws CatalogueFormatException listing every problem
     */
    public static ContractProfile read(Path file, Catalogue catalogue) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return read(in, String.valueOf(file.getFileName()), catalogue);
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    /**
     * Reads a request against the bundled catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the profile
     * @throws CatalogueFormatException listing every problem
     */
    public static ContractProfile read(InputStream in, String fileName) {
        return read(in, fileName, Catalogues.openDefault());
    }

    /**
     * Reads a request against a catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @param catalogue the catalogue its ids must be in
     * @return the profile
     * @throws CatalogueFormatException listing every problem
     */
    public static ContractProfile read(InputStream in, String fileName, Catalogue catalogue) {
        return KpiCodec.readRequest(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"),
                Checks.notNull(catalogue, "catalogue"));
    }

    /**
     * The canonical {@code svtoms-kpi-request/1} text of a profile.
     *
     * @param profile the profile
     * @return the JSON text, ending with a newline
     */
    public static String toJson(ContractProfile profile) {
        return KpiCodec.writeRequest(Checks.notNull(profile, "profile"));
    }

    /**
     * Writes a profile as UTF-8 {@code svtoms-kpi-request/1}.
     *
     * @param profile the profile
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(ContractProfile profile, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(toJson(profile).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
