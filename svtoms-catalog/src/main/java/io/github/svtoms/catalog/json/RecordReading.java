package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One record of a line-oriented format: one JSON object on one line of a JSON Lines file. Checks the bytes
 * (well-formed UTF-8), binds the object into a DTO record with the strict mapper under the record limits,
 * maps every Jackson failure to a {@link Problem} at the record's line, and collects the semantic problems
 * the mapping phase finds ({@link ProblemSink}), each at the line of the record and the column where the
 * value starts.
 *
 * <p>Limits per record: {@value #MAX_RECORD_BYTES} bytes (checked by the reader that splits the lines),
 * nesting depth {@value #MAX_NESTING_DEPTH}, numbers of {@value StrictJson#MAX_NUMBER_LENGTH} characters;
 * the decimal rule of the formats bounds every decimal to 30 integer and 20 fraction digits.
 *
 * <p>Mutable, confined to one record on one thread.
 */
final class RecordReading implements ProblemSink {
    /** The longest record, in bytes, without its line end. */
    static final int MAX_RECORD_BYTES = 64 * 1024;
    /** The deepest nesting of objects and arrays in a record (a commitment with an inline proxy needs 3). */
    static final int MAX_NESTING_DEPTH = 8;

    /** Jackson's parsers for records: the strict features of {@link StrictJson} with the record limits. */
    private static final JsonFactory RECORDS = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(StrictJson.MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_RECORD_BYTES)
                    .maxDocumentLength(MAX_RECORD_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; (line: )");
    private static final Pattern CONSTRAINT_ORIGIN = Pattern.compile(", from `StreamReadConstraints[^`]*`\\)");

    private final String file;
    private final int line;
    private final byte[] bytes;
    private final int length;
    private final String what;
    private LocatingParser parser;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * A record to read.
     *
     * @param file the file name quoted in problems
     * @param line the record's 1-based line in the file (0 when beyond {@code int})
     * @param bytes the record's bytes, from index 0, without its line end
     * @param length how many bytes of {@code bytes} the record has
     * @param what what one record holds, for messages, e.g. {@code "one commitment object"}
     */
    RecordReading(String file, int line, byte[] bytes, int length, String what) {
        this.file = file;
        this.line = line;
        this.bytes = bytes;
        this.length = length;
        this.what = what;
    }

    /**
     * Binds the record: a JSON object on its own, nothing after it. Most records are valid: they are bound from
     * Jackson's parser with nothing recorded; a record refused there is bound again through a
     * {@link LocatingParser}, which knows the JSON path and column of every value, to report why.
     *
     * @param type the DTO record type
     * @return the DTO
     * @throws CatalogueFormatException for any byte, syntax or binding problem (fatal: reported alone)
     */
    <T> T bind(Class<T> type) {
        checkUtf8();
        T dto = quick(type);
        return dto != null ? dto : located(type);
    }

    /**
     * The first pass: refuses all that the located pass refuses ({@code null}, half a surrogate pair, and what
     * Jackson refuses with the same factory and mapper), and records nothing.
     *
     * @return the DTO, or null when the record is refused
     */
    private <T> T quick(Class<T> type) {
        try (JsonParser p = new Refusing(RECORDS.createParser(bytes, 0, length))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            T dto = StrictJson.mapper().readValue(p, type);
            return p.nextToken() == null ? dto : null;
        } catch (IOException | RuntimeException refused) {
            // reported by the located pass
            return null;
        }
    }

    /** The located pass: the same binding, every value's position recorded, every failure translated. */
    private <T> T located(Class<T> type) {
        try (JsonParser p = RECORDS.createParser(bytes, 0, length)) {
            parser = new LocatingParser(p);
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw fatal("$", t == null ? 1 : column(parser.currentTokenLocation()), t == null
                        ? "empty line: expected " + what + " on each line"
                        : "expected " + what + " on the line, found " + StrictJson.describe(t));
            }
            T dto = StrictJson.mapper().readValue(parser, type);
            if (parser.nextToken() != null) {
                throw fatal("$", column(parser.currentTokenLocation()), "trailing content after the object: one "
                        + "record per line");
            }
            return dto;
        } catch (CatalogueFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            // a parser over bytes in memory reads nothing else
            throw fatal("$", 1, "cannot read the record: " + e.getMessage());
        }
    }

    /** The positions of the record's values, for a problem found after a quick binding. */
    private LocatingParser positions() {
        if (parser == null) {
            try (JsonParser p = RECORDS.createParser(bytes, 0, length)) {
                LocatingParser l = new LocatingParser(p);
                while (l.nextToken() != null) {
                    // records where each value starts
                }
                parser = l;
            } catch (IOException e) {
                // the same bytes were just bound without a problem
                throw new UncheckedIOException("the record could not be read again", e);
            }
        }
        return parser;
    }

    /**
     * Jackson's parser, refusing a {@code null} token and a string or member name with half a surrogate pair
     * ({@link StrictJson#unpairedSurrogate(String)}), as the {@link LocatingParser} does.
     */
    private static final class Refusing extends TokenParser {
        Refusing(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                throw new JsonParseException(this, "null");
            }
            if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                StrictJson.whole(this, delegate.getText());
            }
            return t;
        }
    }

    /** Well-formed UTF-8: any byte above 0x7F is checked by a strict decoder (overlong forms, surrogates, ...). */
    private void checkUtf8() {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
                try {
                    CoderResult r = d.decode(in, java.nio.CharBuffer.allocate(length), true);
                    if (r.isError()) {
                        throw fatal("$", in.position() + 1, "invalid UTF-8: byte " + String.format("0x%02X",
                                bytes[in.position()] & 0xFF) + " (overlong form, encoded surrogate or broken sequence);"
                                + " the file must be UTF-8");
                    }
                    r = d.flush(java.nio.CharBuffer.allocate(1));
                    if (r.isError()) {
                        r.throwException();
                    }
                } catch (CharacterCodingException e) {
                    throw fatal("$", length, "invalid UTF-8 at the end of the line; the file must be UTF-8");
                }
                return;
            }
        }
    }

    private static int column(JsonLocation l) {
        return LocatingParser.position(l).column();
    }

    /** Reports a Jackson failure at the path the parser was reading. */
    private CatalogueFormatException translate(JsonProcessingException error) {
        // a syntax error met while binding arrives wrapped in a mapping exception: report the syntax error itself
        JsonProcessingException e = error instanceof JsonMappingException && error.getCause() instanceof StreamReadException s
                && !(s instanceof LocatingParser.NullValueException) ? s : error;
        String path = parser == null ? "$" : parser.path();
        String message;
        int column;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown member '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
            if (!path.endsWith("." + u.getPropertyName())) {
                path = path + "." + u.getPropertyName();
            }
            column = column(e.getLocation());
        } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null && !scalar(mi.getTargetType())
                && mi.getOriginalMessage().startsWith("Cannot deserialize")) {
            message = (Collection.class.isAssignableFrom(mi.getTargetType()) ? "expected an array" : "expected an object")
                    + ", found " + StrictJson.describe(parser.currentToken());
            column = parser.positionOf(path).column();
        } else if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith("Trailing token")) {
            message = "trailing content after the object: one record per line";
            path = "$";
            column = column(e.getLocation());
        } else if (e instanceof JsonMappingException m) {
            message = firstLine(m.getOriginalMessage());
            column = path.equals("$") ? column(e.getLocation()) : parser.positionOf(path).column();
        } else if (e instanceof LocatingParser.NullValueException) {
            message = firstLine(e.getOriginalMessage());
            column = parser.positionOf(path).column();
        } else {
            message = CONSTRAINT_ORIGIN.matcher(firstLine(e.getOriginalMessage())).replaceAll(")");
            column = column(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
        }
        if (message.startsWith("Duplicate field '")) {
            String name = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
            message = "duplicate member '" + name + "'";
            // the parser is still at the member before the repeated one
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = (cut > 0 ? path.substring(0, cut) : "$") + "." + name;
            column = column(parser.currentLocation());
        }
        return new CatalogueFormatException(new Problem(file, line, Math.max(1, column), path,
                SOURCE.matcher(message).replaceAll("[$1")), e);
    }

    private static boolean scalar(Class<?> type) {
        return type == String.class || type == Integer.class || type == int.class || type == Boolean.class
                || type == boolean.class;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return ": allowed members are " + String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    private static String firstLine(String message) {
        String m = message == null ? "malformed JSON" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private CatalogueFormatException fatal(String path, int column, String message) {
        return new CatalogueFormatException(List.of(new Problem(file, line, Math.max(1, column), path, message)));
    }

    @Override
    public void problem(String path, String message) {
        problems.add(new Problem(file, line, positions().positionOf(path).column(), path, message));
    }

    @Override
    public int problemCount() {
        return problems.size();
    }

    /**
     * Throws every semantic problem recorded, in column order, when there is any.
     *
     * @throws CatalogueFormatException listing them, all at this record's line
     */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::column));
            throw new CatalogueFormatException(sorted);
        }
    }
}
