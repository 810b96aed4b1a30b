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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valuation and exact totals on Spark (local[2], one session for the class) against the library. */
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
     * {@code summarise} of that scope's accepted lines, row for row; every row is counted once.
     */
    @Test
    void totalsEqualTheLibrarysSummaryOfTheSameLinesInEveryScope() {
        List<Row> rows = new ArrayList<>(Portfolios.rows(20261202L, 4000, 3, 12));
        rows.add(RowFactory.create("c1", "org-1", "bad-q", "local-employment", "1,000", null, null, null, null, null, null,
                null, null, null));
        rows.add(RowFactory.create("c1", "org-1", "bad-m", "no-such-measure", "1", null, null, null, null, null, null,
                null, null, null));
        rows.add(RowFactory.create(null, "org-2", "no-contract", "local-employment", "1", null, null, null, null, null,
                null, null, null, null));
        Dataset<Row> input = spark.createDataFrame(rows, Schemas.LINES).repartition(5);

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
        assertEquals(all.unvaluedLines(), total.getLong(13));
        assertTrue(all.unvaluedLines() > 0 && all.valuedLines() > 0);
        assertEquals(rows.size(), all.valuedLines() + all.unvaluedLines() + rejected, "every row counted once");
        // and the exact total is the exact sum of the lines' exact present values (no rounding on the way)
        BigDecimal sum = valued.lines().collectAsList().stream().filter(r -> !r.isNullAt(16))
                .map(r -> new BigDecimal(r.getString(16))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal(total.getString(11))));
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
            return b.build();
        } catch (RuntimeException notALine) {
            return null;
        }
    }

    private static boolean blank(Row r, int i) {
        return r.isNullAt(i) || r.getString(i).isBlank();
    }
}
