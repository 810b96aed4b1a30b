package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.catalog.json.ValuationDtos.CommitmentDto;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Internal codec of the commitment lines format: one commitment object per line of a JSON Lines file, each
 * exactly an element of {@code commitments} in {@code svtoms-valuation-request/1}, read with the same rules
 * (the same checks, the same messages) against a request's catalogue and currency, under the limits of
 * {@link RecordReading}; and written one object per line, members in the request format's order, with
 * Jackson's generator. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommitmentLinesCodec {
    /** The longest record, in bytes, without its line end. */
    public static final int MAX_RECORD_BYTES = RecordReading.MAX_RECORD_BYTES;
    /** The deepest nesting of objects and arrays in a record. */
    public static final int MAX_NESTING_DEPTH = RecordReading.MAX_NESTING_DEPTH;
    /** The longest JSON number token, in characters. */
    public static final int MAX_NUMBER_LENGTH = StrictJson.MAX_NUMBER_LENGTH;

    private static final JsonFactory WRITER = JsonFactory.builder().build();

    private CommitmentLinesCodec() {
    }

    /**
     * Reads one record.
     *
     * @param file the file name quoted in problems
     * @param line the record's 1-based line (0 when unknown)
     * @param bytes the record's bytes from index 0, without the line end
     * @param length how many bytes the record has
     * @param settings the request whose catalogue the measures must be in and whose currency inline proxies are in
     * @return the line
     * @throws CatalogueFormatException listing every problem of the record, each at its line
     */
    public static CommitmentLine read(String file, int line, byte[] bytes, int length, ValuationRequest settings) {
        if (line == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new CatalogueFormatException(List.of(new Problem(file, 1, 1, "$",
                    "a byte-order mark is not allowed: save the file as UTF-8 without a BOM")));
        }
        RecordReading reading = new RecordReading(file, line, bytes, length, "one commitment object");
        CommitmentDto dto = reading.bind(CommitmentDto.class);
        CommitmentLine l = ValuationRequestCodec.line(new Fields(reading), "$", dto, settings.currency(),
                settings.catalogue());
        reading.throwIfProblems();
        return l;
    }

    /**
     * The problem of a record longer than the limit.
     *
     * @param file the file name
     * @param line the record's line
     * @return the exception to throw
     */
    public static CatalogueFormatException tooLong(String file, int line) {
        return new CatalogueFormatException(List.of(new Problem(file, line, MAX_RECORD_BYTES + 1, "$",
                "line longer than " + MAX_RECORD_BYTES + " bytes: a record holds one commitment object")));
    }

    /**
     * Writes one line as a record: a JSON object on one line (no line end), members in the order of the
     * request format, optional members omitted as the request writer omits them.
     *
     * @param l the line
     * @return the JSON text
     */
    public static String write(CommitmentLine l) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            g.writeStringField("measure", l.measure().value());
            decimal(g, "quantity", l.quantity());
            g.writeNumberField("startYear", l.startYear());
            g.writeNumberField("duration", l.duration());
            if (l.deadweight().isPresent()) {
                decimal(g, "deadweight", l.deadweight().get());
            }
            decimal(g, "displacement", l.displacement());
            decimal(g, "attribution", l.attribution());
            decimal(g, "dropOff", l.dropOff());
            if (l.proxy().isPresent()) {
                proxy(g, l.proxy().get());
            }
            if (l.evidence().isPresent()) {
                g.writeStringField("evidence", l.evidence().get());
            }
            if (l.countedSeparately().isPresent()) {
                g.writeStringField("countedSeparately", l.countedSeparately().get());
            }
            if (l.discountKind().isPresent()) {
                g.writeStringField("discountKind", l.discountKind().get().id());
            }
            if (l.wageArea().isPresent()) {
                g.writeStringField("wageArea", l.wageArea().get().id());
            }
            g.writeEndObject();
        } catch (IOException e) {
            // a generator over a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void proxy(JsonGenerator g, ProxyValue p) throws IOException {
        g.writeObjectFieldStart("proxy");
        decimal(g, "amount", p.amount().amount());
        g.writeStringField("priceYear", p.priceYear().toString());
        if (p.valueType() != ValueType.ECONOMIC) {
            g.writeStringField("valueType", p.valueType().id());
        }
        if (p.defaultDeadweight().isPresent()) {
            decimal(g, "defaultDeadweight", p.defaultDeadweight().get());
        }
        if (!p.provenance().equals(Provenance.suppliedInRequest())) {
            Provenance v = p.provenance();
            g.writeObjectFieldStart("provenance");
            g.writeStringField("source", v.source());
            g.writeStringField("publisher", v.publisher());
            g.writeStringField("edition", v.edition());
            if (v.url().isPresent()) {
                g.writeStringField("url", v.url().get());
            }
            g.writeStringField("licence", v.licence());
            g.writeStringField("evidence", v.evidence().id());
            if (v.reference().isPresent()) {
                g.writeStringField("reference", v.reference().get());
            }
            g.writeEndObject();
        }
        if (p.notes().isPresent()) {
            g.writeStringField("notes", p.notes().get());
        }
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeStringField(name, value.toPlainString());
    }
}
