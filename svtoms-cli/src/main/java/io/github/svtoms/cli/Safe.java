package io.github.svtoms.cli;

import java.util.regex.Pattern;

/**
 * Makes text from input files safe for where it is shown: a spreadsheet, or a terminal. Every CSV cell
 * ({@link Csv#row}) and every table cell ({@link TextTable#row}) goes through here; a command writing free
 * text from a file on a line of its own calls {@link #terminal(String)} itself. Stateless.
 *
 * <ul>
 *   <li>{@link #spreadsheet(String)}: a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 *       or a carriage return is read by spreadsheet programs as a formula (CSV injection); it gets a
 *       leading apostrophe, which they show as text; so does a cell that starts with an apostrophe, so that
 *       {@link #fromSpreadsheet(String)} undoes it exactly when a CSV is read back. A plain number ({@code -12.5},
 *       {@code +3}) is not a formula and is left alone.</li>
 *   <li>{@link #terminal(String)}: control characters (C0, DEL, C1 — newlines and tabs included) and the
 *       Unicode bidirectional controls (which can make a line read differently from its bytes), and the
 *       line and paragraph separators, are written as {@code \}{@code uXXXX} escapes, so that a value
 *       cannot move the cursor, recolour the terminal or reorder what is shown.</li>
 * </ul>
 */
final class Safe {
    /** A plain decimal number, which a spreadsheet reads as a number, never a formula. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private Safe() {
    }

    /**
     * A CSV cell that a spreadsheet will not run as a formula.
     *
     * @param cell the text
     * @return the text, with an apostrophe in front when it starts like a formula and is not a plain number
     */
    static String spreadsheet(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'' ? "'" + cell : cell;
    }

    /**
     * A CSV cell read back: the apostrophe {@link #spreadsheet(String)} adds is dropped (one leading apostrophe,
     * which is why a cell that starts with one gets another when written).
     *
     * @param cell the cell as read
     * @return the text
     */
    static String fromSpreadsheet(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /**
     * Text that shows in a terminal as what it is.
     *
     * @param text the text
     * @return the text with every control, bidirectional-control and line-separator character escaped
     */
    static String terminal(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * A message line for standard error: as {@link #terminal(String)}, but a tab is kept (stack traces with
     * {@code --debug} are indented with tabs; a tab cannot forge a line or drive the terminal).
     *
     * @param text the text
     * @return the text with every control (but tab), bidirectional-control and line-separator character escaped
     */
    static String message(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && isUnsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * Whether a character is escaped by {@link #terminal(String)}.
     *
     * @param c the character
     * @return {@code true} for a control, bidirectional-control or line/paragraph separator character
     */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }
}
