package io.github.svtoms.spark;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/** Seeded generated portfolios of commitment-line rows ({@link Schemas#LINES}) for the tests. */
final class Portfolios {
    static final ValuationRequest SETTINGS = Bundled.valuationRequest(Currency.getInstance("GBP"),
            PriceYear.parse("2025-26")).build();

    private Portfolios() {
    }

    /**
     * Rows of valid lines over every measure of the bundled catalogue (so some have no proxy and are unvalued,
     * and first-year-only measures over several years are refused by the engine), with long decimals; every 13th
     * line declares that it is counted separately.
     */
    static List<Row> rows(long seed, int n, int organisations, int contracts) {
        Random r = new Random(seed);
        List<Measure> measures = SETTINGS.catalogue().measures();
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Measure m = measures.get(r.nextInt(measures.size()));
            int org = r.nextInt(organisations);
            int con = r.nextInt(contracts);
            String quantity = r.nextInt(100_000) + "." + String.format("%07d", r.nextInt(10_000_000));
            String duration = r.nextInt(4) == 0 ? "" : String.valueOf(1 + r.nextInt(m.firstYearOnly() && r.nextBoolean() ? 1 : 4));
            String deadweight = r.nextBoolean() ? "" : "0." + r.nextInt(1000);
            String displacement = r.nextBoolean() ? "" : "0." + String.format("%03d", r.nextInt(1000));
            String start = r.nextInt(3) == 0 ? "" : String.valueOf(1 + r.nextInt(3));
            out.add(RowFactory.create("c" + con, "org-" + org, "l" + i, m.id().toString(), quantity, start, duration,
                    deadweight, displacement, r.nextInt(5) == 0 ? "0.1" : null, r.nextInt(5) == 0 ? "0.05" : "", null,
                    null, r.nextInt(10) == 0 ? "evidence " + i : null,
                    i % 13 == 0 ? "counts other outcomes than its family or whole (schedule " + i + ")" : null));
        }
        return out;
    }
}
