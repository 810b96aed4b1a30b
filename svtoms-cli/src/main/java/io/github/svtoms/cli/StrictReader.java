package io.github.svtoms.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small strict reader for the CLI's own flat formats (such as {@code svtoms-lm3/1}), with the catalog
 * module's rules and limits: nesting depth 64, numbers 40 characters, strings 1 MiB, duplicate keys,
 * comments, trailing commas and trailing content rejected; decimals are JSON strings matching the svtoms
 * decimal pattern; {@code null} and unknown members are errors. Every problem carries file, line, column
 * and JSON path. Reads a document of nested objects whose leaves are strings into a map of
 * {@code JSON path → (value, location)}. Not thread-safe; one per read.
 */
final class StrictReader {
    private static final Pattern DECIMAL = Pattern.compile("^-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,20})?$");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(40)
                    .maxStringLength(1 << 20).maxDocumentLength(16L << 20).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /** A string leaf and where it is. */
    record Leaf(String value, int line, int column) {
    }

    private final Input input;
    private final Map<String, Leaf> leaves = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, JsonLocation> seen = new LinkedHashMap<>();

    private StrictReader(Input input) {
        this.input = input;
    }

    /**
     * Reads a document of nested objects with string leaves, checking members against {@code allowed}
     * (JSON paths of every permitted leaf and object, e.g. {@code $.rounds.r1}).
     */
    static StrictReader read(Input input, Set<String> allowed) {
        StrictReader r = new StrictReader(input);
        try (JsonParser p = FACTORY.createParser(input.bytes())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw r.fatal(1, 1, "$", "the file is empty: expected a JSON object");
            }
            if (t != JsonToken.START_OBJECT) {
                throw r.fatal(p.currentTokenLocation(), "$", "expected a JSON object, found " + describe(t));
            }
            r.object(p, "$", allowed);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw r.fatal(p.currentTokenLocation(), "$", "unexpected content after the end of the document");
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw r.fatal(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "$",
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw r.fatal(0, 0, "$", "cannot read: " + e.getMessage());
        }
        return r;
    }

    private void object(JsonParser p, String path, Set<String> allowed) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        seen.putIfAbsent(path, start);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String child = path + "." + name;
            JsonToken v = p.nextToken();
            JsonLocation at = p.currentTokenLocation();
            seen.put(child, at);
            if (!allowed.contains(child)) {
                problem(at, child, "unknown member '" + name + "'");
                p.skipChildren();
            } else if (v == JsonToken.START_OBJECT) {
                object(p, child, allowed);
            } else if (v == JsonToken.VALUE_STRING) {
                leaves.put(child, new Leaf(p.getText(), at.getLineNr(), at.getColumnNr()));
            } else {
                problem(at, child, "expected a string, found " + describe(v));
                p.skipChildren();
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw fatal(p.currentTokenLocation(), path, "malformed object starting at line " + start.getLineNr());
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
    }

    private void problem(JsonLocation l, String path, String message) {
        problems.add(new Problem(input.name(), l.getLineNr(), l.getColumnNr(), path, message));
    }

    private CatalogueFormatException fatal(JsonLocation l, String path, String message) {
        return fatal(l.getLineNr(), l.getColumnNr(), path, message);
    }

    private CatalogueFormatException fatal(int line, int column, String path, String message) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(input.name(), Math.max(0, line), Math.max(0, column), path, message));
        return new CatalogueFormatException(all);
    }

    /** A required string member; records a problem and returns null when it is missing. */
    String text(String path) {
        Leaf l = leaves.get(path);
        if (l == null) {
            if (!seen.containsKey(path)) {
                String parent = path.substring(0, path.lastIndexOf('.'));
                JsonLocation at = seen.get(parent);
                problems.add(new Problem(input.name(), at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                        parent, "missing required member '" + path.substring(path.lastIndexOf('.') + 1) + "'"));
            }
            return null;
        }
        return l.value();
    }

    /** An optional string member. */
    String optionalText(String path) {
        Leaf l = leaves.get(path);
        return l == null ? null : l.value();
    }

    /** A required decimal member (a JSON string in the svtoms decimal form); null after recording a problem. */
    BigDecimal decimal(String path) {
        String s = text(path);
        if (s == null) {
            return null;
        }
        if (!DECIMAL.matcher(s).matches()) {
            report(path, "'" + s + "' is not a decimal string of the form -?digits[.digits] (e.g. \"1250000.00\")");
            return null;
        }
        return new BigDecimal(s);
    }

    /** Records a problem at a member (or at the start of the file when the member is absent). */
    void report(String path, String message) {
        Leaf l = leaves.get(path);
        problems.add(new Problem(input.name(), l == null ? 1 : l.line(), l == null ? 1 : l.column(), path, message));
    }

    /** Throws every problem recorded, if any. */
    void finish() {
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(problems);
        }
    }

    /**
     * The value of the top-level {@code "format"} member, read without the rest of the format's rules; a
     * malformed document or a missing tag is reported as a problem.
     */
    static String formatTag(Input input) {
        StrictReader r = new StrictReader(input);
        try (JsonParser p = FACTORY.createParser(input.bytes())) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw r.fatal(1, 1, "$", t == null ? "the file is empty: expected a JSON object"
                        : "expected a JSON object, found " + describe(t));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("format".equals(name)) {
                    if (v != JsonToken.VALUE_STRING) {
                        throw r.fatal(p.currentTokenLocation(), "$.format", "expected a string, found " + describe(v));
                    }
                    return p.getText();
                }
                p.skipChildren();
            }
            throw r.fatal(1, 1, "$", "no \"format\" member: cannot tell which svtoms format this is");
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw r.fatal(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "$",
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw r.fatal(0, 0, "$", "cannot read: " + e.getMessage());
        }
    }
}
