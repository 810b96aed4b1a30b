package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether a notice's (or lot's) award criteria include social value, and with what weight. There is no
 * OCDS field for it: a social value criterion is a quality criterion whose name or description contains
 * one of the {@link SocialValueTerms}.
 *
 * <p>The check against the minimum weight of the framework edition in force
 * ({@link #meetsMinimum(BigDecimal)}) takes the minimum from the caller: which edition applies depends on
 * the commencement date, see {@link ContractFacts#commencement()}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param presence found, not found, or no criteria to look at
 * @param criteria the social value criteria (empty unless found)
 * @param weight their total weight in percent, when every one of them has a percentage
 */
public record SocialValueCheck(Presence presence, List<AwardCriterion> criteria, Optional<BigDecimal> weight) {
    /** Whether a social value criterion was found. Immutable and thread-safe (an enum). */
    public enum Presence {
        /** At least one award criterion is social value. */
        FOUND,
        /** Award criteria are published and none is social value. */
        NOT_FOUND,
        /** No award criteria are published, so the question cannot be answered from the notice. */
        NO_CRITERIA
    }

    /**
     * Validates the check and copies the list.
     *
     * @param presence not null
     * @param criteria non-empty exactly when found, each a social value criterion
     * @param weight only when found
     * @throws InvalidValueException when a rule is broken
     */
    public SocialValueCheck {
        Checks.notNull(presence, "presence");
        criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
        Checks.notNull(weight, "weight");
        if ((presence == Presence.FOUND) == criteria.isEmpty()) {
            throw new InvalidValueException("presence " + presence + " with " + criteria.size()
                    + " social value criteria: criteria are listed exactly when found");
        }
        if (criteria.stream().anyMatch(c -> !c.isSocialValue())) {
            throw new InvalidValueException("a social value check lists only social value criteria");
        }
        if (weight.isPresent() && presence != Presence.FOUND) {
            throw new InvalidValueException("a weight is given only for a social value criterion found");
        }
    }

    /**
     * The check of a set of criteria.
     *
     * @param reading the criteria
     * @return the check
     */
    public static SocialValueCheck of(CriteriaReading reading) {
        Checks.notNull(reading, "criteria reading");
        if (reading.criteria().isEmpty()) {
            return new SocialValueCheck(Presence.NO_CRITERIA, List.of(), Optional.empty());
        }
        List<AwardCriterion> found = reading.criteria().stream().filter(AwardCriterion::isSocialValue).toList();
        if (found.isEmpty()) {
            return new SocialValueCheck(Presence.NOT_FOUND, List.of(), Optional.empty());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (AwardCriterion c : found) {
            Optional<BigDecimal> p = c.weight().flatMap(Weight::percent);
            if (p.isEmpty()) {
                return new SocialValueCheck(Presence.FOUND, found, Optional.empty());
            }
            sum = sum.add(p.get());
        }
        return new SocialValueCheck(Presence.FOUND, found, Optional.of(sum));
    }

    /**
     * The check of a whole notice whose lots have different award criteria, from its lots' checks: found
     * when found in any lot (listing the social value criteria of the first such lot, with their weight
     * only when every lot has a social value criterion of that same weight); not found when lots have
     * criteria and none is social value; no criteria otherwise.
     *
     * @param lots the lots' checks
     * @return the combined check
     */
    public static SocialValueCheck acrossLots(List<SocialValueCheck> lots) {
        Checks.notNull(lots, "lot checks");
        List<SocialValueCheck> found = lots.stream().filter(c -> c.presence() == Presence.FOUND).toList();
        if (!found.isEmpty()) {
            Optional<BigDecimal> weight = found.get(0).weight();
            boolean same = found.size() == lots.size() && weight.isPresent()
                    && found.stream().allMatch(c -> c.weight().isPresent() && c.weight().get().compareTo(weight.get()) == 0);
            return new SocialValueCheck(Presence.FOUND, found.get(0).criteria(), same ? weight : Optional.empty());
        }
        boolean any = lots.stream().anyMatch(c -> c.presence() == Presence.NOT_FOUND);
        return new SocialValueCheck(any ? Presence.NOT_FOUND : Presence.NO_CRITERIA, List.of(), Optional.empty());
    }

    /**
     * Whether the social value weight reaches a minimum (e.g. the 10 % of the Social Value Model).
     *
     * @param minimumPercent the minimum in percent, at least 0
     * @return {@code true} or {@code false} when it can be told; empty when no criteria are published or
     *         the social value criteria have no percentage
     * @throws InvalidValueException when the minimum is negative
     */
    public Optional<Boolean> meetsMinimum(BigDecimal minimumPercent) {
        Checks.notNull(minimumPercent, "minimum");
        if (minimumPercent.signum() < 0) {
            throw new InvalidValueException("invalid minimum " + minimumPercent.toPlainString() + " %: must be at least 0");
        }
        return switch (presence) {
            case NO_CRITERIA -> Optional.empty();
            case NOT_FOUND -> Optional.of(minimumPercent.signum() == 0);
            case FOUND -> weight.map(w -> w.compareTo(minimumPercent) >= 0);
        };
    }
}
