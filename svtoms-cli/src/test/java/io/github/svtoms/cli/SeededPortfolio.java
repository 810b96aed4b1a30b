package io.github.svtoms.cli;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.instancio.Instancio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.instancio.Select.field;

/**
 * Seeded portfolios over the bundled catalogue, for the streamed valuation's tests: every bundled measure
 * (those without a proxy give unvalued lines), quantities of 0–10⁷ with 0–3 decimals, start years 1–4,
 * durations 1–6 (1 for first-year-only measures), line or default deadweight, displacement, attribution and
 * drop-off, one line in eight with its own proxy, some ids that a spreadsheet would take for a formula.
 * The settings: GBP, 2024-25 prices, Green Book, a contract (so that the percentage of the contract shows).
 */
final class SeededPortfolio {
    /** One seeded line. */
    record Spec(int measure, long quantity, int scale, int start, int duration, int deadweight, int displacement,
                int attribution, int dropOff, int proxyPence, int flags) {
    }

    private SeededPortfolio() {
    }

    /** The settings: no lines of their own. */
    static ValuationRequest settings() {
        return Bundled.valuationRequest(Money.currency("GBP"), PriceYear.parse("2024-25"))
                .discounting(Discounting.greenBook())
                .contract(new Contract(Money.of(new BigDecimal("250000000"), Money.currency("GBP")), 5)).build();
    }

    /** The settings as a request file. */
    static String settingsJson() {
        return Formats.VALUATION_REQUEST.toJson(settings());
    }

    static List<CommitmentLine> lines(int count, long seed) {
        List<Measure> measures = Bundled.catalogue().measures();
        List<Spec> specs = Instancio.ofList(Spec.class).size(count).withSeed(seed)
                .generate(field(Spec::measure), g -> g.ints().range(0, measures.size() - 1))
                .generate(field(Spec::quantity), g -> g.longs().range(0L, 10_000_000_000L))
                .generate(field(Spec::scale), g -> g.ints().range(0, 3))
                .generate(field(Spec::start), g -> g.ints().range(1, 4))
                .generate(field(Spec::duration), g -> g.ints().range(1, 6))
                .generate(field(Spec::deadweight), g -> g.ints().range(-40, 60))
                .generate(field(Spec::displacement), g -> g.ints().range(0, 30))
                .generate(field(Spec::attribution), g -> g.ints().range(0, 30))
                .generate(field(Spec::dropOff), g -> g.ints().range(0, 30))
                .generate(field(Spec::proxyPence), g -> g.ints().range(1, 10_000_000))
                .generate(field(Spec::flags), g -> g.ints().range(0, 63))
                .create();
        List<CommitmentLine> out = new ArrayList<>(count);
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Measure m = measures.get(s.measure());
            String id = (s.flags() % 16 == 0 ? "=SUM(A1:A9) " : s.flags() % 16 == 1 ? "-" : "") + "L" + i;
            CommitmentLine.Builder b = CommitmentLine.builder(id, m.id(), BigDecimal.valueOf(s.quantity() % 10_000_000_000L,
                    s.scale())).startYear(s.start()).duration(m.firstYearOnly() ? 1 : s.duration())
                    .displacement(BigDecimal.valueOf(s.displacement(), 2)).attribution(BigDecimal.valueOf(s.attribution(), 2))
                    .dropOff(BigDecimal.valueOf(s.dropOff(), 2));
            if (s.deadweight() >= 0) {
                b.deadweight(BigDecimal.valueOf(s.deadweight(), 2));
            }
            if (s.flags() % 8 == 3) {
                b.proxy(ProxyValue.supplied(Money.of(BigDecimal.valueOf(s.proxyPence(), 2), Money.currency("GBP")),
                        PriceYear.parse(s.flags() > 31 ? "2024-25" : "2015-16")));
            }
            if (s.flags() % 5 == 0) {
                b.evidence("contract schedule 4, row " + i);
            }
            out.add(b.build());
        }
        return out;
    }

    /** The lines as JSON Lines. */
    static String jsonl(List<CommitmentLine> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(Formats.COMMITMENT_LINES.toLine(l)).append('\n'));
        return b.toString();
    }
}
