package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated valid catalogues and proxy tables survive write → read unchanged (ids, order, text with
 * characters that need escaping, and the exact scale of every decimal), and write → read → write is
 * byte-identical. 1,000 seeded samples each.
 */
@ExtendWith(InstancioExtension.class)
class RoundTripPropertyTest {
    private static final long SEED = 12345L;
    private static final String AWKWARD = " \"quoted\" back\\slash\nnew line\ttab £ é — ✓ \u0001";

    /** One generated sample: the free parts of a catalogue and a proxy entry. */
    record Spec(String name, long unscaled, int scale, int percentHundredths, int count, boolean flag, int unit,
                int categories, int rule, int year) {
    }

    static List<Spec> specs() {
        return Instancio.ofList(Spec.class).size(1000).withSeed(SEED)
                .generate(field(Spec::unscaled), gen -> gen.longs().range(1L, 999_999_999_999_999L))
                .generate(field(Spec::scale), gen -> gen.ints().range(0, 20))
                .generate(field(Spec::percentHundredths), gen -> gen.ints().range(0, 10_000))
                .generate(field(Spec::count), gen -> gen.ints().range(1, 1_000_000))
                .generate(field(Spec::unit), gen -> gen.ints().range(0, 12))
                .generate(field(Spec::categories), gen -> gen.ints().range(1, 7))
                .generate(field(Spec::rule), gen -> gen.ints().range(0, 2))
                .generate(field(Spec::year), gen -> gen.ints().range(1990, 2098))
                .generate(field(Spec::name), gen -> gen.string().minLength(1).maxLength(40))
                .create();
    }

    static Catalogue catalogue(Spec s, int i) {
        BigDecimal decimal = BigDecimal.valueOf(s.unscaled(), s.scale());
        BigDecimal percent = BigDecimal.valueOf(s.percentHundredths(), 2);
        ContractCategory[] all = ContractCategory.values();
        Measure.Builder m = Measure.builder(MeasureId.of("m-" + i)).outcome(OutcomeId.of("o-" + i))
                .name(s.name() + AWKWARD).description(s.flag() ? "" : s.name()).unit(Unit.of(Unit.standardIds().get(s.unit())))
                .firstYearOnly(s.flag()).tags("t" + s.count()).crossReferences(CrossReference.of("national-toms", "NT" + s.count(), "NT2022"));
        for (int b = 0; b < 3; b++) {
            if ((s.categories() & (1 << b)) != 0) {
                m.categories(all[b]);
            }
        }
        m.targetRule(switch (s.rule()) {
            case 0 -> new TargetRule.Fixed(decimal);
            case 1 -> new TargetRule.PerContractYear(decimal);
            default -> new TargetRule.PerContractValue(decimal, Money.of(BigDecimal.valueOf(s.count(), s.scale() % 3), Money.currency("GBP")));
        });
        if (s.flag()) {
            m.minimumContractValue(Money.of(decimal, Money.currency("GBP"))).exclusiveGroup("g." + s.count()).sectors("care");
        }
        FrameworkRules rules = new FrameworkRules(Optional.of(percent), s.flag() ? Optional.empty() : Optional.of(percent),
                List.of(ThemeId.of("th-" + i)), s.count() % 3, Optional.of(percent), Optional.of(1 + s.count() % 5));
        Framework prio = new Framework(FrameworkId.of("p-" + i), FrameworkKind.PRIORITIES, s.name(), "publisher", "e" + s.year(),
                AWKWARD, Optional.of("https://example.org/" + s.count()), Optional.empty(), rules, List.of(),
                List.of(Priority.of(PriorityId.of("a"), "A" + AWKWARD, "", List.of(MeasureId.of("m-" + i))),
                        new Priority(PriorityId.of("b"), "B", s.name(), Optional.of(PriorityId.of("a")), List.of())));
        return Catalogue.builder().framework(Framework.ofMeasures(FrameworkId.of("f-" + i), "F", "P", "1")).framework(prio)
                .theme(new Theme(ThemeId.of("th-" + i), FrameworkId.of("f-" + i), "Theme " + s.name(), ""))
                .outcome(new Outcome(OutcomeId.of("o-" + i), ThemeId.of("th-" + i), "Outcome", AWKWARD))
                .measure(m.build()).build();
    }

    @Test
    void generatedCataloguesRoundTripExactly() {
        List<Spec> specs = specs();
        assertEquals(1000, specs.size());
        for (int i = 0; i < specs.size(); i++) {
            Catalogue c = catalogue(specs.get(i), i);
            String json = Formats.CATALOGUE.toJson(c);
            Catalogue back = Formats.CATALOGUE.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
            assertEquals(c, back, json);
            BigDecimal q = back.requireMeasure(MeasureId.of("m-" + i)).targetRule().orElseThrow().quantity();
            assertEquals(specs.get(i).scale(), q.scale(), "scale of " + q);
            assertEquals(json, Formats.CATALOGUE.toJson(back));
        }
    }

    @Test
    void generatedProxyTablesRoundTripExactly() {
        List<Spec> specs = specs();
        ProxyTable.Builder b = ProxyTable.builder("gen", "Generated" + AWKWARD, "1", Money.currency("GBP"));
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            PriceYear year = s.flag() ? PriceYear.ofFinancial(s.year()) : PriceYear.ofCalendar(s.year());
            Provenance p = new Provenance(s.name(), "Publisher" + AWKWARD, "v" + s.count(),
                    s.flag() ? Optional.empty() : Optional.of("https://example.org/" + i), "CC BY 4.0",
                    EvidenceGrade.values()[s.rule()], s.flag() ? Optional.of("R" + i) : Optional.empty());
            b.put(MeasureId.of("m-" + i), new ProxyValue(Money.of(BigDecimal.valueOf(s.unscaled(), s.scale()), Money.currency("GBP")),
                    year, ValueType.values()[s.unit() % 4],
                    s.flag() ? Optional.of(BigDecimal.valueOf(s.percentHundredths(), 4)) : Optional.empty(), p,
                    s.flag() ? Optional.empty() : Optional.of(AWKWARD)));
        }
        ProxyTable t = b.build();
        String json = Formats.PROXY_TABLE.toJson(t);
        ProxyTable back = Formats.PROXY_TABLE.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
        assertEquals(t, back);
        int i = 0;
        for (ProxyValue v : back.entries().values()) {
            assertEquals(specs.get(i++).scale(), v.amount().amount().scale());
        }
        assertEquals(json, Formats.PROXY_TABLE.toJson(back));
    }
}
