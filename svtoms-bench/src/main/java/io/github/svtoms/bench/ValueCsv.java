package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The svtoms side of the spreadsheet comparison, timed by run.sh as a whole process: reads a portfolio CSV,
 * values it with the bundled catalogue, proxy table and deflator ({@code ValuationEngine.value()}, every line
 * with its figures) and prints the reported totals as {@code gross,net,presentValue}.
 */
public final class ValueCsv {
    private ValueCsv() {
    }

    /**
     * Values a CSV: {@code ValueCsv IN.csv}.
     *
     * @param args the file
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<CommitmentLine> lines = PortfolioCsv.read(Path.of(args[0]));
        Valuation v = ValuationEngine.of(Portfolio.bundled().emptyRequest().toBuilder().lines(lines).build()).value();
        System.out.println(v.totals().gross().amount().toPlainString() + "," + v.totals().net().amount().toPlainString()
                + "," + v.totals().presentValue().amount().toPlainString());
    }
}
