package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Semantically extreme but syntactically valid files for every format of {@link Formats#all()}: a valid base
 * of each readable format with one to three of its values replaced by an extreme of the same JSON type —
 * huge and small years and durations, decimals at the 30 + 20 digit limit and at zero, rates at 0 and 1 and
 * just inside, very long strings (up to the 1 MiB string limit), invisible and look-alike ids, lists
 * lengthened to 10,000 items (and at most 2 MiB), dates at the ends of the calendar — seeded
 * ({@code Random(20261202)}).
 *
 * <p>Each file is (1) read by its format, which must give a value or a {@link CatalogueFormatException}, never
 * another exception; and (2) run through the command that reads it ({@code catalogue validate}, which also runs
 * requests through their engine, and {@code value}, {@code select}, {@code evaluate}, {@code monitor},
 * {@code portfolio}, {@code lm3} with {@code --format json}, which write the four report formats the library
 * writes but does not read), which must exit 0 or 3 — never 1, an internal error. Each step must take at most
 * 1 s of its thread's CPU time and allocate at most 256 MB on its thread (measured with
 * {@code com.sun.management.ThreadMXBean}: what is allocated bounds what can be live), and is stopped by
 * {@code assertTimeoutPreemptively} after 10 s of wall-clock time (a blocked read or an endless loop).
 */
class ExtremeFilesTest {
    private static final long SEED = 20261202L;
    private static final int VARIANTS = 30;
    /** The work of a step: CPU time of its thread (what the file costs, whatever else the machine runs). */
    private static final long MAX_CPU_NANOS = 1_000_000_000L;
    /** A step that never ends (a blocked read, a loop) is stopped at this wall-clock time. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final long MAX_ALLOCATED = 256L << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The integers put in place of a count, year or duration: the edges of the contract-year rule (1,000), zero,
     * negatives, years and durations far beyond the rule (10,000 to 2^31 - 1, README-hardening.md, "Limits enforced
     * by the library") and values beyond {@code int}.
     */
    private static final long[] INTEGERS = {0, 1, -1, 2, 999, 1_000, 1_001, 10_000, 100_000, 1_000_000_000,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
        -9_223_372_036_854_775_807L};
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The valid base of each readable format, and the command that reads it with --format json. */
    private record Base(Format<?> format, String resource, List<String> command) {
    }

    private static final List<Base> BASES = List.of(
            new Base(Formats.CATALOGUE, "svtoms-catalog/src/test/resources/hostile/catalogue-base.json", List.of("catalogue", "validate")),
            new Base(Formats.PROXY_TABLE, "svtoms-catalog/src/test/resources/hostile/proxies-base.json", List.of("catalogue", "validate")),
            new Base(Formats.REFERENCE_DATA, "svtoms-catalog/src/test/resources/hostile/reference-base.json", List.of("catalogue", "validate")),
            new Base(Formats.VALUATION_REQUEST, "svtoms-catalog/src/test/resources/hostile/valuation-request-base.json", List.of("value", "--format", "json")),
            new Base(Formats.VALUATION_REPORT, "svtoms-catalog/src/test/resources/hostile/valuation-base.json", List.of("catalogue", "validate")),
            new Base(Formats.KPI_REQUEST, "svtoms-catalog/src/test/resources/hostile/kpi-request-base.json", List.of("select", "--format", "json")),
            new Base(Formats.KPI_SELECTION, "svtoms-catalog/src/test/resources/hostile/kpi-selection-base.json", List.of("catalogue", "validate")),
            new Base(Formats.EVALUATION_REQUEST, "svtoms-catalog/src/test/resources/hostile/evaluation-base.json", List.of("evaluate", "--format", "json")),
            new Base(Formats.MONITORING_REQUEST, "svtoms-catalog/src/test/resources/hostile/monitoring-base.json", List.of("monitor", "--format", "json")),
            new Base(Formats.PORTFOLIO_REQUEST, "svtoms-catalog/src/test/resources/hostile/portfolio-base.json", List.of("portfolio", "--format", "json")),
            new Base(Formats.LM3, "examples/salford-lm3.json", List.of("lm3", "--format", "json")));

