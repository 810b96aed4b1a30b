package io.github.svtoms.catalog.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical writer: two-space indentation, one member or element per line, {@code "name": value},
 * empty containers as {@code []} / {@code {}}, strings as UTF-8 with only the characters JSON requires
 * escaped, a final newline. Decimals are written as strings in plain notation with their exact scale.
 *
 * <p>Mutable, confined to one write on one thread.
 */
final class JsonText {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: how many entries it has so far. */
    private final List<int[]> counts = new ArrayList<>();
    private boolean afterName;

    JsonText beginObject() {
        value("{");
        counts.add(new int[] {0});
        return this;
    }

    JsonText endObject() {
        return end('}');
    }

    JsonText beginArray() {
        value("[");
        counts.add(new int[] {0});
        return this;
    }

    JsonText endArray() {
        return end(']');
    }

    private JsonText end(char close) {
        int n = counts.remove(counts.size() - 1)[0];
        if (n > 0) {
            newline(counts.size());
        }
        out.append(close);
        return this;
    }

    JsonText name(String name) {
        entry();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonText string(String value) {
        prefix();
        quote(value);
        return this;
    }

    JsonText decimal(BigDecimal value) {
        return string(value.toPlainString());
    }

    JsonText integer(long value) {
        return value(Long.toString(value));
    }

    JsonText bool(boolean value) {
        return value(Boolean.toString(value));
    }

    JsonText member(String name, String value) {
        return name(name).string(value);
    }

    JsonText member(String name, BigDecimal value) {
        return name(name).decimal(value);
    }

    JsonText stringArray(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::string);
        return endArray();
    }

    private JsonText value(String raw) {
        prefix();
        out.append(raw);
        return this;
    }

    private void prefix() {
        if (afterName) {
            afterName = false;
        } else if (!counts.isEmpty()) {
            entry();
        }
    }

    private void entry() {
        int[] c = counts.get(counts.size() - 1);
        if (c[0]++ > 0) {
            out.append(',');
        }
        newline(counts.size());
    }

    private void newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return the document with its final newline */
    String finish() {
        return out + "\n";
    }
}
