package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.KpiDtos.CheckDto;
import io.github.svtoms.catalog.json.KpiDtos.ContractDto;
import io.github.svtoms.catalog.json.KpiDtos.ExcludedDto;
import io.github.svtoms.catalog.json.KpiDtos.KpiDto;
import io.github.svtoms.catalog.json.KpiDtos.RequestDocument;
import io.github.svtoms.catalog.json.KpiDtos.SelectionDocument;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.ExcludedCandidate;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.RuleCheck;
import io.github.svtoms.core.money.Money;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Internal codec of {@code svtoms-kpi-request/1} (to and from a {@link ContractProfile}) and
 * {@code svtoms-kpi-selection/1} (to and from a {@link KpiSelection}). Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class KpiCodec {
    private KpiCodec() {
    }

    /**
     * Reads a KPI request, checking its framework, priorities and priority groups against a catalogue.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param catalogue the catalogue
     * @return the profile
     * @throws CatalogueFormatException listing every problem
     */
    public static ContractProfile readRequest(InputStream in, String file, Catalogue catalogue) {
        Reading reading = new Reading(file);
        RequestDocument d = reading.bind(in, "kpi-request", RequestDocument.class, RequestDocument.EMPTY);
        Fields f = new Fields(reading);
        ContractProfile profile = profile(f, d, catalogue);
        reading.throwIfProblems();
        return profile;
    }

    /**
     * Reads a KPI selection back.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the selection
     * @throws CatalogueFormatException listing every problem
     */
    public static KpiSelection readSelection(InputStream in, String file) {
        Reading reading = new Reading(file);
        SelectionDocument d = reading.bind(in, "kpi-selection", SelectionDocument.class, SelectionDocument.EMPTY);
        Fields f = new Fields(reading);
        ContractProfile profile = profile(f, d.request(), null);
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
        reading.throwIfProblems();
        try {
            return new KpiSelection(profile.framework(), profile, kpis, excluded, checks);
        } catch (SvtomsException e) {
            reading.problem("$", e.getMessage());
            reading.throwIfProblems();
            throw e;
        }
    }

    /** The profile part shared by both formats; with a catalogue, its ids are checked against it. */
    private static ContractProfile profile(Fields f, RequestDocument d, Catalogue catalogue) {
        int before = f.reading().problemCount();
        String frameworkId = f.id("$.framework", d.framework());
        Framework framework = null;
        if (frameworkId != null && catalogue != null) {
            framework = catalogue.framework(FrameworkId.of(frameworkId)).orElse(null);
            if (framework == null) {
                f.problem("$.framework", "unknown framework '" + frameworkId + "': the catalogue has "
                        + String.join(", ", catalogue.frameworks().stream().map(x -> x.id().value()).toList()));
            }
        }
        ContractDto c = f.required("$.contract", d.contract());
        ContractProfile.Builder b = ContractProfile.builder();
        if (c != null) {
            BigDecimal value = f.decimal("$.contract.value", c.value());
            if (value != null && value.signum() <= 0) {
                f.problem("$.contract.value", "invalid contract value '" + c.value() + "': must be greater than 0");
            }
            Currency currency = f.currency("$.contract.currency", c.currency());
            if (value != null && currency != null) {
                b.value(Money.of(value, currency));
            }
            Integer years = f.atLeast("$.contract.years", f.required("$.contract.years", c.years()), 1);
            b.years(years == null ? 1 : years);
            b.category(f.oneOf("$.contract.category", c.category(), ContractCategory::fromId));
            b.sectors(ids(f, "$.contract.sectors", c.sectors(), "sector", s -> null));
            if (c.buyer() != null) {
                b.buyer(f.oneOf("$.contract.buyer", c.buyer(), BuyerType::fromId));
            }
        }
        Framework fw = framework;
        b.priorities(ids(f, "$.priorities", d.priorities(), "priority", p -> {
            if (fw != null && !priorityKnown(catalogue, fw, p)) {
                return "unknown priority '" + p + "' in framework '" + fw.id().value() + "'";
            }
            return null;
        }).stream().map(PriorityId::of).toList());
        b.priorityGroups(ids(f, "$.priorityGroups", d.priorityGroups(), "priority group", g -> {
            if (catalogue != null && catalogue.priorityGroup(PriorityGroupId.of(g)).isEmpty()) {
                return "unknown priority group '" + g + "': the catalogue has "
                        + String.join(", ", catalogue.priorityGroups().stream().map(x -> x.id().value()).toList());
            }
            if (fw != null && !fw.priorityGroups().isEmpty() && !fw.priorityGroups().contains(PriorityGroupId.of(g))) {
                return "unknown priority group '" + g + "' in framework '" + fw.id().value() + "': it uses "
                        + String.join(", ", fw.priorityGroups().stream().map(PriorityGroupId::value).toList());
            }
            return null;
        }).stream().map(PriorityGroupId::of).toList());
        if (d.maxKpis() != null) {
            b.maxKpis(f.atLeast("$.maxKpis", d.maxKpis(), 1));
        }
        if (d.minimumFactor() != null) {
            b.minimumFactor(f.decimalIn("$.minimumFactor", d.minimumFactor(), BigDecimal.ZERO, BigDecimal.ONE,
                    "a minimum factor is a share of the target between 0 and 1"));
        }
        if (d.stretchFactor() != null) {
            BigDecimal s = f.decimal("$.stretchFactor", d.stretchFactor());
            if (s != null && s.compareTo(BigDecimal.ONE) < 0) {
                f.problem("$.stretchFactor", "'" + d.stretchFactor() + "' is out of range: a stretch factor is at least 1");
                s = null;
            }
            b.stretchFactor(s);
        }
        if (frameworkId != null) {
            b.framework(FrameworkId.of(frameworkId));
        }
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return b.build();
        } catch (SvtomsException e) {
            f.problem("$", e.getMessage());
            return null;
        }
    }

    private static boolean priorityKnown(Catalogue catalogue, Framework fw, String id) {
        if (fw.kind() == FrameworkKind.PRIORITIES) {
            return fw.priority(PriorityId.of(id)).isPresent();
        }
        return catalogue.themesOf(fw.id()).stream().anyMatch(t -> t.id().equals(ThemeId.of(id)));
    }

    /** An optional array of ids, each valid, unique and (by {@code known}, null when fine) known. */
    private static List<String> ids(Fields f, String path, List<String> values, String what,
                                    Function<String, String> known) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> list = Fields.list(values);
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            String id = f.id(p, list.get(i));
            if (id == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                f.problem(p, "duplicate " + what + " '" + id + "' (first at " + path + "[" + first + "]): each may be given once");
                continue;
            }
            String unknown = known.apply(id);
            if (unknown != null) {
                f.problem(p, unknown);
                continue;
            }
            out.add(id);
        }
        return out;
    }

    private static Kpi kpi(Fields f, String p, KpiDto k) {
        int before = f.reading().problemCount();
        String measure = f.id(p + ".measure", k.measure());
        String theme = f.id(p + ".theme", k.theme());
        Unit unit = f.oneOf(p + ".unit", k.unit(), Unit::of);
        BigDecimal minimum = f.optionalDecimal(p + ".minimum", k.minimum());
        BigDecimal target = f.optionalDecimal(p + ".target", k.target());
        BigDecimal stretch = f.optionalDecimal(p + ".stretch", k.stretch());
        List<PriorityId> priorities = ids(f, p + ".priorities", f.required(p + ".priorities", k.priorities()), "priority",
                x -> null).stream().map(PriorityId::of).toList();
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
     * Writes a profile as {@code svtoms-kpi-request/1}.
     *
     * @param profile the profile
     * @return the JSON text, ending with a newline
     */
    public static String writeRequest(ContractProfile profile) {
        return JsonOut.write(ContractProfile.FORMAT, request(profile));
    }

    private static RequestDocument request(ContractProfile p) {
        return new RequestDocument(p.framework().value(), new ContractDto(JsonOut.decimal(p.value().amount()),
                p.value().currency().getCurrencyCode(), p.years(), p.category().id(), p.sectors(), p.buyer().id()),
                CatalogueWriter.ids(p.priorities()), CatalogueWriter.ids(p.priorityGroups()), p.maxKpis().orElse(null),
                JsonOut.decimal(p.minimumFactor()), JsonOut.decimal(p.stretchFactor()));
    }

    /**
     * Writes a selection as {@code svtoms-kpi-selection/1}: the request echoed, then the KPIs, the
     * exclusions and the checks, in the selection's order.
     *
     * @param s the selection
     * @return the JSON text, ending with a newline
     */
    public static String writeSelection(KpiSelection s) {
        RequestDocument r = request(s.profile());
        return JsonOut.write(KpiSelection.FORMAT, new SelectionDocument(r.framework(), r.contract(), r.priorities(),
                r.priorityGroups(), r.maxKpis(), r.minimumFactor(), r.stretchFactor(),
                s.kpis().stream().map(k -> new KpiDto(k.measure().value(), k.theme().value(), k.unit().id(),
                        JsonOut.decimal(k.minimum()), JsonOut.decimal(k.target()), JsonOut.decimal(k.stretch()),
                        CatalogueWriter.ids(k.priorities()), k.reasons())).toList(),
                s.excluded().stream().map(e -> new ExcludedDto(e.measure().value(), e.reason())).toList(),
                s.checks().stream().map(c -> new CheckDto(c.rule(), c.passed(), c.detail())).toList()));
    }
}
