package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.KpiDtos.CheckDto;
import io.github.svtoms.catalog.json.KpiDtos.ExcludedDto;
import io.github.svtoms.catalog.json.KpiDtos.KpiDto;
import io.github.svtoms.catalog.json.KpiDtos.KpiDutyDto;
import io.github.svtoms.catalog.json.KpiDtos.RequestDocument;
import io.github.svtoms.catalog.json.KpiDtos.SelectionDocument;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.ExcludedCandidate;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.kpi.KpiExemption;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.RuleCheck;
import io.github.svtoms.core.law.DutyFinding;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-kpi-selection/1}, to and from a {@link KpiSelectionReport}: the request echoed
 * (its framework family, if it named one, in {@code edition.requested}), the edition selected from and why, the
 * s.52 KPI duty, the duty findings, then the KPIs, the exclusions and the rule checks. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class KpiSelectionCodec {
    private KpiSelectionCodec() {
    }

    /**
     * Reads a KPI selection back. The edition named by {@code framework} is looked up in the catalogue when the
     * file says it was chosen by commencement date; a file without {@code kpiDuty} (written before svtoms recorded
     * it) reads with the duty {@linkplain KpiDuty#notAssessed not assessed}.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param catalogue where the edition chosen is looked up
     * @return the selection with its duties
     * @throws CatalogueFormatException listing every problem
     */
    public static KpiSelectionReport read(InputStream in, String file, Catalogue catalogue) {
        Reading reading = new Reading(file);
        SelectionDocument d = reading.bind(in, "kpi-selection", SelectionDocument.class, SelectionDocument.EMPTY);
        Fields f = new Fields(reading);
        ContractProfile profile = KpiCodec.profile(f, d.request(), null);
        String framework = f.id("$.framework", d.framework());
        Optional<EditionResolution> edition = Optional.empty();
        if (d.edition() != null && framework != null) {
            edition = Optional.ofNullable(edition(f, d, framework, profile, catalogue));
        }
        List<Kpi> kpis = new ArrayList<>();
        f.required("$.kpis", d.kpis());
        List<KpiDto> list = Fields.list(d.kpis());
        for (int i = 0; i < list.size(); i++) {
            Kpi k = kpi(f, "$.kpis[" + i + "]", list.get(i));
            if (k != null) {
                kpis.add(k);
            }
        }
        List<ExcludedCandidate> excluded = new ArrayList<>();
        f.required("$.excluded", d.excluded());
        List<ExcludedDto> ex = Fields.list(d.excluded());
        for (int i = 0; i < ex.size(); i++) {
            String p = "$.excluded[" + i + "]";
            String measure = f.id(p + ".measure", ex.get(i).measure());
            String reason = f.text(p + ".reason", ex.get(i).reason());
            if (measure != null && reason != null) {
                excluded.add(new ExcludedCandidate(MeasureId.of(measure), reason));
            }
        }
        List<RuleCheck> checks = new ArrayList<>();
        f.required("$.checks", d.checks());
        List<CheckDto> cs = Fields.list(d.checks());
        for (int i = 0; i < cs.size(); i++) {
            String p = "$.checks[" + i + "]";
            String rule = f.text(p + ".rule", cs.get(i).rule());
            Boolean passed = f.required(p + ".passed", cs.get(i).passed());
            String detail = f.text(p + ".detail", cs.get(i).detail());
            if (rule != null && passed != null && detail != null) {
                checks.add(new RuleCheck(rule, passed, detail));
            }
        }
        KpiDuty duty = d.kpiDuty() == null
                ? KpiDuty.notAssessed("not assessed: the selection file does not record the s.52 KPI duty")
                : kpiDuty(f, "$.kpiDuty", d.kpiDuty());
        List<DutyFinding> duties = LawValues.duties(f, "$.duties", d.duties());
        reading.throwIfProblems();
        Optional<EditionResolution> chosen = edition;
        KpiSelectionReport report = Values.build(f, "$", reading.problemCount(), () -> new KpiSelectionReport(
                new KpiSelection(FrameworkId.of(framework), profile, kpis, excluded, checks), chosen, duty, duties));
        reading.throwIfProblems();
        return report;
    }

    private static EditionResolution edition(Fields f, SelectionDocument d, String framework, ContractProfile profile,
                                             Catalogue catalogue) {
        int before = f.reading().problemCount();
        String reason = f.text("$.edition.reason", d.edition().reason());
        List<FrameworkId> also = new ArrayList<>();
        List<String> list = Fields.list(d.edition().alsoInForce());
        for (int i = 0; i < list.size(); i++) {
            String id = f.id("$.edition.alsoInForce[" + i + "]", list.get(i));
            if (id != null) {
                also.add(FrameworkId.of(id));
            }
        }
        if (d.edition().commencement() != null) {
            f.problem("$.edition.commencement", "a selection gives the commencement date once, at the top level");
        }
        if (d.commencement() == null) {
            f.problem("$.commencement", "missing required member 'commencement': an edition is chosen by the date the"
                    + " procurement commenced");
        }
        Framework edition = catalogue.framework(FrameworkId.of(framework)).orElse(null);
        if (edition == null) {
            f.problem("$.framework", "unknown framework '" + framework + "': the edition selected from is not in the"
                    + " catalogue");
        }
        if (profile == null || f.reading().problemCount() != before) {
            return null;
        }
        return Values.build(f, "$.edition", before, () -> new EditionResolution(profile.framework(),
                profile.commencement().orElseThrow(), Optional.of(edition), reason, also));
    }

    private static KpiDuty kpiDuty(Fields f, String p, KpiDutyDto d) {
        int before = f.reading().problemCount();
        Boolean applies = f.required(p + ".applies", d.applies());
        KpiDuty.Status status = Values.constant(f, p + ".status", d.status(), KpiDuty.Status.class, "KPI duty status");
        if (applies != null && status != null && applies != (status == KpiDuty.Status.APPLIES)) {
            f.problem(p + ".applies", "'applies' is " + applies + " but the status is '" + status.id() + "': it is true"
                    + " exactly when the status is 'applies'");
        }
        String reason = f.text(p + ".reason", d.reason());
        Integer minimum = f.atLeast(p + ".minimum", f.required(p + ".minimum", d.minimum()), 0);
        Integer sv = f.atLeast(p + ".socialValueKpisCounted", f.required(p + ".socialValueKpisCounted",
                d.socialValueKpisCounted()), 0);
        Integer own = f.atLeast(p + ".ownKpisCounted", f.required(p + ".ownKpisCounted", d.ownKpisCounted()), 0);
        f.required(p + ".mostMaterial", d.mostMaterial());
        List<MeasureId> most = new ArrayList<>();
        List<String> list = Fields.list(d.mostMaterial());
        for (int i = 0; i < list.size(); i++) {
            String id = f.id(p + ".mostMaterial[" + i + "]", list.get(i));
            if (id != null) {
                most.add(MeasureId.of(id));
            }
        }
        String mostReason = f.text(p + ".mostMaterialReason", d.mostMaterialReason());
        KpiExemption exemption = d.exemption() == null ? null
                : Values.constant(f, p + ".exemption", d.exemption(), KpiExemption.class, "KPI exemption");
        return Values.build(f, p, before, () -> new KpiDuty(status, reason, minimum, sv, own, most, mostReason,
                Optional.ofNullable(exemption)));
    }

    private static Kpi kpi(Fields f, String p, KpiDto k) {
        int before = f.reading().problemCount();
        String measure = f.id(p + ".measure", k.measure());
        String theme = f.id(p + ".theme", k.theme());
        Unit unit = f.oneOf(p + ".unit", k.unit(), Unit::of);
        BigDecimal minimum = f.optionalDecimal(p + ".minimum", k.minimum());
        BigDecimal target = f.optionalDecimal(p + ".target", k.target());
        BigDecimal stretch = f.optionalDecimal(p + ".stretch", k.stretch());
        List<PriorityId> priorities = KpiCodec.ids(f, p + ".priorities", f.required(p + ".priorities", k.priorities()),
                "priority", x -> null).stream().map(PriorityId::of).toList();
        f.required(p + ".reasons", k.reasons());
        List<String> reasons = new ArrayList<>();
        List<String> rs = Fields.list(k.reasons());
        for (int i = 0; i < rs.size(); i++) {
            reasons.add(f.text(p + ".reasons[" + i + "]", rs.get(i)));
        }
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return new Kpi(MeasureId.of(measure), ThemeId.of(theme), unit, Optional.ofNullable(minimum),
                    Optional.ofNullable(target), Optional.ofNullable(stretch), priorities, reasons);
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    /**
     * Writes a selection as {@code svtoms-kpi-selection/1}: {@code framework} the edition selected from, the
     * request echoed, how the edition was chosen (when by commencement date), the s.52 KPI duty and the duty
     * findings, then the KPIs, the exclusions and the checks, in the selection's order.
     *
     * @param r the selection with its duties
     * @return the JSON text, ending with a newline
     */
    public static String write(KpiSelectionReport r) {
        KpiSelection s = r.selection();
        RequestDocument q = KpiCodec.request(s.profile());
        KpiDuty k = r.kpiDuty();
        return JsonOut.write(KpiSelection.FORMAT, new SelectionDocument(s.framework().value(), q.commencement(),
                q.contract(), q.priorities(), q.priorityGroups(), q.ownKpis(), q.kpiExemption(), q.maxKpis(),
                q.minimumFactor(), q.stretchFactor(), r.edition().map(e -> LawValues.edition(e, false)).orElse(null),
                new KpiDutyDto(k.applies(), k.status().id(), k.reason(), k.minimum(), k.socialValueKpis(), k.ownKpis(),
                        CatalogueWriter.ids(k.mostMaterial()), k.mostMaterialReason(),
                        k.exemption().map(KpiExemption::id).orElse(null)),
                JsonOut.nonEmpty(LawValues.duties(r.duties())),
                s.kpis().stream().map(x -> new KpiDto(x.measure().value(), x.theme().value(), x.unit().id(),
                        JsonOut.decimal(x.minimum()), JsonOut.decimal(x.target()), JsonOut.decimal(x.stretch()),
                        CatalogueWriter.ids(x.priorities()), x.reasons())).toList(),
                s.excluded().stream().map(e -> new ExcludedDto(e.measure().value(), e.reason())).toList(),
                s.checks().stream().map(c -> new CheckDto(c.rule(), c.passed(), c.detail())).toList()));
    }
}
