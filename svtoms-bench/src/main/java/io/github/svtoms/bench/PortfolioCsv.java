package io.github.svtoms.bench;

import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A portfolio as a flat CSV, the data both the spreadsheet and svtoms value. Columns: {@code id, measure,
 * quantity, startYear, duration, deadweight} (blank: the proxy's default){@code , displacement, attribution,
 * dropOff}, then for the spreadsheet, which has no proxy table: {@code proxy, proxyPriceYear,
 * proxyDeadweight}; a proxy per pound of spend, which svtoms never rebases, is given the portfolio's price
 * year. Stateless.
 */
public final class PortfolioCsv {
    /** The header line. */
    public static final String HEADER = "id,measure,quantity,startYear,duration,deadweight,displacement,attribution,"
            + "dropOff,proxy,proxyPriceYear,proxyDeadweight";

    private PortfolioCsv() {
    }

    /**
     * Writes a generated portfolio: {@code PortfolioCsv OUT.csv LINES [SEED]}.
     *
     * @param args output file, number of lines, seed (default 20250101)
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int lines = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_250_101L;
        write(Portfolio.bundled().lines(lines, seed), out);
    }

    /**
     * Writes lines.
     *
     * @param lines the lines, all with a table proxy
     * @param out the file
     * @throws IOException when it cannot be written
     */
    public static void write(List<CommitmentLine> lines, Path out) throws IOException {
        Portfolio p = Portfolio.bundled();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (CommitmentLine l : lines) {
                ProxyValue proxy = p.table().proxyFor(l.measure()).orElseThrow();
                // a proxy per pound of spend is a ratio with no price year of its own: svtoms never rebases it,
                // so the spreadsheet is given the portfolio's price year (its rebasing ratio is then 1)
                var unit = p.catalogue().requireMeasure(l.measure()).unit();
                boolean perPound = unit.dimension() == io.github.svtoms.core.catalogue.Dimension.MONEY
                        && unit.id().equalsIgnoreCase(proxy.amount().currency().getCurrencyCode());
                String proxyYear = perPound ? Portfolio.PRICE_YEAR.toString() : proxy.priceYear().toString();
                w.write(String.join(",", l.id(), l.measure().value(), l.quantity().toPlainString(),
                        Integer.toString(l.startYear()), Integer.toString(l.duration()),
                        l.deadweight().map(BigDecimal::toPlainString).orElse(""), l.displacement().toPlainString(),
                        l.attribution().toPlainString(), l.dropOff().toPlainString(),
                        proxy.amount().amount().toPlainString(), proxyYear,
                        proxy.defaultDeadweight().orElse(BigDecimal.ZERO).toPlainString()));
                w.write('\n');
            }
        }
    }

    /**
     * Reads the lines of a portfolio CSV (the proxy columns are ignored: svtoms uses its proxy table).
     *
     * @param in the file
     * @return the lines
     * @throws IOException when it cannot be read
     */
    public static List<CommitmentLine> read(Path in) throws IOException {
        List<CommitmentLine> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(in + ": expected the header " + HEADER + " but found " + header);
            }
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                String[] f = s.split(",", -1);
                CommitmentLine.Builder b = CommitmentLine.builder(f[0],
                        io.github.svtoms.core.catalogue.MeasureId.of(f[1]), new BigDecimal(f[2]))
                        .startYear(Integer.parseInt(f[3])).duration(Integer.parseInt(f[4]))
                        .displacement(new BigDecimal(f[6])).attribution(new BigDecimal(f[7])).dropOff(new BigDecimal(f[8]));
                if (!f[5].isEmpty()) {
                    b.deadweight(new BigDecimal(f[5]));
                }
                out.add(b.build());
            }
        }
        return out;
    }
}
