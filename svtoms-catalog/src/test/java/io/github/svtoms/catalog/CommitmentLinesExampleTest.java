package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The commitment lines example of README-formats.md, as written there, on the ELFT example's commitments. */
class CommitmentLinesExampleTest {
    @Test
    void theReadmeExampleRunsAndGivesTheWholeValuationsTotals(@TempDir Path dir) throws IOException {
        ValuationRequest elft = Formats.VALUATION_REQUEST.read(Path.of("../examples/elft-soft-fm.json"));
        Path requestFile = dir.resolve("settings.json");
        Files.writeString(requestFile, Formats.VALUATION_REQUEST.toJson(elft.withLines(List.of())));
        Path linesFile = dir.resolve("lines.jsonl");
        StringBuilder jsonl = new StringBuilder();
        elft.lines().forEach(l -> jsonl.append(Formats.COMMITMENT_LINES.toLine(l)).append('\n'));
        Files.writeString(linesFile, jsonl);
        StringWriter out = new StringWriter();

        ValuationRequest settings = Formats.VALUATION_REQUEST.read(requestFile);          // currency, price year, ...
        ValuationEngine engine = ValuationEngine.of(settings);
        ValuationAccumulator sums = engine.accumulator();
        try (LineReader<CommitmentLine> lines = Formats.COMMITMENT_LINES.reader(linesFile, settings);
             ValuationReportWriter report = ValuationReportWriter.open(out, settings)) {
            while (lines.hasNext()) {
                CommitmentLine line = lines.next();                    // a bad record: CatalogueFormatException, at its line
                Optional<LineValuation> valued = engine.valueLine(line);
                if (valued.isPresent()) {
                    report.line(valued.get());
                    sums.add(valued.get());                            // added without being valued again
                } else {
                    report.unvalued(engine.value(List.of(line)).unvalued().get(0));   // no proxy: why, in the engine's words
                    sums.add(line);
                }
            }
            report.finish(sums.summary());                             // totals and breakdowns: the whole valuation's
        }
        String record = Formats.COMMITMENT_LINES.toLine(CommitmentLine.of("x", MeasureId.of("local-employment"), BigDecimal.ONE));

        // Before the carbon and living wage proxies followed the years: gross £8,747,359.97, net £5,918,419.18,
        // present value £5,723,488.69. Two lines change (price year 2025-26, no contract start: contract year k runs
        // from 1 April of 2024 + k; Green Book, DF = 1, 1/1.035, 1/1.035²):
        // * ocs-rlw, 230 FTE × 3 years, deadweight 0.22, a flat 2,418 before. Now the gap by financial year × 1,950 h:
        //   FY 2025-26 (12.60 RLW 2024 − 12.21 NLW 2025) 0.39 → 760.50; FY 2026-27 (13.45 − 12.71) 0.74 in 2026-27
        //   prices × 104.82/106.88 → 1,415.18769; FY 2027-28 has no rates: FY 2026-27's gap held in real terms,
        //   1,415.18769. Gross 230 × (760.50 + 2 × 1,415.18769) = 825,901.3361, net × 0.78 = 644,203.0421,
        //   PV 136,433.70 + 253,884.6711/1.035 + 253,884.6711/1.035² = 618,736.9562.
        // * ocs-carbon, 35 tCO2e × 3 years, 2022 prices rebased to 2025-26 by 104.82/92.6525 (calendar 2022 on the
        //   financial basis: ¼ × 87.95 + ¾ × 94.22) = 1.1313240. Each contract year takes the DESNZ values of the days
        //   it covers: (273.06 × 275 + 277.22 × 90)/365 = 274.08575, (277.22 × 275 + 281.44 × 90)/365 = 278.26055,
        //   (281.44 × 275 + 285.73 × 91)/366 = 282.50664; × 1.1313240 × 35 = 10,852.7930, 11,018.0996, 11,186.2293:
        //   gross and net 33,057.1219, PV 10,852.7930 + 11,018.0996/1.035 + 11,186.2293/1.035² = 31,940.7646.
        // The other lines are unchanged, exact sums (local SME spend left out): gross 5,387,382 + 110,410.9633
        // + 176,673.12 + 22,037.3568 + 1,350,000 = 7,046,503.4401; net 3,663,419.76 + 88,328.7707 + 141,338.496
        // + 16,528.0176 + 675,000 = 4,584,615.0443; PV 3,540,932.4353 + 88,328.7707 + 136,612.8092 + 15,975.3993
        // + 652,431.2119 = 4,434,280.6265.
        // Gross 7,046,503.4401 + 825,901.3361 + 33,057.1219 = 7,905,461.8981 → 7,905,461.90;
        // net 4,584,615.0443 + 644,203.0421 + 33,057.1219 = 5,261,875.2083 → 5,261,875.21;
        // PV 4,434,280.6265 + 618,736.9562 + 31,940.7646 = 5,084,958.3472 → 5,084,958.35.
        ValuationReport read = Formats.VALUATION_REPORT.parse(out.toString());
        assertEquals(new BigDecimal("7905461.90"), read.totals().gross().amount());
        assertEquals(new BigDecimal("5261875.21"), read.totals().net().amount());
        assertEquals(new BigDecimal("5084958.35"), read.totals().presentValue().amount());
        // local SME spend is valued (£1 per £1) and left out of the totals: it is part of local spend
        assertEquals(0, read.unvalued().size());
        assertEquals(List.of("ocs-local-sme-spend"), read.doubleCounted().stream().map(ValuationReport.DoubleCounted::line)
                .toList());
        assertEquals(ValuationEngine.value(elft).summary(), sums.summary());
        assertEquals("{\"id\":\"x\",\"measure\":\"local-employment\",\"quantity\":\"1\",\"startYear\":1,\"duration\":1,"
                + "\"displacement\":\"0\",\"attribution\":\"0\",\"dropOff\":\"0\"}", record);
    }
}
