package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.core.portfolio.PortfolioRequest;
import io.github.svtoms.catalog.json.PortfolioDtos.ContractDto;
import io.github.svtoms.catalog.json.PortfolioDtos.Document;
import io.github.svtoms.catalog.json.PortfolioDtos.TargetsDto;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.Metric;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.core.portfolio.PortfolioTargets;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-portfolio/1} (strict reading into a {@link PortfolioRequest}, canonical
 * writing) and writer of the report {@code svtoms-portfolio-metrics/1}. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class PortfolioCodec {
    static final String KIND = "portfolio";

    private PortfolioCodec() {
    }

    /**
     * Reads a portfolio file.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static PortfolioRequest read(InputStream in, String file) {
        Reading reading = new Reading(file);
        Document d = reading.bind(in, KIND, Document.class, Document.EMPTY);
        Fields f = new Fields(reading);
        int before = reading.problemCount();
        Currency currency = f.currency("$.currency", d.currency());
        PortfolioTargets targets = d.targets() == null ? PortfolioTargets.NONE : targets(f, d.targets());
        List<ContractDto> list = Fields.list(d.contracts());
        Values.unique(f, list.stream().map(ContractDto::id).toList(), "$.contracts", "id", "contract id");
        List<PortfolioContract> contracts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            PortfolioContract c = contract(f, "$.contracts[" + i + "]", list.get(i), currency);
            if (c != null) {
                contracts.add(c);
            }
        }
        reading.throwIfProblems();
        PortfolioRequest request = Values.build(f, "$.contracts", before,
                () -> new PortfolioRequest(new Portfolio(currency, contracts), targets));
        reading.throwIfProblems();
        return request;
    }

    private static PortfolioTargets targets(Fields f, TargetsDto d) {
        int before = f.reading().problemCount();
        BigDecimal local = share(f, "$.targets.localShare", d.localShare());
        BigDecimal sme = share(f, "$.targets.smeShare", d.smeShare());
        BigDecimal vcse = share(f, "$.targets.vcseShare", d.vcseShare());
        return Values.build(f, "$.targets", before, () -> new PortfolioTargets(Optional.ofNullable(local),
                Optional.ofNullable(sme), Optional.ofNullable(vcse)));
    }

    private static BigDecimal share(Fields f, String path, String value) {
        return value == null ? null : Values.percent(f, path, value, "a percentage");
    }

    private static BigDecimal amount(Fields f, String path, String value) {
        return value == null ? null : Values.nonNegative(f, path, value);
    }

    private static PortfolioContract contract(Fields f, String p, ContractDto d, Currency currency) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id());
        BigDecimal value = Values.nonNegative(f, p + ".value", d.value());
        BigDecimal weighting = share(f, p + ".socialValueWeighting", d.socialValueWeighting());
        BigDecimal addressable = amount(f, p + ".addressableSpend", d.addressableSpend());
        BigDecimal local = part(f, p, "localSpend", d.localSpend(), addressable);
        BigDecimal sme = part(f, p, "smeSpend", d.smeSpend(), addressable);
        BigDecimal vcse = part(f, p, "vcseSpend", d.vcseSpend(), addressable);
        BigDecimal committed = amount(f, p + ".proxyValueCommitted", d.proxyValueCommitted());
        BigDecimal delivered = amount(f, p + ".proxyValueDelivered", d.proxyValueDelivered());
        if (currency == null) {
            return null;
        }
        return Values.build(f, p, before, () -> new PortfolioContract(ContractId.of(id), Money.of(value, currency),
                Optional.ofNullable(weighting), Optional.ofNullable(d.paysRealLivingWage()), money(addressable, currency),
                money(local, currency), money(sme, currency), money(vcse, currency), money(committed, currency),
                money(delivered, currency)));
    }

    /** A part of the addressable spend: at least 0 and at most the addressable spend when that is given. */
    private static BigDecimal part(Fields f, String p, String name, String value, BigDecimal addressable) {
        BigDecimal v = amount(f, p + "." + name, value);
        if (v != null && addressable != null && v.compareTo(addressable) > 0) {
            f.problem(p + "." + name, "invalid " + name + " '" + value + "': more than the addressableSpend "
                    + addressable.toPlainString());
            return null;
        }
        return v;
    }

    private static Optional<Money> money(BigDecimal amount, Currency currency) {
        return Optional.ofNullable(amount).map(a -> Money.of(a, currency));
    }

    /**
     * Writes a portfolio in the canonical form: {@code targets} omitted when there are none, absent
     * optional contract members omitted.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     */
    public static String write(PortfolioRequest request) {
        Portfolio p = request.portfolio();
        JsonText w = new JsonText().beginObject().member("format", "svtoms-" + KIND + "/1")
                .member("currency", p.currency().getCurrencyCode());
        PortfolioTargets t = request.targets();
        if (!t.equals(PortfolioTargets.NONE)) {
            w.name("targets").beginObject();
            t.localShare().ifPresent(v -> w.member("localShare", v));
            t.smeShare().ifPresent(v -> w.member("smeShare", v));
            t.vcseShare().ifPresent(v -> w.member("vcseShare", v));
            w.endObject();
        }
        CatalogueWriter.array(w, "contracts", p.contracts(), (x, c) -> {
            x.member("id", c.id().value()).member("value", c.value().amount());
            c.socialValueWeighting().ifPresent(v -> x.member("socialValueWeighting", v));
            c.paysRealLivingWage().ifPresent(v -> x.name("paysRealLivingWage").bool(v));
            c.addressableSpend().ifPresent(v -> x.member("addressableSpend", v.amount()));
            c.localSpend().ifPresent(v -> x.member("localSpend", v.amount()));
            c.smeSpend().ifPresent(v -> x.member("smeSpend", v.amount()));
            c.vcseSpend().ifPresent(v -> x.member("vcseSpend", v.amount()));
            c.proxyValueCommitted().ifPresent(v -> x.member("proxyValueCommitted", v.amount()));
            c.proxyValueDelivered().ifPresent(v -> x.member("proxyValueDelivered", v.amount()));
        });
        return w.endObject().finish();
    }

    /**
     * Writes {@code svtoms-portfolio-metrics/1}: every metric with its value (exact, or rounded to 20 decimal
     * places HALF_EVEN when longer), display text, target and whether it is met, the contracts counted,
     * the inputs and the derivation.
     *
     * @param report the report
     * @return the JSON text, ending with a newline
     */
    public static String writeReport(PortfolioReport report) {
        JsonText w = new JsonText().beginObject().member("format", "svtoms-portfolio-metrics/1")
                .member("currency", report.currency().getCurrencyCode());
        CatalogueWriter.array(w, "metrics", report.metrics(), PortfolioCodec::metric);
        return w.endObject().finish();
    }

    private static void metric(JsonText x, Metric m) {
        x.member("id", m.id().metricName()).member("unit", Values.id(m.id().unit()));
        m.value().ifPresent(v -> x.member("value", Values.reported(v)));
        x.member("display", m.displayValue());
        m.target().ifPresent(t -> x.member("target", t));
        m.targetMet().ifPresent(b -> x.name("met").bool(b));
        x.name("contractsCounted").integer(m.contracts().size());
        x.stringArray("contracts", m.contracts().stream().map(ContractId::value).toList());
        Values.inputs(x, m.inputs());
        x.member("derivation", m.derivation());
    }
}
