package io.github.svtoms.spark;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineRejectedException;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.svtoms.catalog.Formats;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.Metric;
import io.github.svtoms.core.portfolio.MetricId;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioTargets;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module on Spark (local[2], one session for the class, so the whole module runs in one session): valuation
 * and exact totals against the library's {@code summarise}, bad rows, portfolio metrics against the core, and the
 * main class end to end.
 */
class SparkValuationTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /**
     * 4,000 seeded lines over every bundled measure (valued, unvalued, engine-refused) plus bad rows, in 5 partitions:
     * the Spark totals of every scope (all, each organisation, each contract) are the library's
     * {@code summarise} of that scope's accepted lines, given in the Dataset's order (partition by partition, as
     * Spark counts an overlap family under the measure of its first line), row for row; every row is counted once.
     */
    @Test
    void totalsEqualTheLibrarysSummaryOfTheSameLinesInEveryScope() {
        List<Row> rows = new ArrayList<>(Portfolios.rows(20261202L, 4000, 3, 12));
        rows.add(RowFactory.create("c1", "org-1", "bad-q", "local-employment", "1,000", null, null, null, null, null, null,
                null, null, null, null));
        rows.add(RowFactory.create("c1", "org-1", "bad-m", "no-such-measure", "1", null, null, null, null, null, null,
                null, null, null, null));
        rows.add(RowFactory.create(null, "org-2", "no-contract", "local-employment", "1", null, null, null, null, null,
                null, null, null, null, null));
        Dataset<Row> input = spark.createDataFrame(rows, Schemas.LINES).repartition(5).cache();
        // the input's order in Spark: partition by partition (the order overlap families are counted in)
        rows = input.collectAsList();

        SparkValuation valuation = SparkValuation.of(spark, Portfolios.SETTINGS, SparkValuation.Options.DEFAULTS);
        ValuedLines valued = valuation.value(input);
        List<Row> totals = valuation.totals(valued).collectAsList();
        long rejected = valued.rejected().count();

        // The library, on the same lines: each accepted line into the summary of each of its scopes.
        ValuationEngine engine = ValuationEngine.of(Portfolios.SETTINGS);
        Map<List<String>, List<CommitmentLine>> byScope = new LinkedHashMap<>();
        int refused = 0;
        for (Row r : rows) {
            CommitmentLine line = line(r);
            if (line == null) {
                refused++;
                continue;
            }
            try {
                engine.valueLine(line);
            } catch (LineRejectedException e) {
                refused++;
                continue;
            }
            for (List<String> key : List.of(List.of("all"), List.of("organisation", r.getString(1)),
                    List.of("contract", r.getString(1), r.getString(0)))) {
                byScope.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            }
        }
        assertTrue(refused > 3, "the engine refuses some generated lines (first-year-only measures over years): " + refused);
        assertEquals(refused, rejected, "every refused or bad row is in the rejected rows");

        Set<Row> expected = new HashSet<>();
        ValuationSummary all = null;
        for (Map.Entry<List<String>, List<CommitmentLine>> e : byScope.entrySet()) {
            List<String> k = e.getKey();
            ValuationSummary s = engine.summarise(e.getValue().stream());
            if (k.size() == 1) {
                all = s;
            }
            expected.addAll(SummaryRows.rows(Scope.of(k.get(0)), k.size() > 1 ? k.get(1) : null,
                    k.size() > 2 ? k.get(2) : null, s));
        }
        assertEquals(expected.size(), totals.size());
        assertEquals(expected, new HashSet<>(totals));

        // Independently of the row layout: the all-scope totals are the library's, to the penny.
        Row total = totals.stream().filter(r -> r.getString(0).equals("all") && r.getString(3).equals("total")
                && r.getString(5).equals("ALL")).findFirst().orElseThrow();
        assertEquals(all.totals().presentValue().amount(), total.getDecimal(8));
        assertEquals(all.totals().gross().amount(), total.getDecimal(6));
        assertEquals(all.valuedLines(), total.getLong(12));
        // the range: the library's, from partial sums of the lines' low and high present values
        assertTrue(all.presentValueRange().isPresent(), "the portfolio has lines whose proxies state a range");
        assertEquals(all.presentValueRange().get().low().amount(), total.getDecimal(total.fieldIndex("present_value_low")));
        assertEquals(all.presentValueRange().get().high().amount(), total.getDecimal(total.fieldIndex("present_value_high")));
        assertEquals(all.unvaluedLines(), total.getLong(13));
        assertTrue(all.unvaluedLines() > 0 && all.valuedLines() > 0);
        assertEquals(rows.size(), all.valuedLines() + all.unvaluedLines() + rejected, "every row counted once");
        // and the exact total is the exact sum of the counted lines' exact present values (no rounding on the way;
        // the measures the counting rules leave out are not in it)
        Set<String> leftOut = new HashSet<>();
        all.leftOut().keySet().forEach(m -> leftOut.add(m.value()));
        assertTrue(!leftOut.isEmpty(), "the generated portfolio has lines the counting rules leave out");
        BigDecimal sum = valued.lines().collectAsList().stream().filter(r -> !r.isNullAt(16))
                .filter(r -> !leftOut.contains(r.getString(r.fieldIndex("measure")))
                        || !r.isNullAt(r.fieldIndex("counted_separately")))
                .map(r -> new BigDecimal(r.getString(16))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal(total.getString(11))));
    }

    /**
     * A line declaring {@code counted_separately} is passed into the library's line and shown in the valued lines;
     * the totals keep it in whatever the counting rules do with its family or its whole, as the library does.
     */
    @Test
    void linesDeclaredCountedSeparatelyAreShownAndAlwaysInTheTotals() {
        String other = "a different fleet's journeys, metered separately (fleet log 7)";
        String sme = "SME spend outside the local area's supplier list (audit 2025)";
        List<Row> rows = List.of(separately("carbon", "carbon-saved", "10", null),
                separately("miles-apart", "car-miles-saved", "5000", other),
                separately("miles", "car-miles-saved", "100", null),
                separately("sme-apart", "local-sme-spend", "1000", sme),
                separately("local", "local-supplier-spend", "5000", null));
        SparkValuation valuation = SparkValuation.of(spark, Portfolios.SETTINGS, SparkValuation.Options.DEFAULTS);
        ValuedLines valued = valuation.value(spark.createDataFrame(rows, Schemas.LINES).coalesce(1));
        Map<String, Row> lines = new HashMap<>();
        valued.lines().collectAsList().forEach(r -> lines.put(r.getString(2), r));
        assertEquals(Set.of("carbon", "miles-apart", "miles", "sme-apart", "local"), lines.keySet());
        int at = Schemas.VALUED_LINES.fieldIndex("counted_separately");
        assertEquals(other, lines.get("miles-apart").getString(at));
        assertEquals(sme, lines.get("sme-apart").getString(at));
        assertTrue(lines.get("carbon").isNullAt(at) && lines.get("miles").isNullAt(at) && lines.get("local").isNullAt(at));

        ValuationEngine engine = ValuationEngine.of(Portfolios.SETTINGS);
        List<CommitmentLine> library = rows.stream().map(SparkValuationTest::line).toList();
        ValuationSummary s = engine.summarise(library.stream());
        // the library: only 'miles' is left out (counted under carbon-saved); 'miles-apart' and 'sme-apart' count
        assertEquals(Set.of(MeasureId.of("car-miles-saved")), s.leftOut().keySet());
        assertEquals(1, s.leftOut().get(MeasureId.of("car-miles-saved")).lines());
        List<Row> totals = valuation.totals(valued, java.util.EnumSet.of(Scope.ALL)).collectAsList();
        assertEquals(new HashSet<>(SummaryRows.rows(Scope.ALL, null, null, s)), new HashSet<>(totals));
        // the exact total present value is the sum of every line's but 'miles'
        BigDecimal expected = lines.values().stream().filter(r -> !r.getString(2).equals("miles"))
                .map(r -> new BigDecimal(r.getString(16))).reduce(BigDecimal.ZERO, BigDecimal::add);
        Row total = totals.stream().filter(r -> r.getString(3).equals("total") && r.getString(5).equals("ALL"))
                .findFirst().orElseThrow();
        assertEquals(0, expected.compareTo(new BigDecimal(total.getString(11))), total.toString());
    }

    private static Row separately(String id, String measure, String quantity, String evidence) {
        return RowFactory.create("c1", "org-1", id, measure, quantity, null, null, null, null, null, null, null, null,
                null, evidence);
    }

    private static Row line(String contract, String id, String measure, String quantity, String duration,
                            String deadweight, String proxy) {
        return RowFactory.create(contract, "org-1", id, measure, quantity, null, duration, deadweight, null, null, null,
                proxy, null, null, null);
    }

    /** Each kind of bad row goes to the rejected rows with its rule and a reason naming the column and value. */
    @Test
    void badRowsGoToTheRejectedRowsWithTheRuleAndTheReason() {
        List<Row> rows = List.of(
                line("c1", "ok", "local-employment", "2.5", "2", null, null),
                line("c1", "grouped", "local-employment", "1,000", null, null, null),
                line("c1", "unknown", "no-such-measure", "1", null, null, null),
                line(null, "no-contract", "local-employment", "1", null, null, null),
                line("c1", "zero-years", "local-employment", "1", "0", null, null),
                line("c1", "dw", "local-employment", "1", null, "1.5", null),
                line("c1", "negative", "local-employment", "-3", null, null, null),
                line("c1", "first-year", "long-term-unemployed-hires", "2", "3", null, null),
                line("c1", "half-proxy", "local-employment", "1", null, null, "12.50"));
        SparkValuation valuation = SparkValuation.of(spark, Portfolios.SETTINGS, SparkValuation.Options.DEFAULTS);
        ValuedLines valued = valuation.value(spark.createDataFrame(rows, Schemas.LINES).repartition(2));
        Map<String, Row> rejected = new HashMap<>();
        valued.rejected().collectAsList().forEach(r -> rejected.put(r.getString(3), r));
        assertEquals(Set.of("grouped", "unknown", "no-contract", "zero-years", "dw", "negative", "first-year",
                "half-proxy"), rejected.keySet());
        assertEquals(List.of("ok"), valued.lines().collectAsList().stream().map(r -> r.getString(2)).toList());
        assertRejected(rejected.get("grouped"), "INVALID_DECIMAL", "quantity: invalid decimal '1,000'");
        assertRejected(rejected.get("unknown"), "UNKNOWN_MEASURE", "unknown measure 'no-such-measure'");
        assertRejected(rejected.get("no-contract"), "MISSING_VALUE", "missing contract_id");
        assertRejected(rejected.get("zero-years"), "INVALID_WHOLE_NUMBER", "duration: 0 must be a whole number from 1");
        assertRejected(rejected.get("dw"), "INVALID_VALUE", "deadweight 1.5 is out of range");
        assertRejected(rejected.get("negative"), "INVALID_VALUE", "quantity -3 must not be negative");
        assertRejected(rejected.get("first-year"), "FIRST_YEAR_ONLY", "line 'first-year'");
        assertRejected(rejected.get("half-proxy"), "MISSING_VALUE", "give both proxy and proxy_price_year");
        assertTrue(rejected.get("grouped").getString(0).contains("\"quantity\":\"1,000\""), rejected.get("grouped").getString(0));

        // Typed columns: a DECIMAL quantity is read exactly; a double is refused, never rounded into a line.
        StructType typed = new StructType().add("contract_id", DataTypes.StringType).add("organisation", DataTypes.StringType)
                .add("id", DataTypes.StringType).add("measure", DataTypes.StringType)
                .add("quantity", DataTypes.createDecimalType(12, 3)).add("deadweight", DataTypes.DoubleType);
        List<Row> typedRows = List.of(RowFactory.create("c", "o", "dec", "local-employment", new BigDecimal("3.125"), null),
                RowFactory.create("c", "o", "dbl", "local-employment", new BigDecimal("1"), 0.1d));
        ValuedLines typedValued = valuation.value(spark.createDataFrame(typedRows, typed));
        Row dec = typedValued.lines().collectAsList().get(0);
        assertEquals("3.125", dec.getString(6));
        Row dbl = typedValued.rejected().collectAsList().get(0);
        assertRejected(dbl, "FLOATING_POINT", "deadweight 0.1 is a floating-point number");

        // Asked to, the job fails at the first bad row, naming it.
        SparkValuation strict = SparkValuation.of(spark, Portfolios.SETTINGS, new SparkValuation.Options(true));
        Dataset<Row> oneBad = spark.createDataFrame(List.of(rows.get(0), rows.get(1)), Schemas.LINES);
        Exception failed = assertThrows(Exception.class, () -> strict.value(oneBad).lines().count());
        assertTrue(messages(failed).contains("bad row (INVALID_DECIMAL): quantity: invalid decimal '1,000'"),
                messages(failed));
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static void assertRejected(Row r, String rule, String reason) {
        assertEquals(rule, r.getString(4), r.toString());
        assertTrue(r.getString(5).contains(reason), r.getString(5));
    }

    /**
     * The main class end to end: a CSV with its columns in another order, a malformed record and a bad decimal;
     * the written lines, rejected rows and totals read back, the totals the library's.
     */
    @Test
    void theMainClassValuesACsvFileEndToEnd(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), Formats.VALUATION_REQUEST.toJson(Portfolios.SETTINGS));
        List<Row> rows = Portfolios.rows(7L, 150, 2, 5);
        String[] columns = {"measure", "quantity", "id", "organisation", "contract_id", "duration", "deadweight",
                "displacement", "start_year", "attribution", "drop_off", "evidence", "counted_separately"};
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                Object v = r.get(Schemas.LINES.fieldIndex(c));
                cells.add(v == null ? "" : v.toString());
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        csv.append("local-employment,1,extra-cell,org-0,c1,,,,,,,,,surplus\n");
        csv.append("local-employment,1e3,exponent,org-0,c1,,,,,,,,\n");
        Files.writeString(dir.resolve("lines.csv"), csv);
        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = ValueLinesJob.run(new String[] {"--request", dir.resolve("settings.json").toString(), "--lines",
                dir.resolve("lines.csv").toString(), "--out", out.toString(), "--output-format", "json"}, spark,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));

        List<Row> rejected = spark.read().schema(Schemas.REJECTED).json(out.resolve("rejected").toString()).collectAsList();
        long lines = spark.read().json(out.resolve("lines").toString()).count();
        ValuationEngine engine = ValuationEngine.of(Portfolios.SETTINGS);
        List<CommitmentLine> accepted = new ArrayList<>();
        for (Row r : rows) {
            CommitmentLine l = line(r);
            try {
                engine.valueLine(l);
                accepted.add(l);
            } catch (LineRejectedException refused) {
                // counted among the rejected rows below
            }
        }
        assertEquals(accepted.size(), lines);
        assertEquals(rows.size() + 2 - accepted.size(), rejected.size());
        assertTrue(rejected.stream().anyMatch(r -> r.getString(4).equals("MALFORMED_RECORD")
                && r.getString(0).contains("surplus")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.getString(4).equals("INVALID_DECIMAL")
                && r.getString(5).contains("'1e3'")), rejected.toString());

        ValuationSummary expected = engine.summarise(accepted.stream());
        Row total = spark.read().schema(Schemas.TOTALS).json(out.resolve("totals").toString())
                .filter("scope = 'all' AND level = 'total' AND value_type = 'ALL'").collectAsList().get(0);
        assertEquals(expected.totals().presentValue().amount(), total.getAs("present_value"));
        assertEquals(expected.exactTotals().net().amount().toPlainString(), total.getAs("exact_net"));
        assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("valued lines: " + expected.valuedLines()
                + ", unvalued lines: " + expected.unvaluedLines() + ", rejected rows: " + rejected.size()),
                stdout.toString(StandardCharsets.UTF_8));

        // With --fail-on-bad-rows the same input is invalid input (exit code 3), the bad row named.
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int strict = ValueLinesJob.run(new String[] {"--request", dir.resolve("settings.json").toString(), "--lines",
                dir.resolve("lines.csv").toString(), "--out", dir.resolve("out2").toString(), "--fail-on-bad-rows"},
                spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertEquals(3, strict);
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("bad row ("), err2.toString(StandardCharsets.UTF_8));
        assertEquals(2, ValueLinesJob.run(new String[] {"--lines", "x"}, spark, System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    /**
     * Portfolio metrics per organisation: 3 organisations of seeded contracts (suppliers shared, answers and spends
     * partly unknown) give, metric by metric, the core's {@code Portfolio.metrics} of each organisation's contracts;
     * rows that are not contracts are rejected with their reasons.
     */
    @Test
    void portfolioMetricsAreTheCoresPerOrganisation() {
        Random r = new Random(42L);
        Currency gbp = Currency.getInstance("GBP");
        List<Row> rows = new ArrayList<>();
        Map<String, List<PortfolioContract>> expected = new TreeMap<>();
        for (int i = 0; i < 90; i++) {
            String org = "org-" + r.nextInt(3);
            String value = r.nextInt(5_000_000) + "." + r.nextInt(10) + r.nextInt(10);
            String weighting = r.nextInt(4) == 0 ? null : String.valueOf(r.nextInt(31));
            String rlw = r.nextInt(3) == 0 ? null : String.valueOf(r.nextBoolean());
            String addressable = r.nextInt(4) == 0 ? null : String.valueOf(100_000 + r.nextInt(900_000));
            String local = addressable == null || r.nextInt(5) == 0 ? null : String.valueOf(r.nextInt(100_000));
            String sme = addressable == null ? null : String.valueOf(r.nextInt(50_000));
            String committed = r.nextBoolean() ? null : r.nextInt(200_000) + ".5";
            String delivered = committed == null || r.nextBoolean() ? null : String.valueOf(r.nextInt(200_000));
            String supplier = r.nextInt(3) == 0 ? null : "GB-COH-" + r.nextInt(10);
            rows.add(RowFactory.create(org, "k" + i, value, weighting, rlw, addressable, local, sme, null, committed,
                    delivered, supplier));
            PortfolioContract c = new PortfolioContract(ContractId.of("k" + i), Money.of(new BigDecimal(value), gbp),
                    Optional.ofNullable(weighting).map(BigDecimal::new), Optional.ofNullable(rlw).map(Boolean::valueOf),
                    money(addressable, gbp), money(local, gbp), money(sme, gbp), Optional.empty(), money(committed, gbp),
                    money(delivered, gbp));
            expected.computeIfAbsent(org, k -> new ArrayList<>()).add(supplier == null ? c : c.withSupplier(supplier));
        }
        rows.add(RowFactory.create("org-0", "bad-value", "lots", null, null, null, null, null, null, null, null, null));
        rows.add(RowFactory.create("org-1", "local-above", "10", null, null, "100", "200", null, null, null, null, null));
        PortfolioTargets targets = PortfolioTargets.allShares(new BigDecimal("10"));

        SparkPortfolio.PortfolioMetrics result = SparkPortfolio.metrics(
                spark.createDataFrame(rows, Schemas.CONTRACTS).repartition(3), gbp, targets, SparkValuation.Options.DEFAULTS);
        Map<List<String>, Row> got = new HashMap<>();
        result.metrics().collectAsList().forEach(m -> got.put(List.of(m.getString(0), m.getString(1)), m));
        int compared = 0;
        for (Map.Entry<String, List<PortfolioContract>> e : expected.entrySet()) {
            for (Metric m : new Portfolio(gbp, e.getValue()).metrics(targets).metrics()) {
                Row row = got.get(List.of(e.getKey(), m.id().metricName()));
                assertEquals(m.value().map(BigDecimal::toPlainString).orElse(null), row.getString(3), m.id().metricName());
                assertEquals(m.targetMet().orElse(null), row.isNullAt(5) ? null : row.getBoolean(5));
                assertEquals(m.contracts().size(), row.getLong(6));
                assertEquals(m.derivation(), row.getString(8));
                Map<String, String> inputs = new HashMap<>();
                m.inputs().forEach((k, v) -> inputs.put(k, v.toPlainString()));
                assertEquals(inputs, row.getJavaMap(7));
                compared++;
            }
        }
        assertEquals(got.size(), compared, "no metric the core does not give");
        assertEquals(3 * MetricId.values().length, compared, "every metric of each organisation");
        Map<String, Row> rejected = new HashMap<>();
        result.rejected().collectAsList().forEach(x -> rejected.put(x.getString(1), x));
        assertEquals(Set.of("bad-value", "local-above"), rejected.keySet());
        assertRejected(rejected.get("bad-value"), "INVALID_DECIMAL", "value: invalid decimal 'lots'");
        assertRejected(rejected.get("local-above"), "INVALID_VALUE", "local");
    }

    private static Optional<Money> money(String v, Currency c) {
        return v == null ? Optional.empty() : Optional.of(Money.of(new BigDecimal(v), c));
    }

    /** The line of a generated row as the library reads it, or null when the row is not a line. */
    static CommitmentLine line(Row r) {
        try {
            if (r.isNullAt(0) || r.isNullAt(1)) {
                return null;
            }
            CommitmentLine.Builder b = CommitmentLine.builder(r.getString(2), MeasureId.of(r.getString(3)),
                    new BigDecimal(r.getString(4)));
            if (!blank(r, 5)) {
                b.startYear(Integer.parseInt(r.getString(5)));
            }
            if (!blank(r, 6)) {
                b.duration(Integer.parseInt(r.getString(6)));
            }
            if (!blank(r, 7)) {
                b.deadweight(new BigDecimal(r.getString(7)));
            }
            if (!blank(r, 8)) {
                b.displacement(new BigDecimal(r.getString(8)));
            }
            if (!blank(r, 9)) {
                b.attribution(new BigDecimal(r.getString(9)));
            }
            if (!blank(r, 10)) {
                b.dropOff(new BigDecimal(r.getString(10)));
            }
            if (!blank(r, 13)) {
                b.evidence(r.getString(13));
            }
            if (r.size() > 14 && !blank(r, 14)) {
                b.countedSeparately(r.getString(14));
            }
            return b.build();
        } catch (RuntimeException notALine) {
            return null;
        }
    }

    private static boolean blank(Row r, int i) {
        return r.isNullAt(i) || r.getString(i).isBlank();
    }
}
