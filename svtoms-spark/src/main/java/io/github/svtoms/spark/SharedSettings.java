package io.github.svtoms.spark;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.apache.spark.broadcast.Broadcast;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request's settings as shipped to the executors: the {@code svtoms-valuation-request/1} JSON bytes,
 * broadcast once, and their SHA-256. Each executor JVM reads them once and keeps one engine per hash
 * ({@link #engine()}), shared by all its tasks (the engine is immutable and thread-safe).
 */
final class SharedSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();

    private final Broadcast<byte[]> json;
    private final String sha256;

    SharedSettings(Broadcast<byte[]> json, String sha256) {
        this.json = json;
        this.sha256 = sha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Reads settings JSON, with the request's own lines dropped (only the settings play a part). */
    static ValuationRequest read(byte[] bytes) {
        return Formats.VALUATION_REQUEST.read(new ByteArrayInputStream(bytes), "settings.json").withLines(List.of());
    }

    static byte[] bytes(ValuationRequest request) {
        return Formats.VALUATION_REQUEST.toJson(request.withLines(List.of())).getBytes(StandardCharsets.UTF_8);
    }

    /** @return this JVM's engine for the settings, built on first use */
    Engine engine() {
        return ENGINES.computeIfAbsent(sha256, h -> new Engine(ValuationEngine.of(read(json.value()))));
    }

    /** The engine and what the lines' rows need from the catalogue, per measure, computed once. */
    static final class Engine {
        final ValuationEngine engine;
        final ValuationRequest settings;
        private final Map<MeasureId, String[]> measures = new ConcurrentHashMap<>();
        private final Map<MeasureId, String> unvaluedReasons = new ConcurrentHashMap<>();

        Engine(ValuationEngine engine) {
            this.engine = engine;
            this.settings = engine.request();
        }

        /** theme, outcome and exclusive group (or null) of a measure in the catalogue. */
        String[] measure(MeasureId id) {
            return measures.computeIfAbsent(id, m -> {
                Catalogue c = settings.catalogue();
                Measure measure = c.requireMeasure(m);
                return new String[] {c.themeOf(m).id().toString(), measure.outcome().toString(),
                        measure.exclusiveGroup().orElse(null)};
            });
        }

        /** Why a line of a measure with no proxy is unvalued, in the engine's words (the same for every such line of the measure). */
        String unvaluedReason(io.github.svtoms.proxies.valuation.CommitmentLine line) {
            return unvaluedReasons.computeIfAbsent(line.measure(),
                    m -> engine.value(List.of(line)).unvalued().get(0).reason());
        }
    }
}
