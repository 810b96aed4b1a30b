package io.github.svtoms.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.valuation.WageArea;

/**
 * Commitment lines from CSV in the column layout of {@code svtoms value --format csv}, so that a spreadsheet
 * export can be fed back: a header row naming the columns (in any order), then one row per line.
 *
 * <p>Columns: {@code id}, {@code measure}, {@code quantity} (required); {@code start_year}, {@code duration}
 * (blank: 1), {@code deadweight} (blank: the proxy's default), {@code displacement}, {@code attribution},
 * {@code drop_off} (blank: 0), {@code proxy} and {@code proxy_price_year} (the proxy used; when they differ
 * from the request's proxy table for the measure, they are the line's own proxy), {@code currency} (blank or
 * the request's), {@code evidence}, {@code counted_separately} (blank: the catalogue's counting rules apply;
 * otherwise the evidence that the line counts something different from its family or its whole),
 * {@code discount_kind} ({@code standard} or {@code health}; blank: by the proxy's value type) and {@code wage_area}
 * ({@code uk} or {@code london}; blank: uk); the other output columns ({@code theme}, {@code unit}, {@code price_year},
 * {@code gross}, {@code net}, {@code present_value}, {@code source}, {@code counted}, {@code counted_under}) are
 * recomputed and their cells ignored.
 * Values follow the rules of the JSON formats: decimals plain ({@code 1234.5}, no grouping, no exponent),
 * fractions in [0, 1], years and durations whole numbers from 1. A leading apostrophe (added by svtoms to
 * keep a spreadsheet from taking a cell for a formula) is dropped. A blank row is passed over; a UTF-8
 * byte-order mark at the start is allowed (spreadsheets write one).
 *
 * <p>Limits per row: {@value #MAX_CELL_CHARS} characters a cell, {@value #MAX_COLUMNS} columns. A bad row is
 * reported with every problem it has, each at its line, the cell's position (1 = first) and the column name;
 * the rows after it are read. A quote never closed or a cell over the limit ends the reading.
 *
 * <p>Mutable; one per run.
 */
