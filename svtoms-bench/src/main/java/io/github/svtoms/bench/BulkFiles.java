package io.github.svtoms.bench;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.proxies.valuation.CommitmentLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The inputs of the end-to-end measurements of {@code svtoms value REQUEST --lines FILE}: a generated portfolio
 * ({@link Portfolio}, the lines made one at a time) written as the settings request {@code request.json}
 * (GBP, 2024-25 prices, Green Book, the bundled deflator and proxy table, no lines of its own), as CSV in the
 * command's column layout ({@code lines.csv}: the input columns) and as JSON Lines ({@code lines.jsonl}, one
 * commitment object per line). Deterministic for a seed.
 */
public final class BulkFiles {
    /** The CSV header: the input columns of the command's layout. */
    public static final String HEADER = "id,measure,quantity,start_year,duration,deadweight,displacement,attribution,drop_off";

    private BulkFiles() {
    }

    /**
     * Writes the files: {@code BulkFiles DIR LINES [SEED]}.
     *
     * @param args the directory, the number of lines, the seed (default 20250101)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_250_101L;
        write(dir, lines, seed);
    }

    /**
     * Writes the three files.
     *
     * @param dir the directory (created when missing)
     * @param lines the number of lines
     * @param seed the seed
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir, long lines, long seed) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("request.json"), Formats.VALUATION_REQUEST.toJson(Portfolio.bundled().emptyRequest()));
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("lines.csv"), StandardCharsets.UTF_8);
             BufferedWriter jsonl = Files.newBufferedWriter(dir.resolve("lines.jsonl"), StandardCharsets.UTF_8)) {
            csv.write(HEADER);
            csv.write('\n');
            Iterator<CommitmentLine> it = Portfolio.bundled().stream(lines, seed).iterator();
            while (it.hasNext()) {
                CommitmentLine l = it.next();
                csv.write(String.join(",", l.id(), l.measure().value(), l.quantity().toPlainString(),
                        Integer.toString(l.startYear()), Integer.toString(l.duration()),
                        l.deadweight().map(BigDecimal::toPlainString).orElse(""), l.displacement().toPlainString(),
                        l.attribution().toPlainString(), l.dropOff().toPlainString()));
                csv.write('\n');
                jsonl.write(Formats.COMMITMENT_LINES.toLine(l));
                jsonl.write('\n');
            }
        }
    }
}