    /** The formats the library writes only, and the base whose command writes them. */
    private static final Map<Format<?>, Format<?>> WRITTEN_BY = Map.of(
            Formats.EVALUATION_RESULT, Formats.EVALUATION_REQUEST,
            Formats.MONITORING_STATUS, Formats.MONITORING_REQUEST,
            Formats.PORTFOLIO_METRICS, Formats.PORTFOLIO_REQUEST);

    @Test
    void everyFormatIsCovered() {
        Set<Format<?>> covered = new LinkedHashSet<>();
        BASES.forEach(b -> covered.add(b.format()));
        covered.addAll(WRITTEN_BY.keySet());
        assertEquals(Set.copyOf(Formats.all()), covered);
        WRITTEN_BY.keySet().forEach(f -> assertTrue(!f.canRead(), f + " is read: give it a base"));
    }

    @Test
    void extremeFilesGiveATypedErrorOrAResultQuicklyAndInBoundedMemory(@TempDir Path dir) throws IOException {
        for (Base base : BASES) { // warm up: the first run of a command loads its classes and the bundled data
            Run warm = Run.of(java.util.stream.Stream.concat(base.command().stream(), java.util.stream.Stream.of(
                    Run.file(base.resource()))).toArray(String[]::new));
            assertEquals(Main.OK, warm.code(), base.resource() + ": " + warm.err());
        }
        Random random = new Random(SEED);
        Map<String, int[]> outcomes = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Base base : BASES) {
            JsonNode original = JSON.readTree(bytes(base.resource()));
            int[] counts = outcomes.computeIfAbsent(base.format().tag(), k -> new int[2]);
            for (int v = 0; v < VARIANTS; v++) {
                JsonNode doc = original.deepCopy();
                List<String> changes = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    changes.add(mutate(doc, random));
                }
                byte[] text = JSON.writeValueAsBytes(doc);
                String name = base.format().tag().replace('/', '-') + "-" + v + ".json";
                String what = name + " " + changes;
                // (1) the library: a value or the format's exception, nothing else
                boolean read = bounded(what + " read", () -> {
                    try {
                        base.format().read(new ByteArrayInputStream(text), name);
                        return true;
                    } catch (CatalogueFormatException e) {
                        assertTrue(!e.problems().isEmpty(), what);
                        return false;
                    }
                });
                counts[read ? 0 : 1]++;
                // (2) the command that reads it: exit 0 or 3, never an internal error
                Path file = dir.resolve(name);
                Files.write(file, text);
                List<String> args = new ArrayList<>(base.command());
                args.add(file.toString());
                Run r = bounded(what + " " + String.join(" ", base.command()), () -> Run.of(args.toArray(String[]::new)));
                if (r.code() != Main.OK && r.code() != Main.INVALID_INPUT) {
                    failures.add(what + ": exit " + r.code() + ": " + r.err().lines().findFirst().orElse(""));
                }
                if (r.code() == Main.INVALID_INPUT && !read && r.err().isEmpty()) {
                    failures.add(what + ": exit 3 without a message");
                }
                Files.delete(file);
            }
        }
        assertEquals(List.of(), failures);
        // both outcomes occur: the extremes are not all rejected by the syntax, nor all accepted
        int accepted = outcomes.values().stream().mapToInt(c -> c[0]).sum();
        int refused = outcomes.values().stream().mapToInt(c -> c[1]).sum();
        assertTrue(accepted > 20 && refused > 20, "accepted " + accepted + ", refused " + refused);
    }

    /**
     * Runs a step within 1 s of CPU time and 256 MB allocated on its thread, stopped preemptively after 10 s of
     * wall-clock time (the build machine may be shared: wall-clock time says more about the other builds than about
     * the file, so the 1 s bound is on the thread's CPU time).
     */
    private static <T> T bounded(String what, java.util.concurrent.Callable<T> step) {
        return assertTimeoutPreemptively(HANG, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long allocatedBefore = threads.getThreadAllocatedBytes(id);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            T result = step.call();
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            long allocated = threads.getThreadAllocatedBytes(id) - allocatedBefore;
            assertTrue(cpu <= MAX_CPU_NANOS, what + ": " + cpu / 1_000_000 + " ms of CPU");
            assertTrue(allocated <= MAX_ALLOCATED, what + ": " + (allocated >> 20) + " MB allocated");
            return result;
        }, what);
    }

    /** Replaces one value of the document, chosen at random, with an extreme of the same kind; says what it did. */
    private static String mutate(JsonNode doc, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, "$", slots);
        Slot s = slots.get(random.nextInt(slots.size()));
        JsonNode old = s.get();
        if (old.isArray() && !old.isEmpty()) {
            ArrayNode a = (ArrayNode) old;
            int target = List.of(2, 100, 2_000, 10_000).get(random.nextInt(4));
            JsonNode first = a.get(random.nextInt(a.size()));
            long size = first.toString().length();
            while (a.size() < target && size * a.size() < (2L << 20)) {
                a.add(first.deepCopy()); // duplicate-looking records: same ids, same periods
            }
            return s.path + " x" + a.size();
        }
        if (old.isObject() || old.isArray()) {
            return s.path + " kept";
        }
        JsonNode extreme = extreme(old, s.name, random);
        s.set(extreme);
        String shown = extreme.toString();
        return s.path + "=" + (shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown);
    }

    private static JsonNode extreme(JsonNode old, String name, Random random) {
        if (old.isIntegralNumber()) {
            long[] ints = INTEGERS;
            return F.numberNode(ints[random.nextInt(ints.length)]);
        }
        if (old.isBoolean()) {
            return F.booleanNode(!old.booleanValue());
        }
        if (old.isNumber()) {
            return F.numberNode(new java.math.BigDecimal(List.of("0", "1E+30", "1E-20", "0.99999999999999999999")
                    .get(random.nextInt(4))));
        }
        String text = old.asText();
        if (text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            String[] decimals = {"0", "0.00", "-0.00", "0.00000000000000000001", "999999999999999999999999999999",
                "999999999999999999999999999999.99999999999999999999", "0.99999999999999999999", "1",
                "1.00000000000000000000", "-999999999999999999999999999999", "0.001", "100000000000000000000"};
            return F.textNode(decimals[random.nextInt(decimals.length)]);
        }
        if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return F.textNode(List.of("0001-01-01", "9999-12-31", "2024-02-29", "1970-01-01").get(random.nextInt(4)));
        }
        if (text.matches("[0-9]{4}-[0-9]{2}")) {
            return F.textNode(List.of("0000-01", "9998-99", "2025-26", "1899-00").get(random.nextInt(4)));
        }
        if ("format".equals(name)) {
            return old;
        }
        return switch (random.nextInt(6)) {
            case 0 -> F.textNode("x".repeat(1 << 20)); // the longest string the readers take
            case 1 -> F.textNode(text + "\u200b"); // a look-alike id
            case 2 -> F.textNode("\u00a0\u00a0"); // no-break spaces only
            case 3 -> F.textNode(text + "\u202e\u001b[2J"); // bidi override and an escape sequence
            case 4 -> F.textNode("é".repeat(100_000)); // 200,000 UTF-8 bytes
            default -> F.textNode("");
        };
    }

    /** A place in the document that holds a value. */
    private record Slot(JsonNode parent, String name, int index, String path) {
        JsonNode get() {
            return parent.isObject() ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1, path + "." + e.getKey()));
                collect(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i, path + "[" + i + "]"));
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static byte[] bytes(String resource) throws IOException {
        return Files.readAllBytes(Path.of(Run.file(resource)));
    }
}
