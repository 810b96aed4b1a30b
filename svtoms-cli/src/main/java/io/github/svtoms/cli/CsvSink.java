package io.github.svtoms.cli;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A streamed valuation as CSV ({@link LineRows#COLUMNS}): a header, then one row per line in input order as it
 * is valued, every cell neutralised against formulas ({@link Safe#spreadsheet(String)}), quoted by jackson-dataformat-csv where
 * RFC 4180 needs it. No totals row, so that the file can be read back with {@code --lines}. Rows are formatted
 * ahead, on the valuing threads (one CSV writer per thread), all but a valued line's mark ({@code counted},
 * {@code counted_under}), which is added in input order as the line is written. Mutable; one per run.
 */
final class CsvSink extends TextLineSink {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    /** Every column: the header and an unvalued line's row. */
    private static final CsvSchema SCHEMA = schema(LineRows.COLUMNS);
    /** A valued line's row made ahead: every column but its mark (the generator pads a row to its schema). */
    private static final CsvSchema UNMARKED = schema(LineRows.COLUMNS.subList(0, LineRows.UNMARKED));
    /** A valued line's mark. */
    private static final CsvSchema MARK = schema(LineRows.COLUMNS.subList(LineRows.UNMARKED, LineRows.COLUMNS.size()));

    private final LineRows rows;
    private final ThreadLocal<RowWriter> writers = ThreadLocal.withInitial(() -> new RowWriter(SCHEMA));
    private final ThreadLocal<RowWriter> unmarked = ThreadLocal.withInitial(() -> new RowWriter(UNMARKED));
    /** The writing thread's writer of the marks' two cells. */
    private final RowWriter marks = new RowWriter(MARK);

    /** One thread's CSV generator, into a buffer emptied after each row. */
    private static final class RowWriter {
        final StringWriter buffer = new StringWriter(256);
        final CsvGenerator csv;

        RowWriter(CsvSchema schema) {
            try {
                csv = MAPPER.getFactory().createGenerator(buffer);
                csv.setSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String row(String[] cells) {
            return take(buffer, () -> {
                csv.writeStartArray();
                for (String cell : cells) {
                    csv.writeString(Safe.spreadsheet(cell));
                }
                csv.writeEndArray();
                csv.flush();
            });
        }
    }

    private static CsvSchema schema(java.util.List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        return schema.build();
    }

    CsvSink(PrintWriter out, ValuationRequest request) {
        super(out);
        this.rows = new LineRows(request);
        write(writers.get().row(LineRows.COLUMNS.toArray(new String[0])));
    }

    /** The row of a valued line up to its mark: every column but the last two, and the line end. */
    @Override
    public String format(LineValuation v) {
        return unmarked.get().row(rows.valued(v));
    }

    /** The row made ahead, its line end replaced by the mark's two cells, quoted as any cell. */
    @Override
    String mark(String formatted, CountedMarks.Mark mark) {
        return formatted.substring(0, formatted.length() - 1) + "," + marks.row(new String[] {mark.countedText(),
            mark.countedUnderText()});
    }

    @Override
    public String format(CommitmentLine line, UnvaluedLine u) {
        return writers.get().row(rows.unvalued(line, u));
    }
}
