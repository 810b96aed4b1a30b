package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (2020-12) checker for tests, covering exactly the keywords the bundled schemas use:
 * type, const, enum, pattern, minLength, minItems, minProperties, minimum, required, properties,
 * additionalProperties, propertyNames, items, uniqueItems, local $ref, not, oneOf, if/then/else.
 * Annotations ($schema, $id, title, description) are ignored; any other keyword fails the check, so the
 * schemas cannot silently outgrow it.
 */
final class MiniSchema {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");
    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    List<String> errors(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonNode s, JsonNode v, String at, List<String> out) {
        if (s.isBoolean()) {
            if (!s.asBoolean()) {
                out.add(at + ": not allowed");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode a = e.getValue();
            switch (k) {
                case "$ref" -> check(resolve(a.asText()), v, at, out);
                case "type" -> {
                    if (!typeMatches(a.asText(), v)) {
                        out.add(at + ": expected " + a.asText() + ", found " + v.getNodeType());
                    }
                }
                case "const" -> {
                    if (!a.equals(v)) {
                        out.add(at + ": expected " + a);
                    }
                }
                case "enum" -> {
                    boolean any = false;
                    for (JsonNode x : a) {
                        any |= x.equals(v);
                    }
                    if (!any) {
                        out.add(at + ": " + v + " not in " + a);
                    }
                }
                case "pattern" -> {
                    if (v.isTextual() && !Pattern.compile(a.asText()).matcher(v.asText()).find()) {
                        out.add(at + ": '" + v.asText() + "' does not match " + a.asText());
                    }
                }
                case "minLength" -> {
                    if (v.isTextual() && v.asText().codePointCount(0, v.asText().length()) < a.asInt()) {
                        out.add(at + ": shorter than " + a.asInt());
                    }
                }
                case "minItems" -> {
                    if (v.isArray() && v.size() < a.asInt()) {
                        out.add(at + ": fewer than " + a.asInt() + " items");
                    }
                }
                case "minProperties" -> {
                    if (v.isObject() && v.size() < a.asInt()) {
                        out.add(at + ": fewer than " + a.asInt() + " members");
                    }
                }
                case "minimum" -> {
                    if (v.isNumber() && v.decimalValue().compareTo(a.decimalValue()) < 0) {
                        out.add(at + ": below " + a);
                    }
                }
                case "required" -> {
                    for (JsonNode r : a) {
                        if (v.isObject() && !v.has(r.asText())) {
                            out.add(at + ": missing " + r.asText());
                        }
                    }
                }
                case "properties", "additionalProperties", "propertyNames" -> objectKeyword(s, k, v, at, out);
                case "items" -> {
                    if (v.isArray()) {
                        for (int i = 0; i < v.size(); i++) {
                            check(a, v.get(i), at + "[" + i + "]", out);
                        }
                    }
                }
                case "uniqueItems" -> {
                    Set<JsonNode> seen = new HashSet<>();
                    if (a.asBoolean() && v.isArray()) {
                        v.forEach(x -> {
                            if (!seen.add(x)) {
                                out.add(at + ": duplicate item " + x);
                            }
                        });
                    }
                }
                case "not" -> {
                    if (check(a, v).isEmpty()) {
                        out.add(at + ": matches a forbidden schema " + a);
                    }
                }
                case "oneOf" -> {
                    int n = 0;
                    for (JsonNode x : a) {
                        n += check(x, v).isEmpty() ? 1 : 0;
                    }
                    if (n != 1) {
                        out.add(at + ": matches " + n + " of oneOf, expected exactly 1");
                    }
                }
                case "if" -> {
                    JsonNode branch = check(a, v).isEmpty() ? s.get("then") : s.get("else");
                    if (branch != null) {
                        check(branch, v, at, out);
                    }
                }
                case "then", "else" -> {
                    // applied by "if"
                }
                default -> {
                    if (!ANNOTATIONS.contains(k)) {
                        out.add(at + ": unsupported schema keyword " + k);
                    }
                }
            }
        }
    }

    private void objectKeyword(JsonNode s, String k, JsonNode v, String at, List<String> out) {
        if (!v.isObject()) {
            return;
        }
        JsonNode props = s.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            String name = m.getKey();
            switch (k) {
                case "properties" -> {
                    if (props.has(name)) {
                        check(props.get(name), m.getValue(), at + "." + name, out);
                    }
                }
                case "additionalProperties" -> {
                    if (props == null || !props.has(name)) {
                        check(s.get(k), m.getValue(), at + "." + name, out);
                    }
                }
                default -> check(s.get(k), com.fasterxml.jackson.databind.node.TextNode.valueOf(name), at + "." + name, out);
            }
        }
    }

    private List<String> check(JsonNode s, JsonNode v) {
        List<String> out = new ArrayList<>();
        check(s, v, "", out);
        return out;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) {
            n = n.get(part);
        }
        return n;
    }

    private static boolean typeMatches(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
