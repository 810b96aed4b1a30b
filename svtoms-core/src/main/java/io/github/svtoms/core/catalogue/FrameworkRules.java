package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rules a framework sets for tenders that use it: the minimum social value weighting (PPN 06/20
 * and NHS England: 10 %; ELFT: 15 %), an advisory ambition (BSol: 20 %), a guideline weighting that is
 * advice and not a minimum (Kent: "typically accounts for 10% of the total score"; BSol, which "elected not to
 * apply a fixed weighting", advises at least 10 %), themes every tender must include (NHS England: fighting
 * climate change), a minimum number of social value outcomes per tender (Brighton &amp; Hove: 1), the share of
 * the social value score for specified requirements as against an open question (Kent's example: 60 %), how
 * many priority groups a supplier targets (a rule no bundled framework states), minimum weightings that rise
 * with the contract value (PPN 026: 20 % at £5m and above) and a minimum number of social value KPIs from a
 * contract value (PPN 026: 3 at £5m and above).
 *
 * <p>Only the minimum weighting, the weighting bands, the mandatory themes and the minimum outcomes are
 * requirements (checked at {@code ERROR} level by the evaluation checks); the ambition, the guideline and the
 * specified share are advice.
 *
 * <p>Percentages are in [0, 100]. Immutable and thread-safe; value equality over all components.
 *
 * @param minimumSocialValueWeighting minimum social value weighting, percent of the total score
 * @param ambitionSocialValueWeighting advisory ambition for the weighting, percent
 * @param mandatoryThemes themes (of a measure-owning framework) every selection must include
 * @param minimumOutcomesPerTender how many social value outcomes every tender must have, at least 0
 * @param specifiedShare percent of the social value score given to specified requirements
 * @param priorityGroupLimit how many priority groups a supplier targets, at least 1
 * @param weightingBands minimum weightings from a contract value upwards, each at least the flat minimum;
 *                       the highest band a contract reaches sets its minimum
 * @param minimumKpis the minimum number of social value KPIs from a contract value, if any
 * @param guidelineSocialValueWeighting a weighting the framework gives as guidance or as typical, percent; advice,
 *                                      never a minimum
 */
public record FrameworkRules(Optional<BigDecimal> minimumSocialValueWeighting,
                             Optional<BigDecimal> ambitionSocialValueWeighting,
                             List<ThemeId> mandatoryThemes,
                             int minimumOutcomesPerTender,
                             Optional<BigDecimal> specifiedShare,
                             Optional<Integer> priorityGroupLimit,
                             List<WeightingBand> weightingBands,
                             Optional<KpiMinimum> minimumKpis,
                             Optional<BigDecimal> guidelineSocialValueWeighting) {

    /** No rules at all. */
    public static final FrameworkRules NONE = new FrameworkRules(Optional.empty(), Optional.empty(), List.of(), 0,
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the rules and copies the list.
     *
     * @param minimumSocialValueWeighting percent, or empty
     * @param ambitionSocialValueWeighting percent, or empty
     * @param mandatoryThemes the themes, no nulls
     * @param minimumOutcomesPerTender at least 0
     * @param specifiedShare percent, or empty
     * @param priorityGroupLimit at least 1, or empty
     * @param weightingBands no nulls; each minimum at least {@code minimumSocialValueWeighting}
     * @param minimumKpis the minimum number of social value KPIs, or empty
     * @param guidelineSocialValueWeighting percent, or empty
     * @throws InvalidValueException when a value is out of range
     */
    public FrameworkRules {
        percent("minimum social value weighting", minimumSocialValueWeighting);
        percent("guideline social value weighting", guidelineSocialValueWeighting);
        percent("ambition social value weighting", ambitionSocialValueWeighting);
        percent("specified share", specifiedShare);
        mandatoryThemes = Lists.copyOf(mandatoryThemes, "mandatory themes");
        if (minimumOutcomesPerTender < 0) {
            throw new InvalidValueException("invalid minimum outcomes per tender " + minimumOutcomesPerTender
                    + ": must be at least 0");
        }
        Checks.notNull(priorityGroupLimit, "priority group limit");
        priorityGroupLimit.ifPresent(n -> {
            if (n < 1) {
                throw new InvalidValueException("invalid priority group limit " + n + ": must be at least 1");
            }
        });
        weightingBands = Lists.copyOf(weightingBands, "weighting bands");
        for (WeightingBand band : weightingBands) {
            minimumSocialValueWeighting.ifPresent(flat -> {
                if (band.minimum().compareTo(flat) < 0) {
                    throw new InvalidValueException("invalid weighting band " + band.minimum().toPlainString() + "% from "
                            + band.from().describe() + ": below the flat minimum of " + flat.toPlainString()
                            + "%; a band raises the minimum for larger contracts, never lowers it");
                }
            });
        }
        Checks.notNull(minimumKpis, "minimum social value KPIs");
    }

    /**
     * Rules without a guideline weighting.
     *
     * @param minimumSocialValueWeighting percent, or empty
     * @param ambitionSocialValueWeighting percent, or empty
     * @param mandatoryThemes the themes, no nulls
     * @param minimumOutcomesPerTender at least 0
     * @param specifiedShare percent, or empty
     * @param priorityGroupLimit at least 1, or empty
     * @param weightingBands no nulls; each minimum at least {@code minimumSocialValueWeighting}
     * @param minimumKpis the minimum number of social value KPIs, or empty
     * @throws InvalidValueException when a value is out of range
     */
    public FrameworkRules(Optional<BigDecimal> minimumSocialValueWeighting,
                          Optional<BigDecimal> ambitionSocialValueWeighting, List<ThemeId> mandatoryThemes,
                          int minimumOutcomesPerTender, Optional<BigDecimal> specifiedShare,
                          Optional<Integer> priorityGroupLimit, List<WeightingBand> weightingBands,
                          Optional<KpiMinimum> minimumKpis) {
        this(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes, minimumOutcomesPerTender,
                specifiedShare, priorityGroupLimit, weightingBands, minimumKpis, Optional.empty());
    }

    /**
     * Rules without value bands or a KPI minimum (the form before the Procurement Act 2023 era).
     *
     * @param minimumSocialValueWeighting percent, or empty
     * @param ambitionSocialValueWeighting percent, or empty
     * @param mandatoryThemes the themes, no nulls
     * @param minimumOutcomesPerTender at least 0
     * @param specifiedShare percent, or empty
     * @param priorityGroupLimit at least 1, or empty
     * @throws InvalidValueException when a value is out of range
     */
    public FrameworkRules(Optional<BigDecimal> minimumSocialValueWeighting,
                          Optional<BigDecimal> ambitionSocialValueWeighting, List<ThemeId> mandatoryThemes,
                          int minimumOutcomesPerTender, Optional<BigDecimal> specifiedShare,
                          Optional<Integer> priorityGroupLimit) {
        this(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes, minimumOutcomesPerTender,
                specifiedShare, priorityGroupLimit, List.of(), Optional.empty(), Optional.empty());
    }

    private static void percent(String what, Optional<BigDecimal> value) {
        Checks.notNull(value, what);
        value.ifPresent(v -> {
            if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                throw new InvalidValueException("invalid " + what + " " + v.toPlainString()
                        + ": a percentage must be between 0 and 100");
            }
        });
    }

    /**
     * A copy with a minimum social value weighting.
     *
     * @param percent the weighting in percent
     * @return the modified copy
     */
    public FrameworkRules withMinimumSocialValueWeighting(BigDecimal percent) {
        return new FrameworkRules(Optional.of(Checks.notNull(percent, "minimum social value weighting")),
                ambitionSocialValueWeighting, mandatoryThemes,
                minimumOutcomesPerTender, specifiedShare, priorityGroupLimit, weightingBands, minimumKpis,
                guidelineSocialValueWeighting);
    }

    /**
     * A copy with mandatory themes.
     *
     * @param themes the themes
     * @return the modified copy
     */
    public FrameworkRules withMandatoryThemes(List<ThemeId> themes) {
        return new FrameworkRules(minimumSocialValueWeighting, ambitionSocialValueWeighting, themes,
                minimumOutcomesPerTender, specifiedShare, priorityGroupLimit, weightingBands, minimumKpis,
                guidelineSocialValueWeighting);
    }

    /**
     * A copy with a minimum number of outcomes per tender.
     *
     * @param count at least 0
     * @return the modified copy
     */
    public FrameworkRules withMinimumOutcomesPerTender(int count) {
        return new FrameworkRules(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes,
                count, specifiedShare, priorityGroupLimit, weightingBands, minimumKpis,
                guidelineSocialValueWeighting);
    }

    /**
     * A copy with minimum weightings by contract value.
     *
     * @param bands the bands
     * @return the modified copy
     */
    public FrameworkRules withWeightingBands(List<WeightingBand> bands) {
        return new FrameworkRules(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes,
                minimumOutcomesPerTender, specifiedShare, priorityGroupLimit, bands, minimumKpis,
                guidelineSocialValueWeighting);
    }

    /**
     * A copy with a minimum number of social value KPIs.
     *
     * @param minimum the minimum and the value it applies from
     * @return the modified copy
     */
    public FrameworkRules withMinimumKpis(KpiMinimum minimum) {
        return new FrameworkRules(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes,
                minimumOutcomesPerTender, specifiedShare, priorityGroupLimit, weightingBands,
                Optional.of(Checks.notNull(minimum, "minimum social value KPIs")), guidelineSocialValueWeighting);
    }

    /**
     * A copy with a guideline weighting (advice, not a minimum).
     *
     * @param percent the weighting in percent
     * @return the modified copy
     */
    public FrameworkRules withGuidelineSocialValueWeighting(BigDecimal percent) {
        return new FrameworkRules(minimumSocialValueWeighting, ambitionSocialValueWeighting, mandatoryThemes,
                minimumOutcomesPerTender, specifiedShare, priorityGroupLimit, weightingBands, minimumKpis,
                Optional.of(Checks.notNull(percent, "guideline social value weighting")));
    }
}
