package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lossless reading and writing of real files: every bundled data file, every example in {@code examples/}
 * and the valid base of every hostile-corpus format is read, written and read again. The two values must
 * be equal (records compare decimals with {@code BigDecimal.equals}, so scale counts), writing again must
 * give the same bytes, and every leaf of the original document (string, number, boolean) must appear in
 * the written document at the same JSON path with the same text: so "2400000.00" stays "2400000.00" and
 * array items keep their order. Valuation requests are also valued and their reports written and read
 * back, reproducing the engine's totals to the penny.
 */
class LosslessTest {
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Path ROOT = findRoot();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final Path HOSTILE = ROOT.resolve("svtoms-catalog/src/test/resources/hostile");

    /** A format: how to read a document and write the value back. */
    record Codec(Function<byte[], Object> read, Function<Object, String> write) {
    }

    private static InputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    private static final Map<String, Codec> CODECS = codecs();

    /** Every format the library reads, by tag: read with the bundled data, written back. */
    @SuppressWarnings("unchecked")
    private static Map<String, Codec> codecs() {
        Map<String, Codec> m = new LinkedHashMap<>();
        for (Format<?> f : Formats.all()) {
            if (f.canRead()) {
                Format<Object> any = (Format<Object>) f;
                m.put(f.tag(), new Codec(b -> any.read(in(b), "f.json"), any::toJson));
            }
        }
        return m;
    }

    @Test
    void bundledFilesExamplesAndCorpusBasesAreLossless() throws IOException {
        List<Path> files = new ArrayList<>();
        Path bundled = ROOT.resolve("svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default");
        files.add(bundled.resolve("svtoms-open.json"));
        files.add(bundled.resolve("svtoms-open-proxies.json"));
        files.add(bundled.resolve("reference.json"));
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(HOSTILE)) {
            s.filter(p -> p.getFileName().toString().endsWith("-base.json")).sorted().forEach(files::add);
        }
        Map<String, Integer> perFormat = new LinkedHashMap<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String format = TREE.readTree(bytes).path("format").asText();
            Codec codec = CODECS.get(format);
            assertTrue(codec != null, f + ": no codec for format " + format);
            checkLossless(f.toString(), bytes, codec);
            perFormat.merge(format, 1, Integer::sum);
        }
        // every one of the eleven formats read has at least one real file checked
        assertEquals(CODECS.keySet(), perFormat.keySet(), perFormat.toString());
    }

    @Test
    void bundledFrameworkDocumentsAreLossless() throws IOException {
        Path dir = ROOT.resolve("svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default/frameworks");
        Catalogue base = Formats.CATALOGUE.read(ROOT.resolve(
                "svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default/svtoms-open.json"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertEquals(Bundled.FRAMEWORKS.size(), files.size());
        for (Path f : files) {
            checkLossless(f.toString(), Files.readAllBytes(f), new Codec(b -> CatalogueDocument.read(base, in(b), "f.json"),
                    v -> ((CatalogueDocument) v).toJson()));
        }
    }

    @Test
    void bundledFilesAreWrittenBackByteForByte() throws IOException {
        // the bundled files are in the canonical layout: reading and writing one reproduces its exact bytes
        Path bundled = ROOT.resolve("svtoms-catalog/src/main/resources/io/github/svtoms/catalog/default");
        Catalogue base = Formats.CATALOGUE.read(bundled.resolve("svtoms-open.json"));
        assertEquals(Files.readString(bundled.resolve("svtoms-open.json")), Formats.CATALOGUE.toJson(base));
        assertEquals(Files.readString(bundled.resolve("svtoms-open-proxies.json")),
                Formats.PROXY_TABLE.toJson(Formats.PROXY_TABLE.read(bundled.resolve("svtoms-open-proxies.json"))));
        assertEquals(Files.readString(bundled.resolve("reference.json")),
                Formats.REFERENCE_DATA.toJson(Formats.REFERENCE_DATA.read(bundled.resolve("reference.json"))));
        int frameworks = 0;
        try (Stream<Path> s = Files.list(bundled.resolve("frameworks"))) {
            for (Path f : s.sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    assertEquals(Files.readString(f), CatalogueDocument.read(base, in, "f.json").toJson(),
                            f.toString());
                }
                frameworks++;
            }
        }
        assertEquals(Bundled.FRAMEWORKS.size(), frameworks);
    }

    @Test
    void exampleValuationsWrittenAndReadBackReproduceTheTotalsToThePenny() throws IOException {
        int checked = 0;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (!TREE.readTree(bytes).path("format").asText().equals("svtoms-valuation-request/1")) {
                    continue;
                }
                ValuationRequest request = Formats.VALUATION_REQUEST.read(f);
                Valuation v = ValuationEngine.value(request);
                String json = Formats.VALUATION_REPORT.toJson(ValuationReport.of(request, v));
                ValuationReport back = Formats.VALUATION_REPORT.read(in(json.getBytes(StandardCharsets.UTF_8)), f.toString());
                Figures engine = v.totals();
                Figures read = back.totals();
                assertPenny(f + " gross", engine.gross(), read.gross());
                assertPenny(f + " net", engine.net(), read.net());
                assertPenny(f + " present value", engine.presentValue(), read.presentValue());
                assertEquals(engine, read, f.toString());
                assertEquals(v.lines().size(), back.lines().size());
                for (int i = 0; i < v.lines().size(); i++) {
                    assertEquals(v.lines().get(i).reported(), back.lines().get(i).figures(), f + " line " + i);
                }
                assertEquals(json, Formats.VALUATION_REPORT.toJson(back), f + ": report written again differs");
                assertTrue(engine.presentValue().amount().signum() > 0, f + ": a real total, not zero");
                checked++;
            }
        }
        assertEquals(3, checked, "three example valuation requests");
    }

    private static void assertPenny(String what, Money expected, Money actual) {
        assertEquals(expected.currency(), actual.currency(), what);
        assertEquals(2, actual.amount().scale(), what + ": reported to the penny");
        assertEquals(expected.amount().setScale(2, RoundingMode.HALF_EVEN), actual.amount(), what);
    }

    private static void checkLossless(String name, byte[] original, Codec codec) throws IOException {
        Object first = codec.read().apply(original);
        String written = codec.write().apply(first);
        Object second = codec.read().apply(written.getBytes(StandardCharsets.UTF_8));
        assertEquals(first, second, name + ": read → write → read changed the value");
        assertEquals(written, codec.write().apply(second), name + ": writing again changed the bytes");
        Map<String, String> before = leaves(TREE.readTree(original));
        Map<String, String> after = leaves(TREE.readTree(written));
        List<String> lost = new ArrayList<>();
        before.forEach((path, text) -> {
            if (!text.equals(after.get(path))) {
                lost.add(path + ": " + text + " → " + after.get(path));
            }
        });
        assertEquals(List.of(), lost, name + ": leaves not kept verbatim");
    }

    /** Every leaf by JSON path, its text as written (numbers in their literal form, strings verbatim). */
    static Map<String, String> leaves(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, "$", out);
        return out;
    }

    private static void walk(JsonNode n, String path, Map<String, String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                walk(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "[" + i + "]", out);
            }
        } else if (n.isTextual()) {
            out.put(path, "\"" + n.textValue() + "\"");
        } else if (n.isBigDecimal()) {
            out.put(path, n.decimalValue().toString());
        } else {
            out.put(path, n.asText());
        }
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new UncheckedIOException(new IOException("no examples/ directory above " + Path.of("").toAbsolutePath()));
        }
        return p;
    }
}
