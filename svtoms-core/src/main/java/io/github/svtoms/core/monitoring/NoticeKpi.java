package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;

/**
 * One KPI of a Contract Performance Notice with its statutory rating.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the KPI's measure
 * @param name the KPI's name as published (the measure's name, or its id when no name is known)
 * @param rating the statutory rating
 */
public record NoticeKpi(MeasureId measure, String name, StatutoryRating rating) {
    /**
     * Validates the entry.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the name is blank
     */
    public NoticeKpi {
        Checks.notNull(measure, "KPI measure");
        Checks.notBlank(name, "KPI name");
        Checks.notNull(rating, "rating of KPI '" + measure + "'");
    }

    /**
     * The OCDS UK code of the rating.
     *
     * @return e.g. {@code met}
     */
    public String ocdsRating() {
        return rating.ocdsCode();
    }
}
