package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of {@code svtoms value --format csv}, one row per commitment line, shared by the whole and the
 * streamed valuation: the line's inputs, the proxy used, the reported figures and the proxy's source, so that
 * an export can be read back by {@code --lines} ({@link CsvLines}), then whether the line enters the totals under
 * the catalogue's counting rules ({@code counted}: {@code true} or {@code false}, empty for an unvalued line) and,
 * when it is left out, the id of the line it is counted under ({@code counted_under}; see {@link CountedMarks}).
 * Cells are plain text here; the CSV writers neutralise formulas ({@link Safe#spreadsheet(String)}). Thread-safe
 * (caches each measure's theme and table citation).
 */
final class LineRows {
    /** The header, in order. */
    static final List<String> COLUMNS = List.of("id", "measure", "theme", "quantity", "unit", "start_year", "duration",
            "currency", "price_year", "proxy", "proxy_price_year", "deadweight", "gross", "net", "present_value", "source",
            "displacement", "attribution", "drop_off", "evidence", "counted_separately", "discount_kind", "wage_area",
            "counted", "counted_under");
    /** How many columns a valued line's cells have before its mark ({@link #valued}); the mark's two come last. */
    static final int UNMARKED = COLUMNS.size() - 2;

    private final Catalogue catalogue;
    private final String currency;
    private final String priceYear;
    private final Map<MeasureId, String> themes = new ConcurrentHashMap<>();
    /** Price years as text (their {@code toString} formats each time). */
    private final Map<PriceYear, String> years = new ConcurrentHashMap<>();
    /** The citation of each measure's table proxy (a line's own proxy is cited on its own). */
    private final Map<MeasureId, String> citations = new ConcurrentHashMap<>();

    LineRows(ValuationRequest request) {
        this.catalogue = request.catalogue();
        this.currency = request.currency().getCurrencyCode();
        this.priceYear = request.priceYear().toString();
    }

    String theme(MeasureId measure) {
        return themes.computeIfAbsent(measure, m -> catalogue.themeOf(m).id().value());
    }

    /**
     * A valued line's cells up to its mark (every column but {@code counted} and {@code counted_under}, which
     * {@link #marked} adds): the deadweight applied and the reported figures.
     */
    String[] valued(LineValuation v) {
        CommitmentLine l = v.line();
        return new String[] {l.id(), l.measure().value(), theme(l.measure()), l.quantity().toPlainString(), v.unit().id(),
            Integer.toString(l.startYear()), Integer.toString(l.duration()), currency, priceYear,
            v.proxy().amount().amount().toPlainString(), year(v.proxy().priceYear()), v.deadweight().toPlainString(),
            v.reported().gross().amount().toPlainString(), v.reported().net().amount().toPlainString(),
            v.reported().presentValue().amount().toPlainString(), citation(v),
            l.displacement().toPlainString(), l.attribution().toPlainString(), l.dropOff().toPlainString(),
            l.evidence().orElse(""), l.countedSeparately().orElse(""), l.discountKind().map(k -> k.id()).orElse(""),
            l.wageArea().map(a -> a.id()).orElse("")};
    }

    /** A price year as text, e.g. {@code 2024-25}. */
    String year(PriceYear y) {
        return years.computeIfAbsent(y, PriceYear::toString);
    }

    /** The source of a line's proxy, as {@link io.github.svtoms.proxies.Provenance#citation()} writes it. */
    String citation(LineValuation v) {
        return v.line().proxy().isPresent() ? v.proxy().provenance().citation()
                : citations.computeIfAbsent(v.measure(), m -> v.proxy().provenance().citation());
    }

    /**
     * A valued line's whole row: its cells and its mark.
     *
     * @param cells the line's cells ({@link #valued})
     * @param mark whether it is counted, and under which line when not
     * @return every column's cell
     */
    static String[] marked(String[] cells, CountedMarks.Mark mark) {
        String[] row = java.util.Arrays.copyOf(cells, COLUMNS.size());
        row[UNMARKED] = mark.countedText();
        row[UNMARKED + 1] = mark.countedUnderText();
        return row;
    }

    /** A line with no proxy: its inputs, no figures, why in {@code source}, and no mark (it has no figures to count). */
    String[] unvalued(CommitmentLine l, UnvaluedLine u) {
        return new String[] {l.id(), l.measure().value(), theme(l.measure()), l.quantity().toPlainString(), u.unit().id(),
            Integer.toString(l.startYear()), Integer.toString(l.duration()), currency, priceYear, "", "",
            l.deadweight().map(BigDecimal::toPlainString).orElse(""), "", "", "", "unvalued: " + u.reason(),
            l.displacement().toPlainString(), l.attribution().toPlainString(), l.dropOff().toPlainString(),
            l.evidence().orElse(""), l.countedSeparately().orElse(""), l.discountKind().map(k -> k.id()).orElse(""),
            l.wageArea().map(a -> a.id()).orElse(""), "", ""};
    }
}
