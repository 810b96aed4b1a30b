package io.github.svtoms.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: a header row, a rule, and rows; numeric-looking cells are aligned
 * right; every cell has its control and bidirectional characters escaped ({@link Safe#terminal}). Not
 * thread-safe; build, render, discard.
 */
final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : Safe.terminal(c.toString()));
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        int n = headers.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            width[i] = headers.get(i).length();
            numeric[i] = !rows.isEmpty();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
                if (!r.get(i).isEmpty() && !Fmt.isFigure(r.get(i))) {
                    numeric[i] = false;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, width, numeric);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append('\n');
        rows.forEach(r -> line(out, r, width, numeric));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + c : c + pad);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
