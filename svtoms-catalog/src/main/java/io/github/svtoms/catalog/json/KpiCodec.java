package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.KpiDtos.ContractDto;
import io.github.svtoms.catalog.json.KpiDtos.RequestDocument;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiExemption;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.money.Money;

import javax.annotation.Nullable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Internal codec of {@code svtoms-kpi-request/1} (to and from a {@link ContractProfile}); the profile part is
 * shared with {@code svtoms-kpi-selection/1} ({@link KpiSelectionCodec}). Not exported.
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
     * The profile part shared by both formats. With a catalogue its ids are checked against it: the framework
     * is a framework or a family of the catalogue, chosen by commencement date when the request gives one, and the
     * priorities and priority groups are those of the edition chosen. Without one (a selection read back) only
     * their form is checked.
     */
    static ContractProfile profile(Fields f, RequestDocument d, @Nullable Catalogue catalogue) {
        int before = f.reading().problemCount();
        String frameworkId = f.id("$.framework", d.framework());
        LocalDate commencement = d.commencement() == null ? null : Values.date(f, "$.commencement", d.commencement());
        Framework framework = null;
        if (frameworkId != null && catalogue != null) {
            LawValues.Chosen chosen = LawValues.choose(f, catalogue, "$.framework", frameworkId, "$.commencement",
                    commencement);
            framework = chosen == null ? null : chosen.framework();
        }
        ContractDto c = f.required("$.contract", d.contract());
        ContractProfile.Builder b = ContractProfile.builder();
        if (c != null) {
            BigDecimal value = f.decimal("$.contract.value", c.value());
            if (value != null && value.signum() <= 0) {
                f.problem("$.contract.value", "invalid contract value '" + c.value() + "': must be greater than 0");
                value = null;
            }
            Currency currency = f.currency("$.contract.currency", c.currency());
            value = f.statedMoney("$.contract.value", value, currency, true);
            Money amount = value == null || currency == null ? null : Money.of(value, currency);
            ContractValue v = LawValues.contractValue(f, "$.contract", amount, c.valueIncludesVat(), c.valueOtherBasis());
            if (v != null) {
                b.contractValue(v);
            }
            Integer years = f.contractYears("$.contract.years", f.required("$.contract.years", c.years()));
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
        b.ownKpis(ownKpis(f, d.ownKpis()));
        if (d.kpiExemption() != null) {
            b.kpiExemption(Values.constant(f, "$.kpiExemption", d.kpiExemption(), KpiExemption.class, "KPI exemption"));
        }
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
        b.commencement(commencement);
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

    /** The buyer's own KPIs by name: each not blank, each once. */
    private static List<String> ownKpis(Fields f, List<String> values) {
        List<String> out = new ArrayList<>();
        List<String> list = Fields.list(values);
        for (int i = 0; i < list.size(); i++) {
            String name = f.text("$.ownKpis[" + i + "]", list.get(i));
            if (name != null && out.contains(name)) {
                f.problem("$.ownKpis[" + i + "]", "duplicate own KPI '" + name + "': each may be given once");
            } else if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean priorityKnown(Catalogue catalogue, Framework fw, String id) {
        if (fw.kind() == FrameworkKind.PRIORITIES) {
            return fw.priority(PriorityId.of(id)).isPresent();
        }
        return catalogue.themesOf(fw.id()).stream().anyMatch(t -> t.id().equals(ThemeId.of(id)));
    }

    /** An optional array of ids, each valid, unique and (by {@code known}, null when fine) known. */
    static List<String> ids(Fields f, String path, List<String> values, String what,
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

    /**
     * Writes a profile as {@code svtoms-kpi-request/1}.
     *
     * @param profile the profile
     * @return the JSON text, ending with a newline
     */
    public static String writeRequest(ContractProfile profile) {
        return JsonOut.write(ContractProfile.FORMAT, request(profile));
    }

    static RequestDocument request(ContractProfile p) {
        ContractValue v = p.contractValue();
        return new RequestDocument(p.framework().value(), p.commencement().map(LocalDate::toString).orElse(null),
                new ContractDto(JsonOut.decimal(p.value().amount()), p.value().currency().getCurrencyCode(),
                        v.includesVat().orElse(null), LawValues.otherBasis(v), p.years(), p.category().id(), p.sectors(),
                        p.buyer().id()),
                CatalogueWriter.ids(p.priorities()), CatalogueWriter.ids(p.priorityGroups()), JsonOut.nonEmpty(p.ownKpis()),
                p.kpiExemption().map(KpiExemption::id).orElse(null), p.maxKpis().orElse(null),
                JsonOut.decimal(p.minimumFactor()), JsonOut.decimal(p.stretchFactor()));
    }
}
