package io.github.svtoms.spark;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.LineReader;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.Subtotal;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import io.github.svtoms.proxies.valuation.ValuationWarning;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import javax.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Combines the partial sums of one scope key ({@link PartialSums}) into the library's
 * {@link ValuationSummary} with an accumulator of this JVM's engine
 * ({@link ValuationAccumulator#addValuedSums}), and writes it as {@link Schemas#TOTALS} rows: the library
 * rounds and allocates, so the rows are exactly its summary of the scope's lines.
 */
final class SummaryRows implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    private final SharedSettings settings;

    SummaryRows(SharedSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> partials) {
        SharedSettings.Engine engine = settings.engine();
        ValuationAccumulator acc = engine.engine.accumulator();
        String scope = null;
        String organisation = null;
        String contract = null;
        // in the order of each group's first line, so an overlap family is counted under its first measure
        List<Row> sorted = new ArrayList<>();
        partials.forEachRemaining(sorted::add);
        int first = PartialSums.PARTIALS.fieldIndex("first");
        sorted.sort(java.util.Comparator.comparingLong(r -> r.getLong(first)));
        for (Row r : sorted) {
            scope = r.getString(1);
            organisation = r.getString(2);
            contract = r.getString(3);
            MeasureId measure = MeasureId.of(r.getString(4));
            long lines = r.getLong(10);
            if (!r.isNullAt(12)) {
                // a line declared counted separately: the library adds it apart from the sums under the rules
                acc.add(commitment(r.getString(12), engine.settings));
            } else if (r.isNullAt(5)) {
                acc.addUnvaluedSums(measure, new BigDecimal(r.getString(9)), lines);
            } else {
                acc.addValuedSums(measure, ValueType.valueOf(r.getString(5)), new BigDecimal(r.getString(6)),
                        new BigDecimal(r.getString(7)), new BigDecimal(r.getString(8)), lines,
                        new BigDecimal(r.getString(13)), new BigDecimal(r.getString(14)), r.getLong(15));
            }
        }
        return rows(Scope.of(scope), organisation, contract, acc.summary()).iterator();
    }

    /** A commitment line from its {@code svtoms-commitment-lines/1} record, as {@link LineValuer} wrote it. */
    static CommitmentLine commitment(String record, ValuationRequest settings) {
        LineReader<CommitmentLine> in = Formats.COMMITMENT_LINES.reader(
                new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)), "commitment", settings);
        return in.next(); // an in-memory stream: nothing to close
    }

    /**
     * The {@link Schemas#TOTALS} rows of a summary.
     *
     * @param scope the scope
     * @param organisation the organisation, for the organisation and contract scopes
     * @param contract the contract, for the contract scope
     * @param s the summary
     * @return the rows: the totals, in all and per value type, then each theme, outcome and measure likewise, then
     *         the unvalued quantities
     */
    static List<Row> rows(Scope scope, @Nullable String organisation, @Nullable String contract, ValuationSummary s) {
        List<Row> out = new ArrayList<>();
        boolean all = scope == Scope.ALL;
        List<String> warnings = s.warnings().stream().map(ValuationWarning::message).toList();
        out.add(RowFactory.create(scope.label(), organisation, contract, "total", null, "ALL",
                money(s.totals().gross().amount()), money(s.totals().net().amount()),
                money(s.totals().presentValue().amount()), exact(s.exactTotals().gross().amount()),
                exact(s.exactTotals().net().amount()), exact(s.exactTotals().presentValue().amount()),
                s.valuedLines(), s.unvaluedLines(), null,
                all ? s.percentOfContract().map(BigDecimal::toPlainString).orElse(null) : null,
                scala(warnings), s.presentValueRange().map(x -> money(x.low().amount())).orElse(null),
                s.presentValueRange().map(x -> money(x.high().amount())).orElse(null)));
        for (Map.Entry<ValueType, Figures> e : s.totalsByValueType().entrySet()) {
            BigDecimal percent = all ? s.percentOfContractByValueType().get(e.getKey()) : null;
            var range = java.util.Optional.ofNullable(s.presentValueRangeByValueType().get(e.getKey()));
            out.add(figures(scope, organisation, contract, "total", null, e.getKey().name(), e.getValue(),
                    s.exactTotalsByValueType().get(e.getKey()), percent, range.map(x -> money(x.low().amount())).orElse(null),
                    range.map(x -> money(x.high().amount())).orElse(null)));
        }
        subtotals(out, scope, organisation, contract, "theme", s.byTheme());
        subtotals(out, scope, organisation, contract, "outcome", s.byOutcome());
        subtotals(out, scope, organisation, contract, "measure", s.byMeasure());
        s.unvaluedQuantities().forEach((m, q) -> out.add(RowFactory.create(scope.label(), organisation, contract,
                "unvalued", m.toString(), null, null, null, null, null, null, null, null, null, q.toPlainString(), null,
                null, null, null)));
        return out;
    }

    private static <K> void subtotals(List<Row> out, Scope scope, @Nullable String organisation,
                                      @Nullable String contract, String level, Map<K, Subtotal> entries) {
        entries.forEach((id, sub) -> {
            out.add(figures(scope, organisation, contract, level, id.toString(), "ALL", sub.reported(), sub.exact(), null,
                    null, null));
            sub.byValueType().forEach((type, f) -> out.add(figures(scope, organisation, contract, level, id.toString(),
                    type.name(), f, sub.exactByValueType().get(type), null, null, null)));
        });
    }

    private static Row figures(Scope scope, @Nullable String organisation, @Nullable String contract, String level,
                               @Nullable String id, String type, Figures reported, Figures exact,
                               @Nullable BigDecimal percent, @Nullable BigDecimal low, @Nullable BigDecimal high) {
        return RowFactory.create(scope.label(), organisation, contract, level, id, type,
                money(reported.gross().amount()), money(reported.net().amount()), money(reported.presentValue().amount()),
                exact(exact.gross().amount()), exact(exact.net().amount()), exact(exact.presentValue().amount()),
                null, null, null, percent == null ? null : percent.toPlainString(), null, low, high);
    }

    private static BigDecimal money(BigDecimal reported) {
        if (LineValuer.tooLarge(reported)) {
            throw new SvtomsException("a reported total of " + reported.toPlainString() + " has more than 36 integer "
                    + "digits, more than the DECIMAL(38,2) money columns hold");
        }
        return LineValuer.money(reported);
    }

    private static String exact(BigDecimal v) {
        return v.toPlainString();
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
}
