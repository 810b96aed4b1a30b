package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.TargetRule;

import java.util.List;

/**
 * Text about each measure that every selection would otherwise build again, by catalogue position: the
 * reason that excludes it from a contract of a category it does not apply to, its sector tags, its minimum
 * contract value as money text and the parts of its target rule. Built once with the selector's index.
 * Immutable (written only in the constructor, read through final fields) and thread-safe.
 */
final class MeasureTexts {
    private static final ContractCategory[] CATEGORIES = ContractCategory.values();

    /** By position, then category ordinal: the not-relevant reason, or null where the measure applies. */
    private final String[][] notRelevant;
    /** By position: {@link Text#ids} of the measure's sector tags ("" when none). */
    private final String[] sectors;
    /** By position: {@link Text#money} of the minimum contract value, or null. */
    private final String[] minimumValue;
    /** By position: {@link Text#number} of the target rule's quantity, or null. */
    private final String[] quantity;
    /** By position: {@link Text#money} of a per-contract-value rule's step, or null. */
    private final String[] per;

    MeasureTexts(List<Measure> measures) {
        int n = measures.size();
        notRelevant = new String[n][];
        sectors = new String[n];
        minimumValue = new String[n];
        quantity = new String[n];
        per = new String[n];
        for (int i = 0; i < n; i++) {
            Measure m = measures.get(i);
            String applies = Text.ids(m.orderedCategories().stream().map(ContractCategory::id).toList());
            String[] byCategory = new String[CATEGORIES.length];
            for (ContractCategory c : CATEGORIES) {
                if (!m.categories().contains(c)) {
                    byCategory[c.ordinal()] = "not relevant to a " + c.id() + " contract: the measure applies to "
                            + applies + " contracts only";
                }
            }
            notRelevant[i] = byCategory;
            sectors[i] = Text.ids(m.sectors());
            minimumValue[i] = m.minimumContractValue().map(Text::money).orElse(null);
            if (m.targetRule().isPresent()) {
                TargetRule rule = m.targetRule().get();
                quantity[i] = Text.number(rule.quantity());
                if (rule instanceof TargetRule.PerContractValue r) {
                    per[i] = Text.money(r.per());
                }
            }
        }
    }

    /**
     * @param position a measure's catalogue position
     * @param category a category the measure does not apply to
     * @return the reason excluding it: the contract's category and the measure's, in declaration order
     */
    String notRelevant(int position, ContractCategory category) {
        return notRelevant[position][category.ordinal()];
    }

    /** @return {@link Text#ids} of the sector tags of the measure at this position */
    String sectors(int position) {
        return sectors[position];
    }

    /** @return {@link Text#money} of the minimum contract value of the measure at this position */
    String minimumValue(int position) {
        return minimumValue[position];
    }

    /** @return {@link Text#number} of the quantity of the target rule of the measure at this position */
    String quantity(int position) {
        return quantity[position];
    }

    /** @return {@link Text#money} of the step of the per-contract-value rule of the measure at this position */
    String per(int position) {
        return per[position];
    }
}
