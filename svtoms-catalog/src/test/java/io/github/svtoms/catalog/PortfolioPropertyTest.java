package io.github.svtoms.catalog;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.MetricId;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.core.portfolio.PortfolioRequest;
import io.github.svtoms.core.portfolio.PortfolioTargets;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.github.svtoms.catalog.FormatTests.in;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 seeded generated portfolios: write → read gives an equal request (every optional member present or
 * absent, exact scale), write → read → write is byte-identical, both documents validate against their
 * schemas, and the metrics report's contract count and total value match the portfolio.
 */
@ExtendWith(InstancioExtension.class)
class PortfolioPropertyTest {
    private static final long SEED = 12345L;

    record Spec(long seed, int contracts, boolean targets) {
    }

    @Test
    void generatedPortfoliosRoundTripExactly() {
        List<Spec> specs = Instancio.ofList(Spec.class).size(1000).withSeed(SEED)
                .generate(field(Spec::contracts), gen -> gen.ints().range(0, 8))
                .create();
        assertEquals(1000, specs.size());
        Schema requestSchema = FormatTests.schema("svtoms-portfolio-1");
        Schema reportSchema = FormatTests.schema("svtoms-portfolio-metrics-1");
        for (Spec s : specs) {
            Random r = new Random(s.seed());
            PortfolioRequest request = request(s, r);
            String json = Formats.PORTFOLIO_REQUEST.toJson(request);
            PortfolioRequest back = Formats.PORTFOLIO_REQUEST.read(in(json), "gen.json");
            assertEquals(request, back, json);
            assertEquals(json, Formats.PORTFOLIO_REQUEST.toJson(back));
            assertEquals(List.of(), requestSchema.errors(tree(json)), json);
            PortfolioReport report = back.metrics();
            String out = Formats.PORTFOLIO_METRICS.toJson(report);
            assertEquals(List.of(), reportSchema.errors(tree(out)), out);
            assertEquals(String.valueOf(s.contracts()), tree(out).get("metrics").get(0).get("display").asText());
            BigDecimal total = back.portfolio().contracts().stream().map(c -> c.value().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, total.compareTo(report.metric(MetricId.TOTAL_VALUE).value().orElseThrow()));
        }
    }

    static PortfolioRequest request(Spec s, Random r) {
        Currency currency = Money.currency(List.of("GBP", "EUR", "USD").get(r.nextInt(3)));
        List<PortfolioContract> contracts = new ArrayList<>();
        for (int i = 0; i < s.contracts(); i++) {
            BigDecimal value = BigDecimal.valueOf(r.nextInt(100_000_000), r.nextInt(3));
            BigDecimal addressable = value.multiply(BigDecimal.valueOf(r.nextInt(101), 2));
            contracts.add(new PortfolioContract(ContractId.of("c-" + i + "." + r.nextInt(100)), Money.of(value, currency),
                    maybe(r, BigDecimal.valueOf(r.nextInt(10_001), r.nextInt(3))).map(w -> w.min(BigDecimal.valueOf(100))),
                    r.nextBoolean() ? Optional.of(r.nextBoolean()) : Optional.empty(),
                    maybe(r, addressable).map(a -> Money.of(a, currency)),
                    part(r, addressable, currency), part(r, addressable, currency), part(r, addressable, currency),
                    maybe(r, BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3))).map(a -> Money.of(a, currency)),
                    maybe(r, BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(3))).map(a -> Money.of(a, currency))));
        }
        PortfolioTargets targets = s.targets() ? new PortfolioTargets(maybe(r, BigDecimal.valueOf(r.nextInt(101))),
                maybe(r, BigDecimal.valueOf(r.nextInt(1001), 1)), maybe(r, BigDecimal.valueOf(r.nextInt(101))))
                : PortfolioTargets.NONE;
        return new PortfolioRequest(new Portfolio(currency, contracts), targets);
    }

    private static Optional<BigDecimal> maybe(Random r, BigDecimal value) {
        return r.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    /** A part of the addressable spend (at most all of it), or absent. */
    private static Optional<Money> part(Random r, BigDecimal addressable, Currency currency) {
        return maybe(r, addressable.multiply(BigDecimal.valueOf(r.nextInt(101), 2))).map(a -> Money.of(a, currency));
    }
}
