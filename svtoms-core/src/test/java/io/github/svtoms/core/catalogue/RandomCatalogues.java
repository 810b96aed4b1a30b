package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds random but valid catalogues from a seeded {@link Random}: measure-owning frameworks with themes,
 * outcomes and measures; priority groups; priority frameworks whose priorities (with acyclic parents) map onto
 * the measures. Every id follows the id rule and is unique within its kind. Same seed, same catalogue.
 */
final class RandomCatalogues {
    private static final String FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String REST = FIRST + ".-";
    private static final List<String> SCHEMES = List.of("national-toms", "lpp-toms", "uk-svm-2020");
    private static final List<String> EDITIONS = List.of("NT2019", "NT2022", "TOM System 2024");

    /** The parts of a generated catalogue, in declaration order. */
    record Parts(List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes, List<Measure> measures,
                 List<PriorityGroup> priorityGroups) {
        Catalogue.Builder builder() {
            Catalogue.Builder b = Catalogue.builder();
            frameworks.forEach(b::framework);
            themes.forEach(b::theme);
            outcomes.forEach(b::outcome);
            measures.forEach(b::measure);
            priorityGroups.forEach(b::priorityGroup);
            return b;
        }
    }

    private final Random random;
    private final Set<String> used = new HashSet<>();

