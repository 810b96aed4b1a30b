package io.github.svtoms.bench;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A generated catalogue for KPI selection: one measure-owning framework with 5 themes, 25 outcomes and the
 * measures (units, categories, sector tags, target rules, minimum contract values, exclusive groups,
 * first-year-only hires), 10 priority groups, and priority frameworks of 8 priorities each (two with a
 * mandatory theme, some with a minimum of outcomes or a priority-group limit), each priority pointing at
 * 30 measures. Plus seeded contract profiles to select for. Deterministic for a seed. Stateless.
 */
public final class GeneratedCatalogue {
    private static final Unit[] UNITS = {Unit.FTE_YEARS, Unit.PEOPLE, Unit.HOURS, Unit.WEEKS, Unit.GBP, Unit.TCO2E,
        Unit.TONNES};
    private static final String[] SECTORS = {"care", "construction", "facilities-management", "equipment"};
    private static final Money GBP_1 = Money.of("1.00", "GBP");

    private GeneratedCatalogue() {
    }

    /**
     * Builds the catalogue.
     *
     * @param measures the number of measures (e.g. 1,000)
     * @param frameworks the number of priority frameworks (e.g. 10)
     * @param seed the seed
     * @return the catalogue
     */
    public static Catalogue build(int measures, int frameworks, long seed) {
        Random r = new Random(seed);
        Catalogue.Builder b = Catalogue.builder();
        FrameworkId open = FrameworkId.of("gen-open");
        List<PriorityGroupId> groups = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            groups.add(PriorityGroupId.of("group-" + g));
        }
        b.framework(new Framework(open, FrameworkKind.MEASURES, "generated measures", "svtoms-bench", "1", "",
                Optional.empty(), Optional.empty(), FrameworkRules.NONE, groups, List.of()));
        List<ThemeId> themes = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            ThemeId id = ThemeId.of("theme-" + t);
            themes.add(id);
            b.theme(new Theme(id, open, "Theme " + t, ""));
            for (int o = 0; o < 5; o++) {
                b.outcome(new Outcome(OutcomeId.of("outcome-" + t + "-" + o), id, "Outcome " + t + "." + o, ""));
            }
        }
        List<MeasureId> ids = new ArrayList<>();
        List<MeasureId> hires = new ArrayList<>();
        for (int i = 0; i < measures; i++) {
            MeasureId id = MeasureId.of("measure-" + i);
            ids.add(id);
            Measure.Builder m = Measure.builder(id).outcome(OutcomeId.of("outcome-" + (i % 5) + "-" + (i / 5 % 5)))
                    .name("Measure " + i).unit(UNITS[r.nextInt(UNITS.length)]);
            int cats = 1 + r.nextInt(7);
            List<ContractCategory> cs = new ArrayList<>();
            for (ContractCategory c : ContractCategory.values()) {
                if ((cats & (1 << c.ordinal())) != 0) {
                    cs.add(c);
                }
            }
            m.categories(cs.toArray(new ContractCategory[0]));
            if (r.nextInt(5) == 0) {
                m.sectors(SECTORS[r.nextInt(SECTORS.length)]);
            }
            if (r.nextInt(6) == 0) {
                m.minimumContractValue(GBP_1.multipliedBy(BigDecimal.valueOf(50_000L * (1 + r.nextInt(100)))));
            }
            switch (r.nextInt(4)) {
                case 0 -> m.targetRule(new TargetRule.PerContractValue(BigDecimal.valueOf(1 + r.nextInt(20)),
                        GBP_1.multipliedBy(BigDecimal.valueOf(100_000L * (1 + r.nextInt(10))))));
                case 1 -> m.targetRule(new TargetRule.PerContractYear(BigDecimal.valueOf(1 + r.nextInt(50))));
                case 2 -> m.targetRule(new TargetRule.Fixed(BigDecimal.ONE));
                default -> { }
            }
            if (r.nextInt(10) == 0) {
                m.firstYearOnly(true);
                hires.add(id);
            }
            if (r.nextInt(20) == 0) {
                m.exclusiveGroup("spend-" + r.nextInt(5));
            }
            b.measure(m.build());
        }
        for (int g = 0; g < groups.size(); g++) {
            List<MeasureId> members = new ArrayList<>();
            for (int j = g; j < hires.size(); j += groups.size()) {
                members.add(hires.get(j));
            }
            b.priorityGroup(new PriorityGroup(groups.get(g), "Group " + g, "", members));
        }
        for (int f = 0; f < frameworks; f++) {
            List<Priority> priorities = new ArrayList<>();
            for (int p = 0; p < 8; p++) {
                List<MeasureId> served = new ArrayList<>();
                while (served.size() < 30) {
                    MeasureId m = ids.get(r.nextInt(ids.size()));
                    if (!served.contains(m)) {
                        served.add(m);
                    }
                }
                priorities.add(Priority.of(PriorityId.of("priority-" + p), "Priority " + p, "", served));
            }
            FrameworkRules rules = FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN);
            if (f % 5 == 0) {
                rules = rules.withMandatoryThemes(List.of(themes.get(f % themes.size())));
            }
            if (f % 3 == 1) {
                rules = rules.withMinimumOutcomesPerTender(2);
            }
            b.framework(new Framework(framework(f), FrameworkKind.PRIORITIES, "Framework " + f, "svtoms-bench", "1", "",
                    Optional.empty(), Optional.empty(), rules, groups, priorities));
        }
        return b.build();
    }

    /**
     * The id of generated priority framework {@code f}.
     *
     * @param f 0-based
     * @return the id
     */
    public static FrameworkId framework(int f) {
        return FrameworkId.of("framework-" + f);
    }

    /**
     * Seeded contract profiles over the generated frameworks: values £20k–£50m, 1–7 years, every category
     * and buyer, some sectors, 0–4 chosen priorities and 0–3 priority groups.
     *
     * @param count the number of profiles
     * @param frameworks the number of priority frameworks in the catalogue
     * @param seed the seed
     * @return the profiles
     */
    public static List<ContractProfile> profiles(int count, int frameworks, long seed) {
        Random r = new Random(seed);
        List<ContractProfile> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long pounds = (long) Math.exp(Math.log(20_000) + r.nextDouble() * (Math.log(50_000_000) - Math.log(20_000)));
            ContractProfile.Builder p = ContractProfile.builder().framework(framework(r.nextInt(frameworks)))
                    .value(Money.of(BigDecimal.valueOf(pounds * 100, 2), Money.currency("GBP")))
                    .years(1 + r.nextInt(7)).category(ContractCategory.values()[r.nextInt(3)])
                    .buyer(BuyerType.values()[r.nextInt(BuyerType.values().length)]);
            if (r.nextBoolean()) {
                p.sectors(SECTORS[r.nextInt(SECTORS.length)]);
            }
            List<PriorityId> chosen = new ArrayList<>();
            int n = r.nextInt(5);
            while (chosen.size() < n) {
                PriorityId id = PriorityId.of("priority-" + r.nextInt(8));
                if (!chosen.contains(id)) {
                    chosen.add(id);
                }
            }
            p.priorities(chosen);
            List<PriorityGroupId> gs = new ArrayList<>();
            int g = r.nextInt(4);
            while (gs.size() < g) {
                PriorityGroupId id = PriorityGroupId.of("group-" + r.nextInt(10));
                if (!gs.contains(id)) {
                    gs.add(id);
                }
            }
            p.priorityGroups(gs);
            out.add(p.build());
        }
        return out;
    }
}
