package io.github.svtoms.cli;

import io.github.svtoms.core.Limits;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells of one CSV row of commitment lines ({@link CsvLines}), checked one by one with the rules of the JSON
 * formats; every problem is kept, at the row's line, the cell's position (1 = first) and the column's name.
 * Mutable; one per row.
 */
final class CsvRow {
    static final String DECIMAL_RULE = "a plain decimal: optional '-', no leading zeros, no grouping, at most 30 "
            + "integer and 20 fraction digits, no exponent (e.g. 74.43)";

    private final String fileName;
    private final int at;
    private final Map<String, Integer> columns;
    private final String[] cells;
    private final Map<String, MeasureId> known;
    private final ValuationRequest settings;
    final List<Problem> problems = new ArrayList<>();

    /**
     * A row to read.
     *
     * @param fileName the file name quoted in problems
     * @param at the row's first line
     * @param columns each input column's position in the row
     * @param cells the row's cells, as read
     * @param known the catalogue's measures met so far, by id, added to as measures are checked
     * @param settings the request whose catalogue, currency and proxy table the row is read against
     */
    CsvRow(String fileName, int at, Map<String, Integer> columns, String[] cells, Map<String, MeasureId> known,
           ValuationRequest settings) {
        this.fileName = fileName;
        this.at = at;
        this.columns = columns;
        this.cells = cells;
        this.known = known;
        this.settings = settings;
    }

    void problem(int cell, String column, String message) {
        problems.add(new Problem(fileName, at, cell, column, message));
    }

    void problem(String column, String message) {
        Integer i = columns.get(column);
        problem(i == null ? 0 : i + 1, column, message);
    }

    /** The cell of a column, apostrophe dropped; empty when the column is absent. */
    String cell(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : Safe.fromSpreadsheet(cells[i]);
    }

    /** An optional file id of an enum ({@code standard}, {@code uk}, ...): null when the cell is blank. */
    <E extends Enum<E> & io.github.svtoms.core.FileId> E oneOf(String column, Class<E> type, String what) {
        String v = cell(column).strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return io.github.svtoms.core.FileIds.parse(type, v, what);
        } catch (SvtomsException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    String text(String column) {
        String v = cell(column);
        if (v.isBlank()) {
            problem(column, "missing " + column + ": every line needs one");
            return null;
        }
        return v;
    }

    String measure() {
        String v = text("measure");
        if (v == null || known.containsKey(v)) {
            return v;
        }
        if (!IdRule.isValid(v)) {
            problem("measure", IdRule.message("id", v));
            return null;
        }
        if (settings.catalogue().measure(MeasureId.of(v)).isEmpty()) {
            problem("measure", "unknown measure '" + v + "': the catalogue has no measure with this id");
            return null;
        }
        known.put(v, MeasureId.of(v));
        return v;
    }

    BigDecimal decimal(String column, boolean required) {
        String v = cell(column);
        if (v.isEmpty()) {
            if (required) {
                problem(column, "missing " + column + ": every line needs one");
            }
            return null;
        }
        if (!plainDecimal(v)) {
            String digits = Limits.decimalTextProblem(v);
            problem(column, "invalid decimal '" + v + "': " + (digits != null ? digits : "expected " + DECIMAL_RULE));
            return null;
        }
        return new BigDecimal(v);
    }

    BigDecimal fraction(String column) {
        BigDecimal d = decimal(column, false);
        if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)) {
            problem(column, "'" + cell(column) + "' is out of range: '" + column + "' is a fraction between 0 and 1");
            return null;
        }
        return d;
    }

    Integer whole(String column) {
        String v = cell(column);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > 9 || !digits(v, 0, v.length())) {
            problem(column, "invalid " + column + " '" + v + "': expected a whole number from 1");
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < 1) {
            problem(column, "invalid " + column + " " + n + ": must be at least 1");
            return null;
        }
        return n;
    }

    /** The line's own proxy: the proxy columns when they differ from the table's entry for the measure. */
    ProxyValue proxy(String measure) {
        BigDecimal amount = decimal("proxy", false);
        String year = cell("proxy_price_year");
        if (amount == null && year.isEmpty()) {
            return null;
        }
        if (amount != null && amount.signum() < 0) {
            problem("proxy", "invalid proxy '" + cell("proxy") + "': a proxy value must not be negative");
            return null;
        }
        if (amount == null || year.isEmpty()) {
            problem(amount == null || !columns.containsKey("proxy_price_year") ? "proxy" : "proxy_price_year",
                    "give both proxy and proxy_price_year, or neither");
            return null;
        }
        PriceYear priceYear;
        try {
            priceYear = PriceYear.parse(year);
        } catch (SvtomsException e) {
            problem("proxy_price_year", e.getMessage());
            return null;
        }
        if (measure == null) {
            return null;
        }
        Optional<ProxyValue> entry = settings.proxyTable().flatMap(t -> t.proxyFor(MeasureId.of(measure)));
        if (entry.isPresent() && entry.get().priceYear().equals(priceYear)
                && entry.get().amount().amount().compareTo(amount) == 0) {
            return null;
        }
        return ProxyValue.supplied(Money.of(amount, settings.currency()), priceYear);
    }

    /**
     * Whether a cell is a plain decimal, the one rule of the library and the JSON formats,
     * {@link Limits#isPlainDecimal(CharSequence)}: {@code -?(0|[1-9][0-9]{0,29})(\.[0-9]{1,20})?}, at most 34
     * significant digits, no negative zero.
     *
     * @param s the cell
     * @return whether it follows the rule
     */
    static boolean plainDecimal(String s) {
        return Limits.isPlainDecimal(s);
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
