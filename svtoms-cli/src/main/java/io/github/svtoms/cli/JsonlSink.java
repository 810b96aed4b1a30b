package io.github.svtoms.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * A streamed valuation as JSON Lines: one JSON object per commitment line, in input order, with the members of
 * the CSV columns ({@link LineRows#COLUMNS}) in camel case — decimals as strings with their scale, years and
 * durations as integers, {@code counted} a boolean, empty cells omitted; a line with no proxy has
 * {@code "unvalued": REASON} instead of the proxy, the figures, the source and the mark. No totals record.
 * Written with Jackson's generator, ahead, on the valuing threads (one generator per thread), all but a valued
 * line's mark, added in input order as the line is written. Mutable; one per run.
 */
final class JsonlSink extends TextLineSink {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final LineRows rows;
    private final String currency;
    private final String priceYear;
    private final ThreadLocal<Record> records = ThreadLocal.withInitial(Record::new);
    /** The writing thread's generator of the marks. */
    private final Record marks = new Record();

    /** One thread's generator, into a buffer emptied after each record. */
    private static final class Record {
        final StringWriter buffer = new StringWriter(512);
        final JsonGenerator g;

        Record() {
            try {
                g = FACTORY.createGenerator(buffer);
                g.setRootValueSeparator(null); // each record ends with its own line end
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes one record with the generator and takes its text, ending with a line end. */
        String take(TextLineSink.Formatting record) {
            return TextLineSink.take(buffer, () -> {
                record.write();
                g.writeRaw('\n');
                g.flush();
            });
        }
    }

    JsonlSink(PrintWriter out, ValuationRequest request) {
        super(out);
        this.rows = new LineRows(request);
        this.currency = request.currency().getCurrencyCode();
        this.priceYear = request.priceYear().toString();
    }

    @Override
    public String format(LineValuation v) {
        CommitmentLine l = v.line();
        Record r = records.get();
        JsonGenerator g = r.g;
        return r.take(() -> {
            start(g, l, v.unit().id());
            g.writeStringField("proxy", v.proxy().amount().amount().toPlainString());
            g.writeStringField("proxyPriceYear", rows.year(v.proxy().priceYear()));
            g.writeStringField("deadweight", v.deadweight().toPlainString());
            g.writeStringField("gross", v.reported().gross().amount().toPlainString());
            g.writeStringField("net", v.reported().net().amount().toPlainString());
            g.writeStringField("presentValue", v.reported().presentValue().amount().toPlainString());
            g.writeStringField("source", rows.citation(v));
            end(g, l);
        });
    }

    /**
     * The record made ahead with its mark's members at its end: {@code "counted"} (a boolean) and, for a line left
     * out, {@code "countedUnder"}.
     */
    @Override
    String mark(String formatted, CountedMarks.Mark mark) {
        // {"counted":…,"countedUnder":…}\n by the same generator rules, spliced in place of the record's "}\n"
        String members = marks.take(() -> {
            marks.g.writeStartObject();
            marks.g.writeBooleanField("counted", mark.counted());
            if (mark.countedUnder() != null) {
                marks.g.writeStringField("countedUnder", mark.countedUnder());
            }
            marks.g.writeEndObject();
        });
        return formatted.substring(0, formatted.length() - 2) + "," + members.substring(1);
    }

    @Override
    public String format(CommitmentLine l, UnvaluedLine u) {
        Record r = records.get();
        JsonGenerator g = r.g;
        return r.take(() -> {
            start(g, l, u.unit().id());
            if (l.deadweight().isPresent()) {
                g.writeStringField("deadweight", l.deadweight().get().toPlainString());
            }
            g.writeStringField("unvalued", u.reason());
            end(g, l);
        });
    }

    private void start(JsonGenerator g, CommitmentLine l, String unit) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("measure", l.measure().value());
        g.writeStringField("theme", rows.theme(l.measure()));
        g.writeStringField("quantity", l.quantity().toPlainString());
        g.writeStringField("unit", unit);
        g.writeNumberField("startYear", l.startYear());
        g.writeNumberField("duration", l.duration());
        g.writeStringField("currency", currency);
        g.writeStringField("priceYear", priceYear);
    }

    private static void end(JsonGenerator g, CommitmentLine l) throws IOException {
        decimal(g, "displacement", l.displacement());
        decimal(g, "attribution", l.attribution());
        decimal(g, "dropOff", l.dropOff());
        if (l.evidence().isPresent()) {
            g.writeStringField("evidence", l.evidence().get());
        }
        if (l.countedSeparately().isPresent()) {
            g.writeStringField("countedSeparately", l.countedSeparately().get());
        }
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeStringField(name, value.toPlainString());
    }
}
