package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.PortfolioDtos.ContractDto;
import io.github.svtoms.catalog.json.PortfolioDtos.Document;
import io.github.svtoms.catalog.json.PortfolioDtos.MetricDto;
import io.github.svtoms.catalog.json.PortfolioDtos.MetricsDocument;
import io.github.svtoms.catalog.json.PortfolioDtos.PracticesDto;
import io.github.svtoms.catalog.json.PortfolioDtos.TargetsDto;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.OrganisationPractices;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.core.portfolio.PortfolioRequest;
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
        OrganisationPractices practices = d.practices() == null ? OrganisationPractices.UNKNOWN
                : practices(f, d.practices());
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
                () -> new PortfolioRequest(new Portfolio(currency, contracts), targets, practices));
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

    private static OrganisationPractices practices(Fields f, PracticesDto d) {
        if (d.supplierGuidance() == null && d.supplierDevelopment() == null) {
            f.problem("$.practices", "no answer: give supplierGuidance, supplierDevelopment or both (true or false), or"
                    + " omit 'practices'");
        }
        return new OrganisationPractices(Optional.ofNullable(d.supplierGuidance()),
                Optional.ofNullable(d.supplierDevelopment()));
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
        String supplier = f.optionalText(p + ".supplier", d.supplier());
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
                money(delivered, currency), Optional.ofNullable(supplier),
                Optional.ofNullable(d.valueIncludesVat()).map(VatBasis::of)));
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
     * Writes a portfolio in the canonical form: {@code targets} and {@code practices} omitted when there are
     * none, absent optional contract members omitted.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     */
    public static String write(PortfolioRequest request) {
        Portfolio p = request.portfolio();
        PortfolioTargets t = request.targets();
        return JsonOut.write("svtoms-" + KIND + "/1", new Document(p.currency().getCurrencyCode(),
                t.equals(PortfolioTargets.NONE) ? null : new TargetsDto(JsonOut.decimal(t.localShare()),
                        JsonOut.decimal(t.smeShare()), JsonOut.decimal(t.vcseShare())),
                request.practices().equals(OrganisationPractices.UNKNOWN) ? null
                        : new PracticesDto(request.practices().supplierGuidance().orElse(null),
                        request.practices().supplierDevelopment().orElse(null)),
                CatalogueWriter.each(p.contracts(), c -> new ContractDto(c.id().value(), c.supplier().orElse(null),
                        JsonOut.decimal(c.value().amount()), c.valueBasis().map(b -> b == VatBasis.GROSS).orElse(null),
                        JsonOut.decimal(c.socialValueWeighting()), c.paysRealLivingWage().orElse(null),
                        amount(c.addressableSpend()), amount(c.localSpend()), amount(c.smeSpend()), amount(c.vcseSpend()),
                        amount(c.proxyValueCommitted()), amount(c.proxyValueDelivered())))));
    }

    private static String amount(Optional<Money> money) {
        return JsonOut.decimal(money.map(Money::amount));
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
        return JsonOut.write("svtoms-portfolio-metrics/1", new MetricsDocument(report.currency().getCurrencyCode(),
                CatalogueWriter.each(report.metrics(), m -> new MetricDto(m.id().metricName(), Values.id(m.id().unit()),
                        JsonOut.decimal(m.value().map(Values::reported)), m.displayValue(), JsonOut.decimal(m.target()),
                        m.targetMet().orElse(null), m.contracts().size(), CatalogueWriter.ids(m.contracts()),
                        Values.inputs(m.inputs()), m.derivation()))));
    }
}
