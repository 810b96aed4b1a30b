package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * What svtoms read for one contract to be: a whole notice, or one of its lots. The profile (or the
 * reasons it cannot be built), the award criteria, and the social value check on them.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param lotId the lot's {@code id}, or empty for the notice as a whole
 * @param title the lot's or the tender's title, if any
 * @param path the JSON path of the lot, or of the release for the whole notice
 * @param profile the contract profile or the reasons
 * @param criteria the award criteria
 * @param socialValue the social value check of the criteria
 */
public record ContractReading(Optional<String> lotId, Optional<String> title, String path, ProfileReading profile,
                              CriteriaReading criteria, SocialValueCheck socialValue) {
    /**
     * Validates the reading.
     *
     * @param lotId optional
     * @param title optional
     * @param path not blank
     * @param profile not null
     * @param criteria not null
     * @param socialValue not null
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public ContractReading {
        Checks.notNull(lotId, "lot id");
        Checks.notNull(title, "title");
        Checks.notBlank(path, "path");
        Checks.notNull(profile, "profile");
        Checks.notNull(criteria, "criteria");
        Checks.notNull(socialValue, "social value check");
    }

    /**
     * Whether this is a lot rather than the whole notice.
     *
     * @return {@code true} for a lot
     */
    public boolean isLot() {
        return lotId.isPresent();
    }

    /**
     * The s.52 KPI duty as far as this contract's facts tell (see {@link KpiDutyCheck}).
     *
     * @return applies, does not apply, or cannot be checked, with why
     */
    public KpiDutyCheck kpiDuty() {
        return KpiDutyCheck.of(profile.facts());
    }
}
