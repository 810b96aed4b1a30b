package io.github.svtoms.bench;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;

import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A representative file of every format svtoms reads ({@link Formats#all()} that {@link Format#canRead()}): the
 * bundled catalogue, proxy table and reference data, and for the request formats the largest example in
 * {@code examples/} (found from the working directory or its parent, or {@code -Dsvtoms.examples=DIR}); for the
 * two report formats svtoms also reads, the report written for an example ({@code elft-soft-fm.json} valued,
 * {@code kpi-elft.json} selected against the default catalogue).
 * Stateless.
 */
public final class FormatSamples {
    private static final String ROOT = "/io/github/svtoms/catalog/default/";
    /** Marks a file written here: the report of valuing, or selecting for, an example. */
    private static final String GENERATED = "generated:";

    /** Each readable format's tag and the file read for it: a class-path resource or an example's name. */
    static final Map<String, String> FILES = files();

    private FormatSamples() {
    }

    private static Map<String, String> files() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("svtoms-catalogue/1", ROOT + "svtoms-open.json");
        m.put("svtoms-proxies/1", ROOT + "svtoms-open-proxies.json");
        m.put("svtoms-reference/1", ROOT + "reference.json");
        m.put("svtoms-valuation-request/1", "elft-soft-fm.json");
        m.put("svtoms-valuation/1", GENERATED + "elft-soft-fm-valuation.json");
        m.put("svtoms-kpi-request/1", "kpi-elft.json");
        m.put("svtoms-kpi-selection/1", GENERATED + "kpi-elft-selection.json");
        m.put("svtoms-evaluation-request/1", "brighton-hove-dv-evaluation.json");
        m.put("svtoms-monitoring/1", "elft-soft-fm-monitoring.json");
        m.put("svtoms-portfolio/1", "nhs-london-portfolio.json");
        m.put("svtoms-lm3/1", "salford-lm3.json");
        return m;
    }

    /** @return the tags of the formats svtoms reads, in {@link Formats#all()} order */
    public static List<String> readableTags() {
        return Formats.all().stream().filter(Format::canRead).map(Format::tag).toList();
    }

    /**
     * @param tag a readable format's tag
     * @return the file's name (for error messages and {@link Format#read(InputStream, String)})
     */
    public static String name(String tag) {
        String f = FILES.get(tag);
        if (f == null) {
            throw new IllegalArgumentException("no sample file for format " + tag + "; known: " + FILES.keySet());
        }
        return f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf(':')) + 1);
    }

    /**
     * @param tag a readable format's tag
     * @return the bytes of its sample file
     */
    public static byte[] bytes(String tag) {
        String f = FILES.get(tag);
        name(tag);
        try {
            if (tag.equals("svtoms-valuation/1")) {
                ValuationRequest request = Formats.VALUATION_REQUEST.read(
                        new ByteArrayInputStream(bytes("svtoms-valuation-request/1")), "elft-soft-fm.json");
                return Formats.VALUATION_REPORT.toJson(io.github.svtoms.catalog.ValuationReport.of(request,
                        ValuationEngine.of(request).value()))
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (tag.equals("svtoms-kpi-selection/1")) {
                ContractProfile profile = Formats.KPI_REQUEST.read(
                        new ByteArrayInputStream(bytes("svtoms-kpi-request/1")), "kpi-elft.json");
                return Formats.KPI_SELECTION.toJson(new KpiSelector(Bundled.catalogue()).report(profile))
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (f.startsWith("/")) {
                try (InputStream in = Bundled.class.getResourceAsStream(f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing bundled resource " + f);
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(examples().resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path examples() {
        String dir = System.getProperty("svtoms.examples");
        if (dir != null) {
            return Path.of(dir);
        }
        for (Path p : List.of(Path.of("examples"), Path.of("..", "examples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("examples/ not found from " + Path.of("").toAbsolutePath()
                + ": run from the repository root or give -Dsvtoms.examples=DIR");
    }
}
