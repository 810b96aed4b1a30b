package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of one file: checks the {@code format} tag, binds the rest into a DTO record with the strict
 * mapper, maps every Jackson failure to a {@link Problem} with file, line, column and path, and
 * collects the semantic problems the mapping phase finds.
 *
 * <p>A file is first bound from Jackson's parser with nothing recorded ({@link NoNulls}): most files are
 * valid. Where a value's position is needed — the first pass refused the file, or the mapping phase found
 * a problem — the bytes are read again through a {@link LocatingParser}, which knows the JSON path of every
 * token and where every value started. The first pass refuses everything the located pass refuses
 * ({@code null} tokens and repeated keys itself, unpaired surrogates through the mapper's string and key
 * deserializers), so a file is accepted or refused as by the located pass alone, and every problem is
 * reported as the located pass reports it.
 *
 * <p>Mutable, confined to one read on one thread. Public only for {@link #peekTag(InputStream, String)};
 * not exported.
 */
public final class Reading {
    private static final Pattern FORMAT = Pattern.compile("svtoms-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/([0-9]{1,9})");

    private final String file;
    /** The parser of the pass under way: Jackson's own, or a {@link LocatingParser} when positions are needed. */
    private JsonParser parser;
    /** The pass that located every value, once one was made. */
    private LocatingParser located;
    /** The bytes of the document, once bound. */
    private Utf8Guard document;
    private final List<Problem> problems = new ArrayList<>();

    /** Jackson refused the file in the first pass: it is read again, locating every value. */
    private static final class LocateAndReport extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LocateAndReport() {
            super(null, null, false, false);
        }
    }

    Reading(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /**
     * Reads the document: a top-level object whose first member is {@code "format": "svtoms-KIND/1"},
     * the rest bound into {@code type}.
     *
     * @param in the bytes (not closed here)
     * @param kind the expected kind, e.g. {@code catalogue}
     * @param type the DTO record type for the members after {@code format}
     * @param empty the DTO to use when the document has no other member
     * @return the bound DTO
     * @throws CatalogueFormatException for any syntax or binding problem (fatal: reported alone)
     */
    <T> T bind(InputStream in, String kind, Class<T> type, T empty) {
        Utf8Guard guard = new Utf8Guard(in);
        try {
            return bind(guard, kind, type, empty, false);
        } catch (LocateAndReport e) {
            // the bytes read so far, then the rest of the stream: the same input, from its start
            return bind(new Utf8Guard(new SequenceInputStream(guard.replay(), in)), kind, type, empty, true);
        }
    }

    private <T> T bind(Utf8Guard guard, String kind, Class<T> type, T empty, boolean locate) {
        try (JsonParser p = StrictJson.mapper().createParser(guard)) {
            parser = locate ? new LocatingParser(p) : new NoNulls(p);
            if (!locate) {
                // NoNulls finds duplicate keys without a hash set per object
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            located = locate ? (LocatingParser) parser : null;
            JsonToken t = parser.nextToken();
            if (t == null) {
                throw fatal("$", LocatingParser.Position.START, "empty file: expected a JSON object with \"format\": \"svtoms-"
                        + kind + "/1\"");
            }
            if (t != JsonToken.START_OBJECT) {
                throw fatal("$", here(), "expected a JSON object at the top level, found " + StrictJson.describe(t));
            }
            t = parser.nextToken();
            if (t != JsonToken.FIELD_NAME || !"format".equals(parser.currentName())) {
                throw fatal("$", here(), "the first member must be \"format\": \"svtoms-" + kind + "/1\"");
            }
            t = parser.nextToken();
            if (t != JsonToken.VALUE_STRING) {
                throw fatal("$.format", here(), "expected the format tag as a JSON string, found " + StrictJson.describe(t));
            }
            checkFormat(parser.getText(), kind);
            parser.nextToken();
            T dto = StrictJson.mapper().readValue(parser, type);
            if (parser.nextToken() != null) {
                throw fatal("$", here(), "trailing content after the top-level object");
            }
            document = guard;
            return dto == null ? empty : dto;
        } catch (CatalogueFormatException e) {
            if (!locate) {
                // a null or a half character where the tag belongs is reported as such by the located pass
                throw new LocateAndReport();
            }
            throw e;
        } catch (Utf8Guard.MalformedException e) {
            throw fatal("$", e.position(), e.getMessage(), e);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Utf8Guard.MalformedException m) {
                throw fatal("$", m.position(), m.getMessage(), m);
            }
            if (!locate) {
                throw new LocateAndReport();
            }
            throw translate(e);
        } catch (IOException e) {
            throw fatal("$", LocatingParser.Position.START, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The value of the top-level {@code "format"} member, read without the rest of the format's rules
     * (members before it are skipped); the bytes after it are not read.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the tag as written
     * @throws CatalogueFormatException when the document is malformed before the tag, is not an object,
     *         or has no {@code "format"} string
     */
    public static String peekTag(InputStream in, String file) {
        Reading r = new Reading(file);
        try (JsonParser p = StrictJson.mapper().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw r.fatal("$", LocatingParser.Position.START, t == null ? "the file is empty: expected a JSON object"
                        : "expected a JSON object, found " + StrictJson.describe(t));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("format".equals(name)) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw r.fatal("$.format", location(p.currentTokenLocation()), "expected a string, found "
                                + StrictJson.describe(v));
                    }
                    return p.getText();
                }
                p.skipChildren();
            }
            throw r.fatal("$", LocatingParser.Position.START, "no \"format\" member: cannot tell which svtoms format this is");
        } catch (JsonProcessingException e) {
            throw r.fatal("$", location(e.getLocation()), "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw r.fatal("$", LocatingParser.Position.START, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The parser of the first pass: Jackson's own, refusing {@code null} tokens (never valid in svtoms files,
     * where optional members are omitted) and a key given twice in one object; the located pass reports
     * either at its path. Duplicate keys are found with a 64-bit mask of key hashes per open object, comparing
     * keys only when a hash bit is already set.
     */
    private static final class NoNulls extends TokenParser {
        /** The keys of the open objects, innermost last. */
        private String[] keys = new String[64];
        private int keyCount;
        /** Per open object: where its keys start, and the mask of their hashes. */
        private final int[] starts = new int[StrictJson.MAX_NESTING_DEPTH + 2];
        private final long[] masks = new long[StrictJson.MAX_NESTING_DEPTH + 2];
        private int depth;

        NoNulls(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.FIELD_NAME) {
                key(delegate.currentName());
            } else if (t == JsonToken.START_OBJECT) {
                starts[depth] = keyCount;
                masks[depth++] = 0;
            } else if (t == JsonToken.END_OBJECT) {
                keyCount = starts[--depth];
            } else if (t == JsonToken.VALUE_NULL) {
                throw new JsonParseException(this, "null is not allowed");
            }
            return t;
        }

        private void key(String key) throws JsonParseException {
            int top = depth - 1;
            long bit = 1L << key.hashCode();
            if ((masks[top] & bit) != 0) {
                for (int i = starts[top]; i < keyCount; i++) {
                    if (keys[i].equals(key)) {
                        throw new JsonParseException(this, "duplicate key '" + key + "'");
                    }
                }
            }
            masks[top] |= bit;
            if (keyCount == keys.length) {
                keys = java.util.Arrays.copyOf(keys, keyCount * 2);
            }
            keys[keyCount++] = key;
        }
    }

    private void checkFormat(String tag, String kind) {
        Matcher m = FORMAT.matcher(tag);
        String expected = "svtoms-" + kind + "/1";
        if (!m.matches()) {
            throw fatal("$.format", here(), "invalid format tag '" + tag + "': expected '" + expected + "'");
        }
        if (!m.group(1).equals(kind)) {
            throw fatal("$.format", here(), "this is a '" + tag + "' file: expected '" + expected + "'");
        }
        if (!m.group(2).equals("1")) {
            throw fatal("$.format", here(), "unsupported major version " + m.group(2) + " of svtoms-" + kind
                    + " ('" + tag + "'): this reader knows version 1 only");
        }
    }

    private LocatingParser.Position here() {
        return LocatingParser.position(parser.currentTokenLocation());
    }

    /** Reports a failure of the located pass, at the path its parser was reading. */
    private CatalogueFormatException translate(JsonProcessingException error) {
        // a syntax error met while binding arrives wrapped in a mapping exception: report the syntax error
        // itself, at its own line and column (the wrapper's position is the value read before it)
        JsonProcessingException e = error instanceof JsonMappingException && error.getCause() instanceof StreamReadException syntax
                && !(syntax instanceof LocatingParser.NullValueException) ? syntax : error;
        LocatingParser parser = located;
        String path = parser == null ? "$" : parser.path();
        String message;
        LocatingParser.Position at;
        if (e instanceof JsonMappingException m) {
            if (parser == null) {
                path = path(m.getPath());
            }
            if (e instanceof UnrecognizedPropertyException u) {
                message = "unknown member '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
                if (!path.endsWith("." + u.getPropertyName())) {
                    path = path + "." + u.getPropertyName();
                }
            } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null
                    && !isScalar(mi.getTargetType()) && mi.getOriginalMessage().startsWith("Cannot deserialize")) {
                message = (Collection.class.isAssignableFrom(mi.getTargetType()) ? "expected an array" : "expected an object")
                        + ", found " + StrictJson.describe(parser == null ? null : parser.currentToken());
            } else if (mi(e) && m.getOriginalMessage().startsWith("Trailing token")) {
                message = "trailing content after the top-level object";
                path = "$";
            } else {
                message = firstLine(m.getOriginalMessage());
            }
            at = parser == null || e instanceof UnrecognizedPropertyException || path.equals("$")
                    ? location(e.getLocation()) : parser.positionOf(path);
        } else {
            message = firstLine(e.getOriginalMessage());
            if (e instanceof LocatingParser.NullValueException) {
                at = parser.positionOf(path);
            } else {
                at = location(e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation());
            }
        }
        if (message.startsWith("Duplicate field ")) {
            message = "duplicate member " + message.substring("Duplicate field ".length());
            at = location(parser.currentLocation());
        }
        return fatal(path, at, SOURCE.matcher(message).replaceAll("["), e);
    }

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private static boolean mi(JsonProcessingException e) {
        return e instanceof MismatchedInputException;
    }

    private static boolean isScalar(Class<?> type) {
        return type == String.class || type == Integer.class || type == int.class || type == Boolean.class
                || type == boolean.class;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<String> names = ids.stream().map(String::valueOf).sorted().toList();
        return ": allowed members are " + String.join(", ", names);
    }

    private static LocatingParser.Position location(JsonLocation l) {
        return LocatingParser.position(l);
    }

    private static String firstLine(String message) {
        String m = message == null ? "malformed JSON" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private CatalogueFormatException fatal(String path, LocatingParser.Position at, String message) {
        return new CatalogueFormatException(List.of(new Problem(file, at.line(), at.column(), path, message)));
    }

    private CatalogueFormatException fatal(String path, LocatingParser.Position at, String message, Throwable cause) {
        return new CatalogueFormatException(new Problem(file, at.line(), at.column(), path, message), cause);
    }

    /**
     * Records a semantic problem at a path; its line and column are where that value started.
     *
     * @param path the JSON path
     * @param message the bad value and the rule
     */
    /**
     * A problem at a path of the document, with its line and column, without recording it (for a problem found
     * after the read, when the document is combined with its base).
     */
    io.github.svtoms.catalog.Problem at(String path, String message) {
        LocatingParser.Position at = located().positionOf(path);
        return new io.github.svtoms.catalog.Problem(file, at.line(), at.column(), path, message);
    }

    void problem(String path, String message) {
        LocatingParser.Position at = located().positionOf(path);
        problems.add(new Problem(file, at.line(), at.column(), path, message));
    }

    /** The located pass over the bound document, made on the first problem when the first pass was enough. */
    private LocatingParser located() {
        if (located == null) {
            try (JsonParser p = StrictJson.mapper().createParser(document.replay())) {
                LocatingParser l = new LocatingParser(p);
                while (l.nextToken() != null) {
                    // records where each value starts
                }
                located = l;
            } catch (IOException e) {
                // the same bytes were just bound without an error
                throw new UncheckedIOException("the document could not be read again", e);
            }
        }
        return located;
    }

    int problemCount() {
        return problems.size();
    }

    /**
     * Throws every semantic problem recorded, in document order, when there is any.
     *
     * @throws CatalogueFormatException listing them
     */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new CatalogueFormatException(sorted);
        }
    }
}
