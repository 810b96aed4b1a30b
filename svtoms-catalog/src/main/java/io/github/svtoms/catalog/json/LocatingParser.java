package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser that remembers where every value started, by JSON path ({@code $.priorities[3].measures[0]}),
 * so that problems found after data binding still carry a line and column. Also knows the path of the
 * token being read, for syntax errors.
 *
 * <p>Mutable, confined to one read on one thread.
 */
final class LocatingParser extends JsonParserDelegate {
    private final List<Frame> stack = new ArrayList<>();
    private final Map<String, Position> positions = new HashMap<>();

    /** A container being read: an object (with the current member name) or an array (with the index). */
    private static final class Frame {
        final boolean array;
        String name;
        int index = -1;

        Frame(boolean array) {
            this.array = array;
        }
    }

    /**
     * A 1-based line and column.
     *
     * @param line the line
     * @param column the column
     */
    record Position(int line, int column) {
        static final Position START = new Position(1, 1);
    }

    /** A {@code null} token: never valid in svtoms files, where optional members are omitted. */
    static final class NullValueException extends JsonParseException {
        private static final long serialVersionUID = 1L;

        NullValueException(JsonParser p) {
            super(p, "null is not allowed: omit an optional member instead");
        }
    }

    LocatingParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
            checkSurrogates(delegate.getText());
        }
        switch (t) {
            case FIELD_NAME -> top().name = delegate.currentName();
            case END_OBJECT, END_ARRAY -> stack.remove(stack.size() - 1);
            default -> {
                if (!stack.isEmpty() && top().array) {
                    top().index++;
                }
                positions.putIfAbsent(path(), position(delegate.currentTokenLocation()));
                if (t == JsonToken.VALUE_NULL) {
                    throw new NullValueException(this);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.add(new Frame(t == JsonToken.START_ARRAY));
                }
            }
        }
        return t;
    }

    /** A {@code \\uD800} escape without its pair decodes to half a character, which no writer can reproduce. */
    private void checkSurrogates(String text) throws JsonParseException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JsonParseException(this, String.format("invalid string: unpaired surrogate \\u%04X"
                        + " (a \\u escape must encode a whole character; use a pair for characters above U+FFFF)", (int) c));
            }
        }
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken n = nextToken();
            if (n == null) {
                return this;
            }
            if (n.isStructStart()) {
                open++;
            } else if (n.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private Frame top() {
        return stack.get(stack.size() - 1);
    }

    static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.START;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /**
     * The JSON path of the current token: the member or element being read.
     *
     * @return e.g. {@code $.frameworks[0].id}
     */
    String path() {
        StringBuilder b = new StringBuilder("$");
        for (Frame f : stack) {
            if (f.array) {
                if (f.index >= 0) {
                    b.append('[').append(f.index).append(']');
                }
            } else if (f.name != null) {
                b.append('.').append(f.name);
            }
        }
        return b.toString();
    }

    /**
     * Where the value at a path started; for a path never read (a missing member), the nearest
     * enclosing value that was read.
     *
     * @param path the JSON path
     * @return the position
     */
    Position positionOf(String path) {
        String p = path;
        while (true) {
            Position pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return positions.getOrDefault("$", Position.START);
            }
            p = p.substring(0, cut);
        }
    }
}
