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
 * ahead, on the valuing threads (one CSV writer per thread). Mutable; one per run.
 */
final class CsvSink extends TextLineSink {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private final LineRows rows;
    private final ThreadLocal<RowWriter> writers = ThreadLocal.withInitial(RowWriter::new);

    /** One thread's CSV generator, into a buffer emptied after each row. */
    private static final class RowWriter {
        final StringWriter buffer = new StringWriter(256);
        final CsvGenerator csv;

        RowWriter() {
            try {
                csv = MAPPER.getFactory().createGenerator(buffer);
                csv.setSchema(SCHEMA);
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

    private static CsvSchema schema() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        LineRows.COLUMNS.forEach(schema::addColumn);
        return schema.build();
    }

    CsvSink(PrintWriter out, ValuationRequest request) {
        super(out);
        this.rows = new LineRows(request);
        write(writers.get().row(LineRows.COLUMNS.toArray(new String[0])));
    }

    @Override
    public String format(LineValuation v) {
        return writers.get().row(rows.valued(v));
    }

    @Override
    public String format(CommitmentLine line, UnvaluedLine u) {
        return writers.get().row(rows.unvalued(line, u));
    }
}
