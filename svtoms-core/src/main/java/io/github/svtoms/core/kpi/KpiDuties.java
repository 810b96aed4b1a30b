package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.KpiMinimum;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.ThresholdTest;
import io.github.svtoms.core.law.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KPI duties of one selection: the Procurement Act 2023 s.52 duty (every KPI counts) and a framework's
 * own minimum number of social value KPIs (PPN 026: only social value KPIs count). {@link #need()} is the
 * number of social value KPIs a cap from the size bands is raised to; a maximum the request sets itself is
 * kept, and a shortfall it causes is named in the findings. Immutable; built per selection.
 */
final class KpiDuties {
    private static final Threshold S52 = KpiDuty.THRESHOLD;
    private static final String LAW = "s.52 requires at least " + KpiDuty.STATUTORY_MINIMUM
            + " KPIs for a contract worth " + S52.describe() + " [S]";

    private final ContractProfile profile;
    private final Framework framework;
    private final KpiDuty.Status status;
    private final String reason;
    private final Optional<ThresholdTest> frameworkTest;

    KpiDuties(ContractProfile profile, Framework framework) {
        this.profile = profile;
        this.framework = framework;
        ContractValue value = profile.contractValue();
        ThresholdTest t = S52.test(value);
        Optional<KpiExemption> exemption = profile.kpiExemption();
        String law = LAW;
        if (t.isNotReached()) {
            status = KpiDuty.Status.DOES_NOT_APPLY;
            reason = t.detail() + ": " + law + ", so the duty does not apply";
        } else if (exemption.isPresent()) {
            status = KpiDuty.Status.EXEMPT;
            reason = t.detail() + "; the request declares an exemption: " + exemption.get().words()
                    + " ([S] exemptions from s.52: KPIs inappropriate, frameworks, concessions, light-touch and"
                    + " private-utility contracts)";
        } else if (t.isReached()) {
            status = KpiDuty.Status.APPLIES;
            reason = t.detail() + ": " + law;
        } else {
            status = KpiDuty.Status.CANNOT_BE_CHECKED;
            reason = "whether the s.52 KPI duty applies " + t.detail();
        }
        this.frameworkTest = framework.rules().minimumKpis().map(m -> m.from().test(value));
    }

    /** How many social value KPIs the selection must hold, and why; 0 when nothing is required. */
    int need() {
        int law = status == KpiDuty.Status.APPLIES
                ? Math.max(0, KpiDuty.STATUTORY_MINIMUM - profile.ownKpis().size()) : 0;
        return Math.max(law, frameworkNeed());
    }

    private int frameworkNeed() {
        return frameworkTest.filter(ThresholdTest::isReached)
                .map(t -> framework.rules().minimumKpis().orElseThrow().count()).orElse(0);
    }

    String needReason() {
        List<String> why = new ArrayList<>();
        if (status == KpiDuty.Status.APPLIES && KpiDuty.STATUTORY_MINIMUM - profile.ownKpis().size() > 0) {
            why.add("the s.52 duty (at least " + KpiDuty.STATUTORY_MINIMUM + " KPIs, counting "
                    + Text.plural(profile.ownKpis().size(), "own KPI", "own KPIs") + " of the buyer)");
        }
        if (frameworkNeed() > 0) {
            why.add("framework " + framework.id() + "'s minimum of " + frameworkNeed() + " social value KPIs");
        }
        return String.join(" and ", why);
    }

    KpiDuty duty(List<Kpi> kpis, int eligible) {
        int sv = kpis.size();
        int own = profile.ownKpis().size();
        String counts = Text.plural(sv, "social value KPI", "social value KPIs") + " selected and "
                + Text.plural(own, "own KPI", "own KPIs") + " of the buyer counted";
        String full = switch (status) {
            case APPLIES -> reason + "; " + counts + (sv + own >= KpiDuty.STATUTORY_MINIMUM ? ": met"
                    : ": not met — " + shortfall(sv, own, eligible));
            case CANNOT_BE_CHECKED -> reason + "; " + counts;
            default -> reason;
        };
        List<MeasureId> most = List.of();
        String mostReason;
        if (status == KpiDuty.Status.APPLIES || status == KpiDuty.Status.CANNOT_BE_CHECKED) {
            most = kpis.stream().limit(KpiDuty.MOST_MATERIAL).map(Kpi::measure).toList();
            mostReason = most.isEmpty() ? "no social value KPI was selected to propose as most material"
                    : "proposed for the Contract Details Notice: the first " + most.size()
                    + " selected KPIs in rank order (the buyer's priority order, then catalogue order); the authority"
                    + " decides which " + KpiDuty.MOST_MATERIAL + " KPIs it regards as most material"
                    + (own == 1 ? ", and may prefer its own KPI" : own > 1 ? ", and may prefer some of its own "
                    + Text.plural(own, "KPI", "KPIs") : "");
        } else {
            mostReason = "the s.52 duty does not apply, so the Contract Details Notice names no most material KPIs";
        }
        return new KpiDuty(status, full, status == KpiDuty.Status.APPLIES ? KpiDuty.STATUTORY_MINIMUM : 0, sv, own,
                most, mostReason, profile.kpiExemption());
    }

    private String shortfall(int sv, int own, int eligible) {
        if (profile.maxKpis().isPresent() && profile.maxKpis().get() + own < KpiDuty.STATUTORY_MINIMUM) {
            return "the request's maximum of " + Text.plural(profile.maxKpis().get(), "KPI", "KPIs") + " leaves room for"
                    + " fewer than " + KpiDuty.STATUTORY_MINIMUM + "; raise it or add the buyer's own KPIs";
        }
        if (eligible < KpiDuty.STATUTORY_MINIMUM - own) {
            return "only " + Text.plural(eligible, "measure applies", "measures apply")
                    + " to this contract among the chosen priorities; add own KPIs or choose more priorities";
        }
        return "the selection holds " + sv + " and the buyer " + own + ", fewer than " + KpiDuty.STATUTORY_MINIMUM;
    }

    Optional<DutyFinding> frameworkMinimum(int selected) {
        Optional<KpiMinimum> min = framework.rules().minimumKpis();
        if (min.isEmpty()) {
            return Optional.empty();
        }
        ThresholdTest t = frameworkTest.orElseThrow();
        String rule = "framework " + framework.id() + " requires at least " + min.get().count()
                + " social value KPIs for contracts worth " + min.get().from().describe();
        Verdict verdict;
        String detail;
        if (t.isNotReached()) {
            verdict = Verdict.NOT_APPLICABLE;
            detail = t.detail() + ": " + rule + ", so it does not apply";
        } else if (t.isReached()) {
            verdict = selected >= min.get().count() ? Verdict.MET : Verdict.NOT_MET;
            detail = t.detail() + ": " + rule + "; " + Text.plural(selected, "social value KPI", "social value KPIs")
                    + " selected (the buyer's own KPIs do not count towards it)";
            if (verdict == Verdict.NOT_MET && profile.maxKpis().filter(m -> m < min.get().count()).isPresent()) {
                detail += "; the request's maximum of " + Text.plural(profile.maxKpis().get(), "KPI", "KPIs")
                        + " leaves no room for more: raise it";
            }
        } else {
            verdict = Verdict.CANNOT_BE_CHECKED;
            detail = rule + "; whether this contract is one " + t.detail();
        }
        return Optional.of(new DutyFinding(KpiSelectionReport.FRAMEWORK_MINIMUM_RULE, verdict, DutyLevel.ERROR, detail,
                framework.evidence(), framework.name() + " (" + framework.publisher() + ", " + framework.edition() + ")"));
    }
}
