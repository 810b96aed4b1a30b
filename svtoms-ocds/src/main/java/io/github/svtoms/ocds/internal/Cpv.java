package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.ocds.CpvSectorTable;
import io.github.svtoms.ocds.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CPV codes of a notice or a lot, and what svtoms infers from them: sector tags (through a
 * {@link CpvSectorTable}) and, when the notice has no {@code mainProcurementCategory}, the category (CPV
 * division 45 is construction work; divisions 50 and above are services; the others are supplies).
 * Classifications count when their {@code scheme} is {@code CPV} (any case); the code's check digit
 * ({@code -5}) is dropped. Stateless and thread-safe.
 */
final class Cpv {
    private Cpv() {
    }

    /**
     * CPV codes found, main first.
     *
     * @param codes eight digits each, no duplicates
     * @param where where they were found
     * @param inherited whether a lot took the notice's codes because it has no items of its own
     */
    record Codes(List<String> codes, String where, boolean inherited) {
    }

    /** The notice's codes: the tender's classification, its additional ones, then every item's. */
    static Codes ofTender(Node tender) {
        Set<String> out = new LinkedHashSet<>();
        add(tender.get("classification"), out);
        tender.get("additionalClassifications").elements().forEach(c -> add(c, out));
        for (Node item : tender.get("items").elements()) {
            add(item.get("classification"), out);
            item.get("additionalClassifications").elements().forEach(c -> add(c, out));
        }
        return new Codes(List.copyOf(out), tender.path() + ".classification, .additionalClassifications and"
                + " .items[] classifications", false);
    }

    /**
     * A lot's codes: the notice's main code ({@code tender.classification}, which covers every lot), then
     * those of the items whose {@code relatedLot} is the lot; when no item names the lot, the notice's.
     */
    static Codes ofLot(Node tender, String lotId, Codes notice) {
        Set<String> out = new LinkedHashSet<>();
        add(tender.get("classification"), out);
        boolean own = false;
        for (Node item : tender.get("items").elements()) {
            if (item.get("relatedLot").text().filter(lotId::equals).isPresent()) {
                own = true;
                add(item.get("classification"), out);
                item.get("additionalClassifications").elements().forEach(c -> add(c, out));
            }
        }
        if (!own) {
            return new Codes(notice.codes(), "no item names lot " + lotId + "; the notice's codes", true);
        }
        return new Codes(List.copyOf(out), tender.path() + ".classification and .items[] with relatedLot " + lotId,
                false);
    }

    private static void add(Node classification, Set<String> out) {
        Optional<String> scheme = classification.get("scheme").text();
        Optional<String> id = classification.get("id").text();
        if (scheme.isPresent() && id.isPresent() && scheme.get().toUpperCase(Locale.ROOT).equals("CPV")
                && CpvSectorTable.isCpvCode(id.get())) {
            out.add(id.get().substring(0, 8));
        }
    }

    static Fact<List<String>> sectors(Codes codes, CpvSectorTable table) {
        if (codes.codes().isEmpty()) {
            return Fact.inferred(List.of(), "no CPV code in the notice, so no sector tag");
        }
        Map<String, String> applied = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        for (String code : codes.codes()) {
            Optional<CpvSectorTable.Row> row = table.rowFor(code);
            if (row.isPresent() && !row.get().sectors().isEmpty()) {
                tags.addAll(row.get().sectors());
                applied.put(code, String.join("+", row.get().sectors()) + " (" + row.get().code() + " "
                        + row.get().label() + ")");
            }
        }
        String where = codes.inherited() ? " (" + codes.where() + ")" : "";
        if (tags.isEmpty()) {
            return Fact.inferred(List.of(), "no CPV code (" + Texts.list(codes.codes(), 5)
                    + ") maps to a sector tag in the CPV sector table" + where);
        }
        List<String> explained = new ArrayList<>();
        applied.forEach((code, how) -> explained.add("CPV " + code + " → " + how));
        return Fact.inferred(List.copyOf(tags), "CPV sector table: " + Texts.list(explained, 5) + where);
    }

    /** The category from the first code's CPV division. */
    static Optional<Fact<ContractCategory>> category(Codes codes, String mainPath) {
        if (codes.codes().isEmpty()) {
            return Optional.empty();
        }
        String code = codes.codes().get(0);
        int division = Integer.parseInt(code.substring(0, 2));
        ContractCategory c;
        String rule;
        if (division == 45) {
            c = ContractCategory.WORKS;
            rule = "division 45, construction work";
        } else if (division >= 50) {
            c = ContractCategory.SERVICES;
            rule = "division " + code.substring(0, 2) + ", divisions 50 to 98 are services";
        } else {
            c = ContractCategory.GOODS;
            rule = "division " + code.substring(0, 2) + ", divisions 03 to 48 other than 45 are supplies";
        }
        return Optional.of(Fact.inferred(c, "no " + mainPath + "; from CPV " + code + " (" + rule + ")"));
    }
}
