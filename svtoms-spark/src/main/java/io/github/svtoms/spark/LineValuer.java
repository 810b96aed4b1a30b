package io.github.svtoms.spark;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.LineProblem;
import io.github.svtoms.proxies.valuation.LineRejectedException;
import io.github.svtoms.proxies.valuation.LineValuation;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import javax.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Values the rows of one partition, one at a time, with this JVM's engine: each row gives one
 * {@link #OUTCOMES} row, valued, unvalued or rejected. Lazy: holds one row at a time.
 */
final class LineValuer implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    static final String VALUED = "VALUED";
    static final String UNVALUED = "UNVALUED";
    static final String REJECTED = "REJECTED";

    /**
     * The column of {@link #OUTCOMES} that carries a valued line declared counted separately, as a
     * {@code svtoms-commitment-lines/1} record, to the totals (null for every other row): the library adds such a
     * line apart from the partial sums under the counting rules ({@link SummaryRows}).
     */
    static final String COMMITMENT = "commitment";

    /**
     * {@link Schemas#VALUED_LINES} (every column nullable), then {@value #COMMITMENT}, then the {@link Schemas#REJECTED}
     * columns row, rule, reason.
     */
    static final StructType OUTCOMES;

    static {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : Schemas.VALUED_LINES.fields()) {
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
        }
        fields.add(DataTypes.createStructField(COMMITMENT, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("row", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("rule", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
        OUTCOMES = new StructType(fields.toArray(new StructField[0]));
    }

    /** The largest reported figure {@link Schemas#MONEY} holds is below 10^36. */
    private static final int MONEY_INTEGER_DIGITS = 36;

    private final SharedSettings settings;
    private final boolean failOnBadRows;
    private final Cells.Index index;

    LineValuer(SharedSettings settings, boolean failOnBadRows, StructType input) {
        this.settings = settings;
        this.failOnBadRows = failOnBadRows;
        this.index = new Cells.Index(input);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        SharedSettings.Engine engine = settings.engine();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return value(engine, index.cells(rows.next()));
            }
        };
    }

    Row value(SharedSettings.Engine e, Cells c) {
        Row row = c.row();
        String corrupt = c.text(Schemas.CORRUPT_RECORD);
        if (corrupt != null) {
            return reject(corrupt, null, null, null, RowRule.MALFORMED_RECORD.name(),
                    "the source could not read the record into the columns of the lines' schema");
        }
        String contract = c.required("contract_id");
        String organisation = c.required("organisation");
        String id = c.required("id");
        String measure = c.required("measure");
        BigDecimal quantity = c.decimal("quantity", true);
        Integer start = c.whole("start_year");
        Integer duration = c.whole("duration");
        BigDecimal deadweight = c.fraction("deadweight");
        BigDecimal displacement = c.fraction("displacement");
        BigDecimal attribution = c.fraction("attribution");
        BigDecimal dropOff = c.fraction("drop_off");
        BigDecimal proxyAmount = c.decimal("proxy", false);
        String proxyYear = c.text("proxy_price_year");
        String evidence = c.text("evidence");
        String separately = c.text("counted_separately");
        if ((proxyAmount == null) != (proxyYear == null) && c.ok()) {
            c.problem(RowRule.MISSING_VALUE, "give both proxy and proxy_price_year, or neither");
        }
        CommitmentLine line = null;
        if (c.ok()) {
            try {
                ProxyValue proxy = proxyAmount == null ? null
                        : ProxyValue.supplied(Money.of(proxyAmount, e.settings.currency()), PriceYear.parse(proxyYear));
                line = CommitmentLine.builder(id, MeasureId.of(measure), quantity)
                        .startYear(start == null ? 1 : start).duration(duration == null ? 1 : duration)
                        .deadweight(deadweight)
                        .displacement(displacement == null ? BigDecimal.ZERO : displacement)
                        .attribution(attribution == null ? BigDecimal.ZERO : attribution)
                        .dropOff(dropOff == null ? BigDecimal.ZERO : dropOff)
                        .proxy(proxy).evidence(evidence).countedSeparately(separately).build();
            } catch (SvtomsException bad) {
                c.problem(RowRule.INVALID_VALUE, bad.getMessage());
            }
        }
        if (line == null) {
            return reject(index.json(row), contract, organisation, id, String.valueOf(c.rule), String.join("; ", c.problems));
        }
        Optional<LineValuation> valued;
        try {
            valued = e.engine.valueLine(line);
        } catch (LineRejectedException refused) {
            return reject(index.json(row), contract, organisation, id, refused.problems().get(0).rule().name(),
                    refused.problems().stream().map(LineProblem::message).collect(Collectors.joining("; ")));
        }
        String[] m = e.measure(line.measure());
        if (valued.isEmpty()) {
            return RowFactory.create(contract, organisation, id, measure, m[0], m[1], quantity.toPlainString(), UNVALUED,
                    false, e.unvaluedReason(line), null, null, null, null, null, null, null, m[2], separately, null, null,
                    null, null, null, null);
        }
        LineValuation v = valued.get();
        Figures reported = v.reported();
        BigDecimal g = reported.gross().amount();
        BigDecimal n = reported.net().amount();
        BigDecimal p = reported.presentValue().amount();
        if (tooLarge(g) || tooLarge(n) || tooLarge(p)) {
            return reject(index.json(row), contract, organisation, id, RowRule.FIGURE_TOO_LARGE.name(), "line '" + id
                    + "': a figure (gross " + g.toPlainString() + ", net " + n.toPlainString() + ", present value "
                    + p.toPlainString() + ") has more than " + MONEY_INTEGER_DIGITS + " integer digits, more than "
                    + "DECIMAL(38,2) holds");
        }
        return RowFactory.create(contract, organisation, id, measure, m[0], m[1], quantity.toPlainString(), VALUED, true,
                null, v.valueType().name(), money(g), money(n), money(p), v.gross().amount().toPlainString(),
                v.net().amount().toPlainString(), v.presentValue().amount().toPlainString(), m[2], separately,
                v.presentValueRange().map(x -> x.low().amount().toPlainString()).orElse(null),
                v.presentValueRange().map(x -> x.high().amount().toPlainString()).orElse(null),
                separately == null ? null : Formats.COMMITMENT_LINES.toLine(line), null, null, null);
    }

    private Row reject(String row, @Nullable String contract, @Nullable String organisation, @Nullable String id,
                       String rule, String reason) {
        if (failOnBadRows) {
            throw new BadRowException(rule, "bad row (" + rule + "): " + reason + "; row: " + row);
        }
        return RowFactory.create(contract, organisation, id, null, null, null, null, REJECTED, false, null, null, null,
                null, null, null, null, null, null, null, null, null, null, row, rule, reason);
    }

    static boolean tooLarge(BigDecimal v) {
        return v.precision() - v.scale() > MONEY_INTEGER_DIGITS;
    }

    /** A reported figure as {@link Schemas#MONEY}: the currency's minor unit has at most 2 digits (checked in {@link SparkValuation}). */
    static BigDecimal money(BigDecimal v) {
        return v.setScale(2);
    }

}