final class CsvLines implements LineSource {
    /** The longest cell, in characters. */
    static final int MAX_CELL_CHARS = 64 * 1024;
    /** The most columns a row may have. */
    static final int MAX_COLUMNS = 64;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_CHARS).build())
            .build();
    private static final List<String> INPUTS = List.of("id", "measure", "quantity", "start_year", "duration",
            "deadweight", "displacement", "attribution", "drop_off", "proxy", "proxy_price_year", "currency", "evidence",
            "counted_separately", "discount_kind", "wage_area");
    private static final List<String> IGNORED = List.of("theme", "unit", "price_year", "gross", "net", "present_value",
            "source", "counted", "counted_under");

    private final CsvParser parser;
    private final String fileName;
    private final ValuationRequest settings;
    /** Per input column name, its position in the row, or -1. */
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[] header;
    private final String[] cells;
    /** The measures of the catalogue met so far, by id (at most the catalogue's measures). */
    private final Map<String, MeasureId> known = new HashMap<>();
    private long line;
    private boolean ready;
    private boolean more;
    private long rowLine;
    private int count;
    private int chars;
    private boolean tooMany;

    /**
     * Opens the CSV and reads its header row.
     *
     * @param in the bytes, UTF-8
     * @param fileName the name quoted in problems
     * @param settings the request whose catalogue, currency and proxy table the rows are read against
     * @throws Unreadable when the header is missing or wrong, or the input cannot be parsed
     */
    CsvLines(InputStream in, String fileName, ValuationRequest settings) {
        this.fileName = fileName;
        this.settings = settings;
        try {
            PushbackInputStream bytes = new PushbackInputStream(in, 3);
            skipByteOrderMark(bytes);
            InputStreamReader reader = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            this.parser = FACTORY.createParser(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot read the file: " + e.getMessage(), e);
        }
        parser.setSchema(CsvSchema.emptySchema());
        this.cells = new String[MAX_COLUMNS];
        if (!readRow()) {
            throw unreadable(1, 1, "$", "empty file: expected a header row naming the columns (id, measure, quantity, ...)");
        }
        this.header = Arrays.copyOf(cells, count);
        checkHeader();
    }

    private static void skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] b = new byte[3];
        int n = in.readNBytes(b, 0, 3);
        if (n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return;
        }
        in.unread(b, 0, n);
    }

    private void checkHeader() {
        List<Problem> problems = new ArrayList<>();
        if (tooMany) {
            problems.add(new Problem(fileName, (int) rowLine, MAX_COLUMNS + 1, "$", "more than " + MAX_COLUMNS + " columns"));
        }
        for (int i = 0; i < header.length; i++) {
            String name = Safe.fromSpreadsheet(header[i]).strip();
            if (!INPUTS.contains(name) && !IGNORED.contains(name)) {
                problems.add(new Problem(fileName, (int) rowLine, i + 1, "$", "unknown column '" + name + "': the columns are "
                        + String.join(", ", INPUTS) + " (and the output columns " + String.join(", ", IGNORED)
                        + ", which are ignored)"));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(fileName, (int) rowLine, i + 1, "$", "column '" + name + "' is given twice"));
            }
        }
        for (String required : List.of("id", "measure", "quantity")) {
            if (!columns.containsKey(required) && problems.isEmpty()) {
                problems.add(new Problem(fileName, (int) rowLine, 1, "$", "missing column '" + required
                        + "': the header row names the columns, e.g. id,measure,quantity,start_year,duration"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(new CatalogueFormatException(problems));
        }
    }

    /**
     * Reads the next non-blank row into {@link #cells}: {@link #count} cells, {@link #rowLine} its first line.
     *
     * @return false at the end of the input
     */
    private boolean readRow() {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return false;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw unreadable(line(), 1, "$", "unexpected " + t + " in CSV");
                }
                rowLine = parser.currentLocation().getLineNr();
                count = 0;
                chars = 0;
                tooMany = false;
                while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    String cell = parser.getText();
                    chars += cell.length();
                    if (count < MAX_COLUMNS) {
                        cells[count++] = cell;
                    } else {
                        tooMany = true;
                    }
                }
                if (!(count == 1 && cells[0].isEmpty())) {
                    return true;
                }
            }
        } catch (CharacterCodingException e) {
            throw unreadable(line(), 1, "$", "invalid UTF-8: the file must be UTF-8");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "malformed CSV" : e.getOriginalMessage();
            int nl = message.indexOf('\n');
            throw unreadable(line(), Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getColumnNr()), "$",
                    "cannot read the CSV on: " + (nl < 0 ? message : message.substring(0, nl))
                            .replaceAll(", from `StreamReadConstraints[^`]*`\\)", ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private int line() {
        long n = parser.currentLocation().getLineNr();
        return n < 1 || n > Integer.MAX_VALUE ? 0 : (int) n;
    }

    private Unreadable unreadable(int atLine, int column, String path, String message) {
        return new Unreadable(new CatalogueFormatException(List.of(new Problem(fileName, atLine, column, path, message))));
    }

    @Override
    public boolean hasNext() {
        if (!ready) {
            more = readRow();
            ready = true;
        }
        return more;
    }

    @Override
    public CommitmentLine next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException(fileName + ": no row after line " + line);
        }
        ready = false;
        line = rowLine;
        return row();
    }

    /** The current row as a line, or every problem it has. */
    private CommitmentLine row() {
        int at = rowLine > Integer.MAX_VALUE ? 0 : (int) rowLine;
        CsvRow r = new CsvRow(fileName, at, columns, cells, known, settings);
        if (tooMany || count != header.length) {
            r.problem(Math.min(count, header.length) + 1, "$", "expected " + header.length + " cells as in the header,"
                    + " found " + (tooMany ? "more than " + MAX_COLUMNS : count));
            throw new CatalogueFormatException(r.problems);
        }
        if (chars > MAX_CELL_CHARS) {
            r.problem(1, "$", "row longer than " + MAX_CELL_CHARS + " characters");
            throw new CatalogueFormatException(r.problems);
        }
        String id = r.text("id");
        String measure = r.measure();
        BigDecimal quantity = r.decimal("quantity", true);
        if (quantity != null && quantity.signum() < 0) {
            r.problem("quantity", "invalid quantity '" + r.cell("quantity") + "': must not be negative (quantities are in"
                    + " the measure's unit)");
        }
        Integer startYear = r.whole("start_year");
        Integer duration = r.whole("duration");
        BigDecimal deadweight = r.fraction("deadweight");
        BigDecimal displacement = r.fraction("displacement");
        BigDecimal attribution = r.fraction("attribution");
        BigDecimal dropOff = r.fraction("drop_off");
        String currency = r.cell("currency");
        if (!currency.isEmpty() && !currency.equals(settings.currency().getCurrencyCode())) {
            r.problem("currency", "currency '" + currency + "' is not the request's " + settings.currency().getCurrencyCode()
                    + " (svtoms never converts currencies)");
        }
        ProxyValue proxy = r.proxy(measure);
        String evidence = r.cell("evidence");
        String separately = r.cell("counted_separately");
        DiscountKind kind = r.oneOf("discount_kind", DiscountKind.class, "discount kind");
        WageArea area = r.oneOf("wage_area", WageArea.class, "wage area");
        if (!r.problems.isEmpty()) {
            throw new CatalogueFormatException(r.problems);
        }
        try {
            return new CommitmentLine(id, known.get(measure), quantity, startYear == null ? 1 : startYear,
                    duration == null ? 1 : duration, Optional.ofNullable(deadweight),
                    displacement == null ? BigDecimal.ZERO : displacement, attribution == null ? BigDecimal.ZERO : attribution,
                    dropOff == null ? BigDecimal.ZERO : dropOff, Optional.ofNullable(proxy),
                    evidence.isEmpty() ? Optional.empty() : Optional.of(evidence),
                    separately.isEmpty() ? Optional.empty() : Optional.of(separately), Optional.ofNullable(kind),
                    Optional.ofNullable(area));
        } catch (SvtomsException e) {
            r.problem(1, "$", e.getMessage());
            throw new CatalogueFormatException(r.problems);
        }
    }

    @Override
    public long lineNumber() {
        return line;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
