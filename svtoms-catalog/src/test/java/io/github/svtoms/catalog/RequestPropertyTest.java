package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
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

import static io.github.svtoms.catalog.ValuationJsonTest.bytes;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated valuation and KPI requests survive write → read unchanged and write → read → write
 * byte-identically; so do the valuation reports and KPI selections computed from them, whose totals read
 * back equal the engine's to the penny. 1,000 seeded samples each: the Instancio-generated spec of each
 * sample seeds the choices made for it.
 */
@ExtendWith(InstancioExtension.class)
class RequestPropertyTest {
    private static final long SEED = 20250101L;
    private static final String AWKWARD = " \"q\" back\\slash\nnew line\ttab £ é ✓ \u0001";
    /** Awkward but a valid free-text identifier: no control or invisible format characters (Limits). */
    private static final String AWKWARD_ID = " \"q\" back\\slash £ é ✓";
    private static final Currency GBP = Money.currency("GBP");

    /** One generated sample: the seed of its choices, a line count and a decimal. */
    record Spec(long seed, int lines, long unscaled, int scale) {
    }

    static List<Spec> specs() {
        return Instancio.ofList(Spec.class).size(1000).withSeed(SEED)
                .generate(field(Spec::lines), gen -> gen.ints().range(0, 6))
                .generate(field(Spec::unscaled), gen -> gen.longs().range(0L, 9_999_999_999L))
                .generate(field(Spec::scale), gen -> gen.ints().range(0, 6))
                .create();
    }

    static BigDecimal fraction(Random r) {
        return BigDecimal.valueOf(r.nextInt(101), r.nextInt(3) + 2).min(BigDecimal.ONE);
    }

