package io.github.svtoms.bench;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiExemption;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPI selection gives exactly the results recorded before the selector was optimised: for 768 seeded profiles
 * (512 on the benchmark's generated catalogue of 1,000 measures, 256 on the default catalogue with its dated
 * editions, duties and exemptions), the SHA-256 of the full text of each {@link KpiSelectionReport} (every KPI
 * with its levels at their scale, every reason, every exclusion, check, duty and finding; or the exception's
 * class and message) equals the golden digest in {@code kpi-selection-golden.txt}. Any change of an id, a level,
 * a reason's wording, an order or an exception changes a digest. A selector built fresh for each profile gives
 * results equal to the shared, warmed one (its caches change nothing).
 *
 * <p>The golden file was written by {@link #main(String[])} with the selector as it stood after exclusive
 * groups stopped capping the selection and before the performance work; rewrite it only for an intended
 * change of behaviour, and say so.
 */
class KpiSelectionGoldenTest {
    private static final String GOLDEN = "kpi-selection-golden.txt";

    /** One profile's case: a name and the text of its outcome. */
    record Case(String name, String text) {
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        Catalogue generated = GeneratedCatalogue.build(1000, 10, 42L);
        KpiSelector selector = new KpiSelector(generated);
        List<ContractProfile> profiles = GeneratedCatalogue.profiles(256, 10, 43L);
        Random r = new Random(44L);
        for (int i = 0; i < profiles.size(); i++) {
            ContractProfile p = profiles.get(i);
            out.add(new Case("generated-" + i, text(selector, p)));
            out.add(new Case("generated-variant-" + i, text(selector, variant(p, r))));
        }
        Catalogue bundled = Bundled.catalogue();
        KpiSelector defaults = new KpiSelector(bundled);
        Random d = new Random(45L);
        for (int i = 0; i < 256; i++) {
            out.add(new Case("default-" + i, text(defaults, defaultProfile(bundled, d))));
        }
        return out;
    }

    /** The same contract with a request maximum, other factors, priority groups reordered or all priorities. */
    private static ContractProfile variant(ContractProfile p, Random r) {
        ContractProfile.Builder b = p.toBuilder();
        switch (r.nextInt(4)) {
            case 0 -> b.maxKpis(1 + r.nextInt(12));
            case 1 -> b.minimumFactor(new BigDecimal("0.75")).stretchFactor(new BigDecimal("1.25"));
            case 2 -> {
                int a = r.nextInt(5);
                b.priorities(List.of()).priorityGroups(List.of(PriorityGroupId.of("group-" + a),
                        PriorityGroupId.of("group-" + (5 + r.nextInt(5))), PriorityGroupId.of("group-" + (a + 1) % 5)));
            }
            default -> b.value(Money.of(BigDecimal.valueOf(1_000_000L * (1 + r.nextInt(60)), 0)
                    .setScale(2), Money.currency("GBP"))).sectors("care", "equipment");
        }
        return b.build();
    }

    /** A profile over the default catalogue's frameworks and families, dates, duties and exemptions. */
    private static ContractProfile defaultProfile(Catalogue catalogue, Random r) {
        List<Framework> frameworks = catalogue.frameworks();
        ContractProfile.Builder b = ContractProfile.builder();
        int pick = r.nextInt(frameworks.size() + 2);
        List<Priority> priorities = List.of();
        if (pick >= frameworks.size()) {
            b.framework(io.github.svtoms.core.catalogue.FrameworkId.of("uk-svm"))
                    .commencement(LocalDate.of(2019 + r.nextInt(10), 1 + r.nextInt(12), 1));
        } else {
            Framework f = frameworks.get(pick);
            b.framework(f.id());
            priorities = f.priorities();
            if (r.nextInt(3) == 0) {
                b.commencement(LocalDate.of(2019 + r.nextInt(10), 1 + r.nextInt(12), 1));
            }
        }
        long pounds = (long) Math.exp(Math.log(10_000) + r.nextDouble() * (Math.log(80_000_000) - Math.log(10_000)));
        b.value(Money.of(BigDecimal.valueOf(pounds * 100, 2), Money.currency("GBP"))).years(1 + r.nextInt(7))
                .category(ContractCategory.values()[r.nextInt(ContractCategory.values().length)])
                .buyer(BuyerType.values()[r.nextInt(BuyerType.values().length)]);
        if (r.nextInt(3) == 0) {
            b.valueIncludesVat(r.nextBoolean());
        }
        List<String> sectors = new ArrayList<>(catalogue.sectors());
        if (!sectors.isEmpty() && r.nextBoolean()) {
            java.util.Collections.sort(sectors);
            b.sectors(sectors.get(r.nextInt(sectors.size())));
        }
        List<PriorityId> chosen = new ArrayList<>();
        int n = priorities.isEmpty() ? 0 : r.nextInt(Math.min(5, priorities.size() + 1));
        while (chosen.size() < n) {
            PriorityId id = priorities.get(r.nextInt(priorities.size())).id();
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        b.priorities(chosen);
        List<PriorityGroupId> groups = new ArrayList<>();
        List<io.github.svtoms.core.catalogue.PriorityGroup> all = catalogue.priorityGroups();
        int g = all.isEmpty() ? 0 : r.nextInt(Math.min(4, all.size() + 1));
        while (groups.size() < g) {
            PriorityGroupId id = all.get(r.nextInt(all.size())).id();
            if (!groups.contains(id)) {
                groups.add(id);
            }
        }
        b.priorityGroups(groups);
        switch (r.nextInt(6)) {
            case 0 -> b.maxKpis(1 + r.nextInt(8));
            case 1 -> b.ownKpis(List.of("own KPI " + r.nextInt(100)));
            case 2 -> b.kpiExemption(KpiExemption.values()[r.nextInt(KpiExemption.values().length)]);
            default -> { }
        }
        return b.build();
    }

    private static String text(KpiSelector selector, ContractProfile p) {
        try {
            KpiSelectionReport report = selector.report(p);
            return report.toString();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everySelectionEqualsTheRecordedOne() throws IOException {
        List<String> golden;
        try (InputStream in = KpiSelectionGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN);
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Case> cases = cases();
        assertEquals(768, cases.size());
        assertEquals(cases.size(), golden.size());
        int reports = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String expected = golden.get(i);
            assertEquals(expected, c.name() + " " + sha256(c.text()), () -> "changed: " + c.text());
            if (c.text().startsWith("KpiSelectionReport[")) {
                reports++;
            }
        }
        // the cases are mostly real selections, not errors
        assertTrue(reports > 600, "reports: " + reports);
    }

    @Test
    void aFreshSelectorGivesWhatTheWarmedOneGives() {
        Catalogue generated = GeneratedCatalogue.build(1000, 10, 42L);
        KpiSelector warmed = new KpiSelector(generated);
        List<ContractProfile> profiles = GeneratedCatalogue.profiles(256, 10, 43L);
        profiles.forEach(p -> text(warmed, p));
        for (int i = 0; i < 40; i++) {
            ContractProfile p = profiles.get(i * 6);
            assertEquals(text(warmed, p), text(new KpiSelector(generated), p), p::toString);
        }
    }

    /**
     * Writes the golden file: {@code java -cp ... KpiSelectionGoldenTest PATH}.
     *
     * @param args the output path
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Case c : cases()) {
            sb.append(c.name()).append(' ').append(sha256(c.text())).append('\n');
        }
        Files.writeString(Path.of(args[0]), sb.toString());
    }
}
