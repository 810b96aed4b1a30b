package io.github.svtoms.core;

import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkPeriod;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.FrameworkScope;
import io.github.svtoms.core.catalogue.FrameworkStatus;
import io.github.svtoms.core.catalogue.KpiMinimum;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.RuleProvenance;
import io.github.svtoms.core.catalogue.WeightingBand;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The three editions of the central-government Social Value Model as LAW.md describes them, for tests: their
 * periods, scope, minimum weightings, value bands and KPI minimum, with the provenance of each fact ([V] or
 * [S]). The priorities are the caller's, so that a test can map them onto its own catalogue's measures.
 */
public final class UkSvm {
    public static final FrameworkId FAMILY = FrameworkId.of("uk-svm");
    public static final FrameworkId PPN_06_20 = FrameworkId.of("uk-svm-2020");
    public static final FrameworkId PPN_002 = FrameworkId.of("uk-svm-2025");
    public static final FrameworkId PPN_026 = FrameworkId.of("uk-svm-2027");
    public static final String CENTRAL = "central-government";

    private UkSvm() {
    }

    public static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    public static Framework ppn0620(List<Priority> priorities) {
        return new Framework(PPN_06_20, FrameworkKind.PRIORITIES, "Social Value Model (PPN 06/20)", "Cabinet Office",
                "PPN 06/20", "", Optional.empty(), Optional.empty(),
                FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN), List.of(), priorities,
                Optional.of(FAMILY), Optional.of(FrameworkPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 9, 30))),
                new FrameworkScope(List.of(CENTRAL), Optional.empty(), List.of()), FrameworkStatus.SUPERSEDED,
                List.of(RuleProvenance.secondary("superseded by PPN 002, mandatory from 1 October 2025", "PPN 002")));
    }

    public static Framework ppn002(List<Priority> priorities) {
        return new Framework(PPN_002, FrameworkKind.PRIORITIES, "Social Value Model (PPN 002)", "Cabinet Office",
                "PPN 002", "", Optional.empty(), Optional.empty(),
                FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN), List.of(), priorities,
                Optional.of(FAMILY), Optional.of(FrameworkPeriod.of(LocalDate.of(2025, 2, 24), LocalDate.of(2026, 12, 31))),
                new FrameworkScope(List.of(CENTRAL), Optional.empty(),
                        List.of("private utilities", "MoD defence and security contracts")),
                FrameworkStatus.ACTIVE,
                List.of(RuleProvenance.verified("applies to procurements commenced on or after 24 February 2025",
                                "PPN 002 (13 February 2025)"),
                        RuleProvenance.secondary("minimum social value weighting 10%", "PPN 002"),
                        RuleProvenance.secondary("applies until PPN 026: last commencement date 31 December 2026",
                                "PPN 026")));
    }

    public static Framework ppn026(List<Priority> priorities) {
        Threshold fiveMillion = Threshold.atLeast(gbp("5000000.00"), VatBasis.GROSS);
        return new Framework(PPN_026, FrameworkKind.PRIORITIES, "The Social Value Model (PPN 026)", "Cabinet Office",
                "PPN 026", "", Optional.empty(), Optional.empty(),
                FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN)
                        .withWeightingBands(List.of(new WeightingBand(fiveMillion, BigDecimal.valueOf(20))))
                        .withMinimumKpis(new KpiMinimum(3, fiveMillion)),
                List.of(), priorities,
                Optional.of(FAMILY), Optional.of(FrameworkPeriod.from(LocalDate.of(2027, 1, 1))),
                new FrameworkScope(List.of(CENTRAL), Optional.of(Threshold.atLeast(gbp("1000000.00"), VatBasis.GROSS)),
                        List.of()),
                FrameworkStatus.ACTIVE,
                List.of(RuleProvenance.secondary("applies to procurements commenced on or after 1 January 2027",
                                "PPN 026 (5 August 2026)"),
                        RuleProvenance.secondary("central government, £1m or more including VAT", "PPN 026"),
                        RuleProvenance.secondary("10% below £5m, 20% at £5m and above", "PPN 026"),
                        RuleProvenance.secondary("at least 3 social value KPIs on contracts of £5m or more", "PPN 026")));
    }
}