    private RandomCatalogues(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The parts of a valid catalogue for this seed.
     *
     * @param seed the seed
     * @return the parts
     */
    static Parts parts(long seed) {
        return new RandomCatalogues(seed).generate();
    }

    /**
     * A random id following the id rule, 1–64 characters, mostly short.
     *
     * @param random the source
     * @return the id text
     */
    static String randomId(Random random) {
        int length = 1 + (random.nextInt(10) == 0 ? random.nextInt(64) : random.nextInt(12));
        StringBuilder s = new StringBuilder(length);
        s.append(FIRST.charAt(random.nextInt(FIRST.length())));
        for (int i = 1; i < length; i++) {
            s.append(REST.charAt(random.nextInt(REST.length())));
        }
        return s.toString();
    }

    private String uniqueId(String kind) {
        while (true) {
            String id = randomId(random);
            if (used.add(kind + "/" + id)) {
                return id;
            }
        }
    }

    private <T> List<T> subset(List<T> from, int max) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(copy.size(), random.nextInt(max + 1))));
    }

    private String text() {
        return random.nextInt(4) == 0 ? "" : "text " + random.nextInt(1000);
    }

    private Parts generate() {
        List<Framework> frameworks = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<String> tagPool = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            tagPool.add(uniqueId("tag"));
        }
        List<String> sectorPool = List.of("health", "construction", "care", "facilities");

        int measureFrameworks = 1 + random.nextInt(3);
        for (int f = 0; f < measureFrameworks; f++) {
            FrameworkId fid = FrameworkId.of(uniqueId("framework"));
            frameworks.add(Framework.ofMeasures(fid, "Framework " + fid, "Publisher", "1." + f));
            for (int t = 0, nt = random.nextInt(4); t < nt; t++) {
                ThemeId tid = ThemeId.of(uniqueId("theme"));
                themes.add(new Theme(tid, fid, "Theme " + tid, text()));
                for (int o = 0, no = random.nextInt(4); o < no; o++) {
                    OutcomeId oid = OutcomeId.of(uniqueId("outcome"));
                    outcomes.add(new Outcome(oid, tid, "Outcome " + oid, text()));
                }
            }
        }
        // measures in a random order over the outcomes, so a theme's measures interleave with others'
        if (!outcomes.isEmpty()) {
            for (int m = 0, nm = random.nextInt(5 * outcomes.size() + 1); m < nm; m++) {
                measures.add(measure(outcomes.get(random.nextInt(outcomes.size())).id(), tagPool, sectorPool));
            }
        }
        List<MeasureId> measureIds = measures.stream().map(Measure::id).toList();
        List<PriorityGroup> groups = new ArrayList<>();
        for (int g = 0, ng = random.nextInt(4); g < ng; g++) {
            PriorityGroupId gid = PriorityGroupId.of(uniqueId("group"));
            groups.add(new PriorityGroup(gid, "Group " + gid, text(), subset(measureIds, 3)));
        }
        List<ThemeId> themeIds = themes.stream().map(Theme::id).toList();
        List<PriorityGroupId> groupIds = groups.stream().map(PriorityGroup::id).toList();
        for (int f = 0, nf = random.nextInt(3); f < nf; f++) {
            frameworks.add(priorityFramework(measureIds, themeIds, groupIds));
        }
        Collections.shuffle(frameworks, random);
        return new Parts(List.copyOf(frameworks), List.copyOf(themes), List.copyOf(outcomes), List.copyOf(measures),
                List.copyOf(groups));
    }

    private Measure measure(OutcomeId outcome, List<String> tagPool, List<String> sectorPool) {
        MeasureId id = MeasureId.of(uniqueId("measure"));
        List<ContractCategory> all = List.of(ContractCategory.values());
        Set<ContractCategory> categories = EnumSet.noneOf(ContractCategory.class);
        categories.add(all.get(random.nextInt(all.size())));
        categories.addAll(subset(all, 2));
        List<String> units = Unit.standardIds();
        Measure.Builder b = Measure.builder(id).outcome(outcome).name("Measure " + id).description(text())
                .unit(Unit.of(units.get(random.nextInt(units.size()))))
                .tags(subset(tagPool, 3).toArray(String[]::new))
                .categories(categories.toArray(ContractCategory[]::new))
                .sectors(subset(sectorPool, random.nextInt(3) == 0 ? 2 : 0).toArray(String[]::new))
                .firstYearOnly(random.nextBoolean());
        if (random.nextBoolean()) {
            b.minimumContractValue(Money.of(BigDecimal.valueOf(random.nextInt(5_000_000), random.nextInt(3)),
                    Money.currency("GBP")));
        }
        switch (random.nextInt(4)) {
            case 0 -> b.targetRule(new TargetRule.Fixed(BigDecimal.valueOf(1 + random.nextInt(50))));
            case 1 -> b.targetRule(new TargetRule.PerContractYear(BigDecimal.valueOf(1 + random.nextInt(500), 1)));
            case 2 -> b.targetRule(new TargetRule.PerContractValue(BigDecimal.ONE,
                    Money.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000)), Money.currency("GBP"))));
            default -> { }
        }
        if (random.nextInt(5) == 0) {
            b.exclusiveGroup("group-" + random.nextInt(3));
        }
        for (int r = 0, nr = random.nextInt(3); r < nr; r++) {
            String scheme = SCHEMES.get(random.nextInt(SCHEMES.size()));
            String code = "NT" + (1 + random.nextInt(40));
            b.crossReferences(random.nextBoolean() ? CrossReference.of(scheme, code)
                    : CrossReference.of(scheme, code, EDITIONS.get(random.nextInt(EDITIONS.size()))));
        }
        return b.build();
    }

    private Framework priorityFramework(List<MeasureId> measureIds, List<ThemeId> themeIds,
                                        List<PriorityGroupId> groupIds) {
        FrameworkId fid = FrameworkId.of(uniqueId("framework"));
        List<Priority> priorities = new ArrayList<>();
        Set<String> priorityIds = new HashSet<>();
        for (int p = 0, np = random.nextInt(7); p < np; p++) {
            String pid;
            do {
                pid = randomId(random);
            } while (!priorityIds.add(pid));
            // a parent among the priorities already made keeps the hierarchy acyclic
            Optional<PriorityId> parent = !priorities.isEmpty() && random.nextInt(5) < 2
                    ? Optional.of(priorities.get(random.nextInt(priorities.size())).id()) : Optional.empty();
            priorities.add(new Priority(PriorityId.of(pid), "Priority " + pid, text(), parent, subset(measureIds, 4)));
        }
        // declare children before parents sometimes: order must not matter to validity
        Collections.shuffle(priorities, random);
        FrameworkRules rules = new FrameworkRules(
                random.nextBoolean() ? Optional.of(BigDecimal.valueOf(random.nextInt(1001), 1)) : Optional.empty(),
                random.nextBoolean() ? Optional.of(BigDecimal.valueOf(random.nextInt(101))) : Optional.empty(),
                subset(themeIds, 2), random.nextInt(3),
                random.nextBoolean() ? Optional.of(BigDecimal.valueOf(random.nextInt(101))) : Optional.empty(),
                random.nextBoolean() ? Optional.of(1 + random.nextInt(5)) : Optional.empty());
        return new Framework(fid, FrameworkKind.PRIORITIES, "Priorities " + fid, "Buyer", "2025", text(),
                random.nextBoolean() ? Optional.of("https://example.org/" + fid) : Optional.empty(),
                random.nextBoolean() ? Optional.of("OGL-UK-3.0") : Optional.empty(), rules, subset(groupIds, 3),
                priorities);
    }
}