    static ValuationRequest request(Spec s, int i) {
        Random r = new Random(s.seed());
        Catalogue catalogue = Bundled.catalogue();
        List<Measure> measures = catalogue.measures();
        PriceIndex index = Bundled.referenceData().priceIndices().get(0);
        // price years every bundled proxy can be rebased to: a calendar year whose two financial years are in
        // the index (2000 and 2005 are not: 1999-00 and 2004-05 are missing, and such a rebasing is refused)
        List<PriceYear> years = new ArrayList<>(index.values().keySet().stream()
                .filter(y -> y.isFinancial() || index.contains(PriceYear.ofFinancial(y.startYear() - 1))
                        && index.contains(PriceYear.ofFinancial(y.startYear())))
                .toList());
        ValuationRequest.Builder b = ValuationRequest.builder(GBP, years.get(r.nextInt(years.size())), catalogue)
                .proxyTable(Bundled.proxyTable()).priceIndex(index)
                .reference(Bundled.referenceData()); // a request read from a file carries the reader's reference data
        if (r.nextBoolean()) {
            b.contract(new Contract(Money.of(BigDecimal.valueOf(1 + r.nextInt(100_000_000), r.nextInt(3)), GBP),
                    1 + r.nextInt(10)));
        }
        YearIndexing indexing = YearIndexing.values()[r.nextInt(2)];
        b.discounting(switch (r.nextInt(4)) {
            case 0 -> new Discounting(DiscountSchedule.none(), indexing);
            case 1 -> new Discounting(DiscountSchedule.greenBook(), indexing);
            case 2 -> new Discounting(DiscountSchedule.greenBookHealth(), indexing);
            default -> Discounting.constant(BigDecimal.valueOf(r.nextInt(100), 3), indexing);
        });
        for (int k = 0; k < s.lines(); k++) {
            Measure m = measures.get(r.nextInt(measures.size()));
            CommitmentLine.Builder l = CommitmentLine.builder(k == 0 ? "line " + i + AWKWARD_ID : "l" + k, m.id(),
                    BigDecimal.valueOf(s.unscaled() + k, s.scale())).startYear(1 + r.nextInt(5))
                    .duration(m.firstYearOnly() ? 1 : 1 + r.nextInt(5))
                    .displacement(fraction(r)).attribution(fraction(r)).dropOff(fraction(r));
            if (r.nextBoolean()) {
                l.deadweight(fraction(r));
            }
            if (r.nextInt(3) == 0) {
                Money amount = Money.of(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4)), GBP);
                PriceYear year = years.get(r.nextInt(years.size()));
                l.proxy(r.nextBoolean() ? ProxyValue.supplied(amount, year) : new ProxyValue(amount, year,
                        ValueType.values()[r.nextInt(4)], Optional.of(fraction(r)), new Provenance("Source" + AWKWARD,
                        "Publisher", "v1", Optional.of("https://example.org/" + i), "OGL v3.0", EvidenceGrade.V,
                        Optional.of("row " + k)), Optional.of("notes" + AWKWARD)));
            }
            if (r.nextBoolean()) {
                l.evidence("evidence" + AWKWARD);
            }
            b.line(l.build());
        }
        return b.build();
    }

    @Test
    void generatedValuationRequestsAndTheirReportsRoundTrip() {
        List<Spec> specs = specs();
        assertEquals(1000, specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest request = request(specs.get(i), i);
            String json = Formats.VALUATION_REQUEST.toJson(request);
            ValuationRequest back = Formats.VALUATION_REQUEST.read(bytes(json), "gen.json");
            assertEquals(request, back, json);
            assertEquals(json, Formats.VALUATION_REQUEST.toJson(back));

            Valuation v = ValuationEngine.value(back);
            String report = Formats.VALUATION_REPORT.toJson(ValuationReport.of(back, v));
            ValuationReport read = Formats.VALUATION_REPORT.read(bytes(report), "gen-valuation.json");
            assertEquals(ValuationReport.of(back, v), read, report);
            assertEquals(v.totals(), read.totals(), "totals to the penny");
            assertEquals(report, Formats.VALUATION_REPORT.toJson(read));
        }
    }

    static ContractProfile profile(Spec s) {
        Random r = new Random(s.seed());
        Catalogue c = Bundled.catalogue();
        Framework f = c.frameworks().get(r.nextInt(c.frameworks().size()));
        List<String> priorities = f.kind() == FrameworkKind.PRIORITIES
                ? f.priorities().stream().map(p -> p.id().value()).toList()
                : c.themesOf(f.id()).stream().map(t -> t.id().value()).toList();
        List<PriorityGroupId> groups = f.priorityGroups().isEmpty()
                ? c.priorityGroups().stream().map(g -> g.id()).toList() : f.priorityGroups();
        ContractProfile.Builder b = ContractProfile.builder().framework(f.id())
                .value(Money.of(BigDecimal.valueOf(1 + s.unscaled(), s.scale() % 3), GBP)).years(1 + r.nextInt(10))
                .category(ContractCategory.values()[r.nextInt(3)]).buyer(BuyerType.values()[r.nextInt(4)])
                .sectors(r.nextBoolean() ? List.of("care") : List.of("facilities-management", "care"))
                .priorities(pick(r, priorities).stream().map(PriorityId::of).toList())
                .priorityGroups(pick(r, groups));
        if (r.nextBoolean()) {
            b.maxKpis(1 + r.nextInt(12));
        }
        if (r.nextBoolean()) {
            b.minimumFactor(fraction(r)).stretchFactor(BigDecimal.ONE.add(fraction(r)));
        }
        return b.build();
    }

    static <T> List<T> pick(Random r, List<T> all) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            if (r.nextInt(3) == 0) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void generatedKpiRequestsAndSelectionsRoundTrip() {
        KpiSelector selector = new KpiSelector(Bundled.catalogue());
        for (Spec s : specs()) {
            ContractProfile p = profile(s);
            String json = Formats.KPI_REQUEST.toJson(p);
            ContractProfile back = Formats.KPI_REQUEST.read(bytes(json), "gen.json");
            assertEquals(p, back, json);
            assertEquals(json, Formats.KPI_REQUEST.toJson(back));

            KpiSelectionReport selection = selector.report(back);
            String out = Formats.KPI_SELECTION.toJson(selection);
            KpiSelectionReport read = Formats.KPI_SELECTION.read(bytes(out), "gen-selection.json");
            assertEquals(selection, read, out);
            assertEquals(out, Formats.KPI_SELECTION.toJson(read));
            assertEquals(out, Formats.KPI_SELECTION.toJson(selector.report(p)), "same input, same bytes");
        }
    }
}
