package io.github.svtoms.cli;

import java.util.regex.Pattern;

/**
 * Cells of CSV meant for spreadsheets. A cell that a spreadsheet would read as a formula (one starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading
 * apostrophe, which spreadsheets show as text; so is a cell that starts with an apostrophe, so that the
 * change can be undone exactly. A plain number ({@code -12.5}) is left as it is: it is not a formula.
 * Reading undoes it: one leading apostrophe is dropped. Stateless.
 */
final class CsvCells {
    /** A plain decimal number, which a spreadsheet reads as a number and never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {
    }

    /**
     * The cell as written: neutralised when a spreadsheet would take it for a formula.
     *
     * @param cell the text
     * @return the text, or {@code '} and the text
     */
    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /**
     * The cell as read: one leading apostrophe, which {@link #safe(String)} adds, dropped.
     *
     * @param cell the cell's text
     * @return the text
     */
    static String unsafe(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
