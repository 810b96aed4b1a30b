package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
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
 * <p>Mutable, confined to one read on one thread. Public only for {@link #peekTag(InputStream, String)};
 * not exported.
 */
public final class Reading {
    private static final Pattern FORMAT = Pattern.compile("svtoms-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/([0-9]{1,9})");

    private final String file;
    private LocatingParser parser;
    private final List<Problem> problems = new ArrayList<>();

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
        try (JsonParser p = StrictJson.mapper().createParser(new Utf8Guard(in))) {
            parser = new LocatingParser(p);
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
            return dto == null ? empty : dto;
        } catch (CatalogueFormatException e) {
            throw e;
        } catch (Utf8Guard.MalformedException e) {
            throw fatal("$", e.position(), e.getMessage(), e);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Utf8Guard.MalformedException m) {
                throw fatal("$", m.position(), m.getMessage(), m);
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

    private CatalogueFormatException translate(JsonProcessingException error) {
        // a syntax error met while binding arrives wrapped in a mapping exception: report the syntax error
        // itself, at its own line and column (the wrapper's position is the value read before it)
        JsonProcessingException e = error instanceof JsonMappingException && error.getCause() instanceof StreamReadException syntax
                && !(syntax instanceof LocatingParser.NullValueException) ? syntax : error;
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
    void problem(String path, String message) {
        LocatingParser.Position at = parser.positionOf(path);
        problems.add(new Problem(file, at.line(), at.column(), path, message));
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
