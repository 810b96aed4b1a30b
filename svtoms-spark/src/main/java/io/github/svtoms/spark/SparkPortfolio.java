package io.github.svtoms.spark;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.Metric;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioTargets;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import javax.annotation.Nullable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portfolio metrics of {@link io.github.svtoms.core.portfolio} at scale: contract rows from any Spark source
 * ({@link Schemas#CONTRACTS}), grouped by organisation, each organisation's contracts given to the library's
 * {@link Portfolio#metrics(PortfolioTargets)}: contract count and value, the value-weighted social value
 * weighting (anchor metric 1), the Real Living Wage share counted per supplier (2), local, SME and VCSE spend
 * shares of addressable spend (5 and the others), proxy value committed, delivered and delivered ÷ committed.
 * The definitions are the library's, unchanged; this class only reads the rows and groups them.
 *
 * <p>Not computed here: anchor metrics 3 and 4 (supplier guidance, supplier development) are yes/no answers
 * about an organisation, not data in contract rows ({@link io.github.svtoms.core.portfolio.OrganisationPractices}).
 * Committed and delivered value are the contract rows' {@code proxy_value_committed} and
 * {@code proxy_value_delivered}: figures valued elsewhere, e.g. the present value of a contract's commitment lines
 * and of its delivery reports' lines from {@link SparkValuation#totals} of one value type (figures of different value
 * types must not be added into one number, so the caller chooses which).
 *
 * <p>Limit: the metrics are per organisation (one group), so one organisation's contracts are held in one task's
 * memory (about 1 KB a contract: a million contracts need about 1 GB). A contract id repeated within an
 * organisation fails the job ({@link InvalidValueException} naming both), as the library refuses it.
 *
 * <p>Stateless and thread-safe.
 */
public final class SparkPortfolio {
    private static final String OK = "OK";

    /** Each parsed contract, in text: organisation, the {@link Schemas#CONTRACTS} fields, or a rejected row. */
    private static final StructType PARSED;

    static {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        for (StructField c : Schemas.CONTRACTS.fields()) {
            f.add(DataTypes.createStructField(c.name(), DataTypes.StringType, true));
        }
        f.add(DataTypes.createStructField("row", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("rule", DataTypes.StringType, true));
        f.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
        PARSED = new StructType(f.toArray(new StructField[0]));
    }

    private SparkPortfolio() {
    }

    /**
     * The metrics of each organisation's portfolio, and the rows that are not contracts.
     *
     * @param contracts rows with the columns of {@link Schemas#CONTRACTS} (found by name)
     * @param currency the currency of every amount
     * @param targets the spend share targets, the same for every organisation ({@link PortfolioTargets#NONE} for none)
     * @param options whether the job fails at the first bad row
     * @return the metrics ({@link Schemas#METRICS}) and the rejected rows ({@link Schemas#REJECTED}, {@code line_id}
     *         null)
     */
    public static PortfolioMetrics metrics(Dataset<Row> contracts, Currency currency, PortfolioTargets targets,
                                           SparkValuation.Options options) {
        Checks.notNull(contracts, "contracts");
        Checks.notNull(currency, "currency");
        Checks.notNull(targets, "targets");
        Checks.notNull(options, "options");
        Dataset<Row> parsed = contracts.mapPartitions(new Parse(currency, options.failOnBadRows(), contracts.schema()),
                Encoders.row(PARSED));
        Dataset<Row> metrics = parsed.filter(functions.col("status").equalTo(OK))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(1), Encoders.STRING())
                .flatMapGroups(new Compute(currency, targets), Encoders.row(Schemas.METRICS));
        Dataset<Row> rejected = parsed.filter(functions.col("status").notEqual(OK)).select(functions.col("row"),
                functions.col("contract_id"), functions.col("organisation"),
                functions.lit(null).cast(DataTypes.StringType).as("line_id"), functions.col("rule"),
                functions.col("reason"));
        return new PortfolioMetrics(metrics, rejected);
    }

    /**
     * The metrics and the rejected contract rows of {@link #metrics}.
     *
     * @param metrics {@link Schemas#METRICS} rows
     * @param rejected {@link Schemas#REJECTED} rows
     */
    public record PortfolioMetrics(Dataset<Row> metrics, Dataset<Row> rejected) {
    }

    /** A contract row as the library's contract, or the problems of the row. */
    @Nullable
    static PortfolioContract contract(Cells c, Currency currency) {
        String id = c.required("contract_id");
        BigDecimal value = c.decimal("value", true);
        BigDecimal weighting = c.decimal("social_value_weighting", false);
        Boolean rlw = c.bool("pays_real_living_wage");
        BigDecimal addressable = c.decimal("addressable_spend", false);
        BigDecimal local = c.decimal("local_spend", false);
        BigDecimal sme = c.decimal("sme_spend", false);
        BigDecimal vcse = c.decimal("vcse_spend", false);
        BigDecimal committed = c.decimal("proxy_value_committed", false);
        BigDecimal delivered = c.decimal("proxy_value_delivered", false);
        String supplier = c.text("supplier");
        if (!c.ok()) {
            return null;
        }
        try {
            PortfolioContract p = new PortfolioContract(ContractId.of(id), Money.of(value, currency),
                    Optional.ofNullable(weighting), Optional.ofNullable(rlw), money(addressable, currency),
                    money(local, currency), money(sme, currency), money(vcse, currency), money(committed, currency),
                    money(delivered, currency));
            return supplier == null ? p : p.withSupplier(supplier);
        } catch (SvtomsException bad) {
            c.problem(RowRule.INVALID_VALUE, bad.getMessage());
            return null;
        }
    }

    private static Optional<Money> money(@Nullable BigDecimal v, Currency currency) {
        return v == null ? Optional.empty() : Optional.of(Money.of(v, currency));
    }

    private static final class Parse implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final Currency currency;
        private final boolean failOnBadRows;
        private final Cells.Index index;

        Parse(Currency currency, boolean failOnBadRows, StructType input) {
            this.currency = currency;
            this.failOnBadRows = failOnBadRows;
            this.index = new Cells.Index(input);
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return parse(index.cells(rows.next()));
                }
            };
        }

        private Row parse(Cells c) {
            Row row = c.row();
            String corrupt = c.text(Schemas.CORRUPT_RECORD);
            String organisation = c.required("organisation");
            if (corrupt != null) {
                return bad(corrupt, null, null, RowRule.MALFORMED_RECORD.name(),
                        "the source could not read the record into the columns of the contracts' schema");
            }
            PortfolioContract p = contract(c, currency);
            if (p == null || organisation == null) {
                return bad(index.json(row), c.text("contract_id"), organisation,
                        String.valueOf(c.rule), String.join("; ", c.problems));
            }
            Object[] out = new Object[PARSED.size()];
            out[0] = OK;
            for (int i = 0; i < Schemas.CONTRACTS.size(); i++) {
                String name = Schemas.CONTRACTS.fields()[i].name();
                out[i + 1] = name.equals("pays_real_living_wage") ? p.paysRealLivingWage().map(String::valueOf).orElse(null)
                        : c.text(name);
            }
            return RowFactory.create(out);
        }

        private Row bad(String row, @Nullable String contract, @Nullable String organisation, String rule, String reason) {
            if (failOnBadRows) {
                throw new BadRowException(rule, "bad contract row (" + rule + "): " + reason + "; row: " + row);
            }
            Object[] out = new Object[PARSED.size()];
            out[0] = "REJECTED";
            out[1] = organisation;
            out[2] = contract;
            out[out.length - 3] = row;
            out[out.length - 2] = rule;
            out[out.length - 1] = reason;
            return RowFactory.create(out);
        }
    }

    private static final class Compute implements FlatMapGroupsFunction<String, Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Currency currency;
        /** The targets (local, SME, VCSE) as text or null: {@link PortfolioTargets} is not serialisable. */
        private final String[] targets;

        Compute(Currency currency, PortfolioTargets targets) {
            this.currency = currency;
            this.targets = new String[] {text(targets.localShare()), text(targets.smeShare()), text(targets.vcseShare())};
        }

        @Nullable
        private static String text(Optional<BigDecimal> v) {
            return v.map(BigDecimal::toString).orElse(null);
        }

        private static Optional<BigDecimal> decimal(@Nullable String v) {
            return Optional.ofNullable(v).map(BigDecimal::new);
        }

        @Override
        public Iterator<Row> call(String organisation, Iterator<Row> rows) {
            List<PortfolioContract> contracts = new ArrayList<>();
            Cells.Index index = new Cells.Index(PARSED);
            while (rows.hasNext()) {
                Cells c = index.cells(rows.next());
                PortfolioContract p = contract(c, currency);
                if (p == null) {
                    throw new IllegalStateException("a contract that was read could not be read again: " + c.problems);
                }
                contracts.add(p);
            }
            Portfolio portfolio;
            try {
                portfolio = new Portfolio(currency, contracts);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("organisation '" + organisation + "': " + e.getMessage());
            }
            List<Row> out = new ArrayList<>();
            PortfolioTargets t = new PortfolioTargets(decimal(targets[0]), decimal(targets[1]), decimal(targets[2]));
            for (Metric m : portfolio.metrics(t).metrics()) {
                Map<String, String> inputs = new LinkedHashMap<>();
                m.inputs().forEach((k, v) -> inputs.put(k, v.toPlainString()));
                out.add(RowFactory.create(organisation, m.id().metricName(), m.id().unit().id(),
                        m.value().map(BigDecimal::toPlainString).orElse(null),
                        m.target().map(BigDecimal::toPlainString).orElse(null), m.targetMet().orElse(null),
                        (long) m.contracts().size(), scala.jdk.javaapi.CollectionConverters.asScala(inputs),
                        m.derivation()));
            }
            return out.iterator();
        }
    }
}
