package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one Jackson configuration every svtoms writer uses: the package-private DTO records serialized
 * in their component order, {@code null} components omitted, in the canonical layout — two-space
 * indentation, one member or element per line, {@code "name": value}, empty containers as {@code []} /
 * {@code {}}, strings as UTF-8 with only the characters JSON requires escaped (control characters
 * other than {@code \b \t \n \f \r} as a six-character escape with lowercase hexadecimal digits), a
 * final newline. Decimals are held by the DTOs as strings in plain notation with their exact scale
 * ({@link #decimal(BigDecimal)}).
 *
 * <p>The writer is immutable and thread-safe.
 */
final class JsonOut {
    private static final ObjectWriter WRITER = create();
    /** {@link #WRITER} for a caller's writer, which it must not close. */
    private static final ObjectWriter STREAMING = WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonOut() {
    }

    private static ObjectWriter create() {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return mapper.writer(printer);
    }

    /** A document: its {@code format} tag first, then the members of its DTO record. */
    private record Tagged(String format, @JsonUnwrapped Object document) {
    }

    /**
     * Writes a document in the canonical layout.
     *
     * @param format the format tag, e.g. {@code svtoms-catalogue/1}, written as the first member
     * @param document the DTO record whose components are the other members, in order
     * @return the JSON text, ending with a newline
     */
    static String write(String format, Object document) {
        try {
            return WRITER.writeValueAsString(new Tagged(format, document)) + "\n";
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a rule broken by a value made while writing (a lazy element)
            }
            throw new IllegalStateException("cannot write " + format + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            // the DTOs hold only strings, integers, booleans, lists, maps and records: never reached
            throw new IllegalStateException("cannot write " + format + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a document in the canonical layout to a writer, as it goes: the text is never held whole (the same
     * bytes as {@link #write(String, Object)}; a {@link #lazy lazy} list makes its elements one at a time).
     *
     * @param format the format tag
     * @param document the DTO record
     * @param out where to write; flushed, not closed
     * @throws java.io.IOException when writing fails
     */
    static void write(String format, Object document, java.io.Writer out) throws java.io.IOException {
        try {
            STREAMING.writeValue(out, new Tagged(format, document));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a rule broken by a value made while writing (a lazy element), as write(String, Object) throws it
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }

    /**
     * A list whose elements are made when they are read, for documents written as they go: one element exists at
     * a time while {@link #write(String, Object, java.io.Writer)} writes it.
     *
     * @param source the values
     * @param map how an element is made
     * @return the read-only view
     */
    static <S, D> List<D> lazy(List<S> source, java.util.function.Function<S, D> map) {
        return new java.util.AbstractList<>() {
            @Override
            public D get(int index) {
                return map.apply(source.get(index));
            }

            @Override
            public int size() {
                return source.size();
            }
        };
    }

    /** @return the decimal in plain notation with its exact scale */
    static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    /** @return the optional decimal in plain notation, or {@code null} (omitted) when empty */
    static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    /** @return the text, or {@code null} (omitted) when it is empty */
    static String text(String value) {
        return value.isEmpty() ? null : value;
    }

    /** @return the list, or {@code null} (omitted) when it is empty */
    static <T> List<T> nonEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }

    /** @return the map, or {@code null} (omitted) when it is empty */
    static <K, V> Map<K, V> nonEmpty(Map<K, V> values) {
        return values.isEmpty() ? null : values;
    }

    /** @return {@code true}, or {@code null} (omitted) for {@code false} */
    static Boolean ifTrue(boolean value) {
        return value ? Boolean.TRUE : null;
    }
}
