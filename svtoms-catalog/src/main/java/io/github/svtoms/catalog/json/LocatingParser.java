package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
final class LocatingParser extends TokenParser {
    private final List<Frame> stack = new ArrayList<>();
    /**
     * Every value read, in document order: its container's value (-1 for the top level), its member name
     * or element index there, and where it started. Paths are built from these only when a position is
     * asked for ({@link #positionOf(String)}), not for every token.
     */
    private int[] parents = new int[256];
    private String[] names = new String[256];
    private int[] indexes = new int[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private int values;
    /** Path to position, built on the first {@link #positionOf(String)} from the values read so far. */
    private Map<String, Position> positions;
    private int positionsBuiltFrom;

    /** A container being read: an object (with the current member name) or an array (with the index). */
    private static final class Frame {
        final boolean array;
        /** The value this container is, in the values read. */
        final int value;
        String name;
        int index = -1;

        Frame(boolean array, int value) {
            this.array = array;
            this.value = value;
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
            StrictJson.whole(this, delegate.getText());
        }
        switch (t) {
            case FIELD_NAME -> top().name = delegate.currentName();
            case END_OBJECT, END_ARRAY -> stack.remove(stack.size() - 1);
            default -> {
                if (!stack.isEmpty() && top().array) {
                    top().index++;
                }
                int value = record(position(delegate.currentTokenLocation()));
                if (t == JsonToken.VALUE_NULL) {
                    throw new NullValueException(this);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.add(new Frame(t == JsonToken.START_ARRAY, value));
                }
            }
        }
        return t;
    }

    /** Records the value starting at {@code at} under the current container; returns its number. */
    private int record(Position at) {
        if (values == parents.length) {
            int n = values * 2;
            parents = Arrays.copyOf(parents, n);
            names = Arrays.copyOf(names, n);
            indexes = Arrays.copyOf(indexes, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
        }
        Frame top = stack.isEmpty() ? null : top();
        parents[values] = top == null ? -1 : top.value;
        names[values] = top == null || top.array ? null : top.name;
        indexes[values] = top != null && top.array ? top.index : -1;
        lines[values] = at.line();
        columns[values] = at.column();
        return values++;
    }

    /**
     * The path-to-position map of every value read so far (the first value read at a path wins), extended
     * from where it was last built. Each value's path is its container's path plus its own member name or
     * index, as {@link #path()} spells it.
     */
    private Map<String, Position> positions() {
        if (positions == null) {
            positions = new HashMap<>();
        }
        if (positionsBuiltFrom < values) {
            String[] paths = new String[values];
            for (int i = 0; i < values; i++) {
                String parent = parents[i] < 0 ? "$" : paths[parents[i]];
                paths[i] = names[i] != null ? parent + "." + names[i]
                        : indexes[i] >= 0 ? parent + "[" + indexes[i] + "]" : parent;
                if (i >= positionsBuiltFrom) {
                    positions.putIfAbsent(paths[i], new Position(lines[i], columns[i]));
                }
            }
            positionsBuiltFrom = values;
        }
        return positions;
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
        Map<String, Position> known = positions();
        String p = path;
        while (true) {
            Position pos = known.get(p);
            if (pos != null) {
                return pos;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return known.getOrDefault("$", Position.START);
            }
            p = p.substring(0, cut);
        }
    }
}
