package io.github.svtoms.ocds.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.svtoms.ocds.OcdsReader;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads OCDS JSON into Jackson trees: tolerant of what real notices contain (duplicate member names —
 * the last wins; several JSON values one after another, as in JSON Lines) but bounded by limits, and with
 * every number kept exact ({@code BigDecimal} with its scale, never {@code double}:
 * {@code USE_BIG_DECIMAL_FOR_FLOATS}, and trailing zeros kept — {@code STRIP_TRAILING_BIGDECIMAL_ZEROES} off,
 * the successor of {@code JsonNodeFactory.withExactBigDecimals(true)}).
 *
 * <p>The limits are those documented on {@link io.github.svtoms.ocds.OcdsReader}. A syntax error, a
 * limit exceeded or an I/O failure stops the reading of the stream; the values read before it are kept.
 *
 * <p>The mapper is immutable after construction and thread-safe.
 */
final class TolerantJson {

    private static final ObjectMapper MAPPER = create();

    private TolerantJson() {
    }

    /** The JSON values read from a stream, and the problem that stopped the reading, if any. */
    record Roots(List<JsonNode> values, Optional<Reason> problem) {
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(OcdsReader.MAX_NESTING_DEPTH)
                        .maxStringLength(OcdsReader.MAX_STRING_LENGTH)
                        .maxNumberLength(OcdsReader.MAX_NUMBER_LENGTH)
                        .maxNameLength(OcdsReader.MAX_NAME_LENGTH)
                        .maxDocumentLength(OcdsReader.MAX_DOCUMENT_LENGTH)
                        .build())
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
        return JsonMapper.builder(factory)
                // exact numbers: since Jackson 2.15 this feature replaces JsonNodeFactory.withExactBigDecimals(true)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    /**
     * Reads every JSON value of a stream.
     *
     * @param in the stream, not closed here
     * @return the values and the problem that stopped the reading, if any
     */
    static Roots read(InputStream in) {
        List<JsonNode> values = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(in);
             MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(parser)) {
            while (it.hasNextValue()) {
                values.add(it.nextValue());
            }
            return new Roots(values, Optional.empty());
        } catch (StreamConstraintsException e) {
            return new Roots(values, Optional.of(problem(ReasonKind.LIMIT_EXCEEDED, e, values.size())));
        } catch (JsonProcessingException e) {
            return new Roots(values, Optional.of(problem(ReasonKind.NOT_JSON, e, values.size())));
        } catch (IOException e) {
            return new Roots(values, Optional.of(new Reason(ReasonKind.UNREADABLE,
                    Texts.shorten(String.valueOf(e.getMessage()), 200), failedAt(values.size()))));
        } catch (RuntimeException e) {
            // Jackson wraps some stream failures (e.g. a malformed UTF-8 sequence inside a value) unchecked
            Throwable cause = e.getCause();
            ReasonKind kind = cause instanceof StreamConstraintsException ? ReasonKind.LIMIT_EXCEEDED
                    : cause instanceof JsonProcessingException ? ReasonKind.NOT_JSON : ReasonKind.UNREADABLE;
            return new Roots(values, Optional.of(new Reason(kind, Texts.shorten(String.valueOf(
                    cause == null ? e.getMessage() : cause.getMessage()), 200), failedAt(values.size()))));
        }
    }

    private static Reason problem(ReasonKind kind, JsonProcessingException e, int read) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Reason(kind, Texts.shorten(String.valueOf(e.getOriginalMessage()), 200) + where, failedAt(read));
    }

    /** The path of the value that failed after {@code read} values were read. */
    private static String failedAt(int read) {
        return read == 0 ? "$" : rootPath(read, read + 1);
    }

    /**
     * The path of the {@code index}-th JSON value (from 0) of a stream holding {@code count} of them:
     * {@code $} for the only one, {@code $<2>} for the third of several.
     */
    static String rootPath(int index, int count) {
        return count <= 1 ? "$" : "$<" + index + ">";
    }
}
