package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Text about a measure that every selection would otherwise build again: the reason that excludes it from
 * a contract of a category it does not apply to, and its minimum contract value as money text. Built on
 * first use per measure and kept by the selector. Thread-safe: concurrent maps of immutable values.
 */
final class MeasureTexts {
    private static final ContractCategory[] CATEGORIES = ContractCategory.values();

    private final ConcurrentMap<MeasureId, String[]> notRelevant = new ConcurrentHashMap<>();
    private final ConcurrentMap<MeasureId, String> minimumValue = new ConcurrentHashMap<>();

    /**
     * @param m a measure that does not apply to {@code category}
     * @param category the contract's category
     * @return the reason excluding it: the contract's category and the measure's, in declaration order
     */
    String notRelevant(Measure m, ContractCategory category) {
        String[] byCategory = notRelevant.get(m.id());
        if (byCategory == null) {
            String applies = Text.ids(m.orderedCategories().stream().map(ContractCategory::id).toList());
            byCategory = new String[CATEGORIES.length];
            for (ContractCategory c : CATEGORIES) {
                byCategory[c.ordinal()] = "not relevant to a " + c.id() + " contract: the measure applies to "
                        + applies + " contracts only";
            }
            notRelevant.putIfAbsent(m.id(), byCategory);
        }
        return byCategory[category.ordinal()];
    }

    /**
     * @param m a measure
     * @param min its minimum contract value
     * @return {@link Text#money(Money)} of it
     */
    String minimumValue(Measure m, Money min) {
        String text = minimumValue.get(m.id());
        if (text == null) {
            text = Text.money(min);
            minimumValue.putIfAbsent(m.id(), text);
        }
        return text;
    }
}
