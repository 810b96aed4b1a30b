package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.kpi.ContractProfile;

import java.util.List;
import java.util.Optional;

/**
 * The answer for one notice or lot: either a usable {@link ContractProfile} and no reasons, or no profile
 * and at least one {@link Reason} per missing piece — never both, never neither. The {@link ContractFacts}
 * hold what could be read either way, each marked read or inferred.
 *
 * <p>The profile's framework is the one the {@link OcdsReader} was built with (a notice does not name
 * one); its priorities and priority groups are empty and its factors the defaults, for the caller to
 * change with {@link ContractProfile#toBuilder()}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param facts what was read
 * @param profile the profile, when every piece it needs was read
 * @param reasons why not, otherwise; empty when the profile is present
 */
public record ProfileReading(ContractFacts facts, Optional<ContractProfile> profile, List<Reason> reasons) {
    /**
     * Validates the reading and copies the list.
     *
     * @param facts not null
     * @param profile present exactly when reasons is empty
     * @param reasons the reasons
     * @throws InvalidValueException when both or neither are given
     */
    public ProfileReading {
        Checks.notNull(facts, "facts");
        Checks.notNull(profile, "profile");
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
        if (profile.isPresent() == !reasons.isEmpty()) {
            throw new InvalidValueException(profile.isPresent()
                    ? "a usable profile has no reasons, but " + reasons.size() + " were given"
                    : "an unusable profile needs at least one reason");
        }
    }

    /**
     * Whether a contract profile could be built.
     *
     * @return {@code true} when {@link #profile()} is present
     */
    public boolean isUsable() {
        return profile.isPresent();
    }
}
