package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;

/**
 * The one strict Jackson configuration every svtoms codec reads with. Package-private: Jackson never
 * shows in the API.
 *
 * <p>Limits: nesting depth {@value #MAX_NESTING_DEPTH}, number length {@value #MAX_NUMBER_LENGTH}
 * characters, string length {@value #MAX_STRING_LENGTH} characters, document {@value #MAX_DOCUMENT_LENGTH}
 * bytes. Duplicate keys, trailing tokens and unknown properties are errors ({@code null} tokens are
 * refused by the parsers {@link Reading} reads with), and so is a string or map key holding half a
 * surrogate pair ({@link #unpairedSurrogate(String)}). A scalar is
 * never coerced into another type (the module's own deserializers accept a string only from a JSON
 * string, an integer only from an integer token within {@code int} range, a boolean only from
 * {@code true}/{@code false}); floats would be read as {@code BigDecimal}; no default typing. The input
 * stream is never closed by the parser.
 *
 * <p>The mapper is immutable after construction and thread-safe.
 */
final class StrictJson {
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_STRING_LENGTH = 1 << 20;
    static final long MAX_DOCUMENT_LENGTH = 16L << 20;

    private static final ObjectMapper MAPPER = create();

    private StrictJson() {
    }

    /** @return the shared strict mapper */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .build();
        SimpleModule strict = new SimpleModule("svtoms-strict-scalars");
        strict.addDeserializer(String.class, new StrictString());
        strict.addKeyDeserializer(String.class, new WholeKey());
        strict.addDeserializer(Integer.class, new StrictInt());
        strict.addDeserializer(Integer.TYPE, new StrictInt());
        strict.addDeserializer(Boolean.class, new StrictBoolean());
        strict.addDeserializer(Boolean.TYPE, new StrictBoolean());
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(strict)
                .build();
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** A string only from a JSON string token, and only whole characters. */
    private static final class StrictString extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.reportInputMismatch(String.class,
                        "expected a JSON string, found %s", describe(p.currentToken()));
            }
            return whole(p, p.getText());
        }
    }

    /** A map key of whole characters. */
    private static final class WholeKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return whole(ctxt.getParser(), key);
        }
    }

    /**
     * The text, when it holds no half of a surrogate pair.
     *
     * @param p the parser it was read from, for the error's location
     * @param text a string or key
     * @return the text
     * @throws JsonParseException naming the half character
     */
    static String whole(JsonParser p, String text) throws JsonParseException {
        String problem = unpairedSurrogate(text);
        if (problem != null) {
            throw new JsonParseException(p, problem);
        }
        return text;
    }

    /**
     * A {@code \\uD800} escape without its pair decodes to half a character, which no writer can reproduce.
     *
     * @param text a string or key as decoded
     * @return the problem, or {@code null} when every surrogate is paired
     */
    static String unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                return String.format("invalid string: unpaired surrogate \\u%04X (a \\u escape must encode a whole character;"
                        + " use a pair for characters above U+FFFF)", (int) c);
            }
        }
        return null;
    }

    /** An int only from an integer token that fits in an {@code int}; a float token is never read. */
    private static final class StrictInt extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Integer) ctxt.reportInputMismatch(Integer.class,
                        "expected a JSON integer, found %s", describe(p.currentToken()));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) ctxt.reportInputMismatch(Integer.class,
                        "integer %s out of range: must be between %d and %d", p.getText(), Integer.MIN_VALUE,
                        Integer.MAX_VALUE);
            }
            return p.getIntValue();
        }
    }

    /** A boolean only from {@code true} or {@code false}. */
    private static final class StrictBoolean extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                return (Boolean) ctxt.reportInputMismatch(Boolean.class,
                        "expected true or false, found %s", describe(t));
            }
            return t == JsonToken.VALUE_TRUE;
        }
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
