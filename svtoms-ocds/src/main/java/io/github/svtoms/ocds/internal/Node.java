package io.github.svtoms.ocds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON tree node with its JSON path, and tolerant accessors: a member is found by its name, or — as
 * real notices sometimes carry names broken by stray whitespace ({@code "contactP    oint"}) — by its
 * name with all whitespace removed; an absent member is a missing node rather than null; a text is
 * trimmed, and blank counts as absent.
 *
 * <p>Immutable and thread-safe when the tree is not modified (svtoms-ocds never modifies it).
 *
 * @param json the node
 * @param path its JSON path, e.g. {@code $.tender.lots[0]}
 */
record Node(JsonNode json, String path) {
    static Node missing(String path) {
        return new Node(MissingNode.getInstance(), path);
    }

    boolean isMissing() {
        return json.isMissingNode() || json.isNull();
    }

    boolean isObject() {
        return json.isObject();
    }

    boolean isArray() {
        return json.isArray();
    }

    /** The member of this name; missing when this is not an object or has no such member. */
    Node get(String name) {
        String p = path + "." + name;
        if (!json.isObject()) {
            return missing(p);
        }
        JsonNode v = json.get(name);
        if (v != null) {
            return new Node(v, p);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (sameIgnoringWhitespace(e.getKey(), name)) {
                return new Node(e.getValue(), p);
            }
        }
        return missing(p);
    }

    /** Follows several member names. */
    Node at(String... names) {
        Node n = this;
        for (String name : names) {
            n = n.get(name);
        }
        return n;
    }

    /** The elements of an array; empty for anything else. */
    List<Node> elements() {
        if (!json.isArray()) {
            return List.of();
        }
        List<Node> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            out.add(new Node(json.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** A text or a number as trimmed text; empty when absent, blank or of another type. */
    Optional<String> text() {
        if (json.isTextual()) {
            String t = json.textValue().strip();
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        if (json.isNumber()) {
            return Optional.of(plain(json.decimalValue()));
        }
        return Optional.empty();
    }

    /**
     * A number as plain text, or in scientific notation when the plain text would be long (a number of
     * 100 characters such as {@code 1e999999999} must not become a billion digits).
     */
    static String plain(BigDecimal d) {
        long digits = (long) d.precision() + Math.abs((long) d.scale());
        return digits <= 64 ? d.toPlainString() : d.toString();
    }

    /**
     * A number, or a text that is a plain decimal number; empty otherwise, and for a number whose
     * exponent is beyond ±100 ({@code 1e999999999} is not a contract value).
     */
    Optional<BigDecimal> decimal() {
        if (json.isNumber()) {
            BigDecimal d = json.decimalValue();
            return Math.abs((long) d.scale()) > 100 ? Optional.empty() : Optional.of(d);
        }
        if (json.isTextual()) {
            String t = json.textValue().strip();
            if (t.matches("-?[0-9]{1,40}(\\.[0-9]{1,40})?")) {
                return Optional.of(new BigDecimal(t));
            }
        }
        return Optional.empty();
    }

    /** A boolean, or the text {@code true} / {@code false}; empty otherwise. */
    Optional<Boolean> bool() {
        if (json.isBoolean()) {
            return Optional.of(json.booleanValue());
        }
        if (json.isTextual()) {
            String t = json.textValue().strip();
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(t.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** A short description of the node for a reason's detail: its text, or its JSON type. */
    String describe() {
        if (isMissing()) {
            return json.isNull() ? "null" : "absent";
        }
        if (json.isTextual()) {
            return "'" + Texts.shorten(json.textValue(), 60) + "'";
        }
        if (json.isNumber() || json.isBoolean()) {
            return text().orElse(json.asText());
        }
        return json.isArray() ? "an array" : "an object";
    }

    /** Whether {@code key} is {@code name} once its whitespace is removed; {@code name} has none. */
    private static boolean sameIgnoringWhitespace(String key, String name) {
        if (key.length() <= name.length()) {
            return false; // an exact match was looked up first
        }
        int j = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (j == name.length() || c != name.charAt(j)) {
                return false;
            }
            j++;
        }
        return j == name.length();
    }
}
