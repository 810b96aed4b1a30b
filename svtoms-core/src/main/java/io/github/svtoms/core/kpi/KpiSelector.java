package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Selects a small, relevant and proportionate set of KPIs for a contract and explains every choice.
 *
 * <p>The rules, each visible in the {@link KpiSelection}:
 * <ol>
 *   <li>Candidates: the measures mapped from the chosen priorities (with their child priorities); for a
 *       measure-owning framework, the measures under the chosen themes.</li>
 *   <li>Relevance: a measure that does not apply to the contract's category or sectors is excluded. A
 *       contract sector tag that no measure uses ({@link Catalogue#sectors()}) matches nothing: the
 *       {@code known-sectors} check fails, naming the tag and suggesting close matches.</li>
 *   <li>Proportionality: a measure whose minimum contract value exceeds the contract is excluded; the
 *       set is capped by contract size ({@link KpiSettings}) unless the profile sets its own maximum.</li>
 *   <li>Mandatory rules: a mandatory theme of the framework (or of the buyer type) gets a KPI even when
 *       the chosen priorities leave it out (the first applicable measure of the theme, in catalogue
 *       order, among the framework's measures, else among all); a framework's minimum number of
 *       outcomes per tender is met from its measures where possible. What cannot be met is a failed
 *       {@link RuleCheck}.</li>
 *   <li>Priority groups: hire measures of catalogue priority groups are kept only for the first N
 *       requested groups (N from the framework's rules, else {@link KpiSettings#defaultPriorityGroupLimit()});
 *       no requested group means no filtering.</li>
 *   <li>Ranking: chosen priority order, then catalogue order; when capping, mandatory KPIs first, then
 *       one KPI per chosen priority where possible, then rank order.</li>
 *   <li>Targets from the measure's target rule, floored to the unit's precision (whole numbers or 2
 *       decimal places); a target of 0 excludes the measure as too small for the contract; minimum =
 *       factor × target rounded down, stretch = factor × target rounded up.</li>
 *   <li>Duties: a family id (e.g. {@code uk-svm}) is resolved to the edition in force on the profile's
 *       commencement date ({@link io.github.svtoms.core.catalogue.EditionResolver}); the Procurement Act 2023
 *       s.52 duty ({@link KpiDuty}) and a framework's minimum number of social value KPIs raise a cap from the
 *       size bands to what they require (a maximum the request sets is kept), and the selection reports them
 *       with the framework's scope as duty findings ({@link #report(ContractProfile)}).</li>
 * </ol>
 *
 * <p>Financial proxies are never consulted: this class lives in svtoms-core, which cannot see them.
 *
 * <p>Immutable and thread-safe: it holds only the immutable catalogue, settings and indexes built once
 * (at construction, or per framework on its first selection, in a concurrent map); each call works on its
 * own state. The same profile always gives an equal selection.
 */
public final class KpiSelector {
    private final Catalogue catalogue;
    private final KpiSettings settings;
    private final SelectorIndex index;

    /**
     * A selector with the {@linkplain KpiSettings#DEFAULT default settings}.
     *
     * @param catalogue the catalogue to select from
     */
    public KpiSelector(Catalogue catalogue) {
        this(catalogue, KpiSettings.DEFAULT);
    }

    /**
     * A selector with its own settings.
     *
     * @param catalogue the catalogue to select from
     * @param settings the size bands, default priority-group limit and buyer rules
     */
    public KpiSelector(Catalogue catalogue, KpiSettings settings) {
        this.catalogue = Checks.notNull(catalogue, "catalogue");
        this.settings = Checks.notNull(settings, "settings");
        this.index = new SelectorIndex(catalogue);
    }

    /**
     * The catalogue this selector selects from.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The settings this selector uses.
     *
     * @return the settings
     */
    public KpiSettings settings() {
        return settings;
    }

    /**
     * Selects the KPIs for a contract.
     *
     * @param profile the contract and the buyer's choices
     * @return the selection, with a reason for every selected and excluded candidate and every rule check
     * @throws io.github.svtoms.core.UnknownIdException when the framework, a chosen priority or a
     *         requested priority group is not in the catalogue (or a group not used by the framework)
     * @throws io.github.svtoms.core.InvalidValueException when the profile is null, or its value is in
     *         another currency than the size bands it must be compared with, or it names a family of dated
     *         editions without a commencement date
     * @throws io.github.svtoms.core.catalogue.NoEditionInForceException when no edition of the family (or the
     *         framework named) applies on the commencement date
     */
    public KpiSelection select(ContractProfile profile) {
        return report(profile).selection();
    }

    /**
     * Selects the KPIs for a contract and checks the duties of the Procurement Act 2023 era with them: the
     * edition in force on the commencement date, the s.52 KPI duty, the framework's scope and its minimum number
     * of social value KPIs. {@link #select(ContractProfile)} returns the same selection without the duties.
     *
     * @param profile the contract and the buyer's choices
     * @return the selection with the edition chosen, the s.52 duty and the duty findings
     * @throws io.github.svtoms.core.UnknownIdException as {@link #select(ContractProfile)}
     * @throws io.github.svtoms.core.InvalidValueException as {@link #select(ContractProfile)}
     * @throws io.github.svtoms.core.catalogue.NoEditionInForceException as {@link #select(ContractProfile)}
     */
    public KpiSelectionReport report(ContractProfile profile) {
        Checks.notNull(profile, "contract profile");
        Optional<EditionResolution> edition = edition(profile);
        FrameworkId id = edition.map(e -> e.require().id()).orElse(profile.framework());
        return new SelectionRun(index, settings, profile, index.plan(id), edition).run();
    }

    /**
     * The edition in force on the profile's commencement date: required for a family id, checked for a
     * framework id when a date is given.
     */
    private Optional<EditionResolution> edition(ContractProfile profile) {
        FrameworkId requested = profile.framework();
        if (profile.commencement().isEmpty()) {
            if (catalogue.framework(requested).isEmpty() && EditionResolver.isFamily(catalogue, requested)) {
                throw new InvalidValueException("framework '" + requested + "' is a family of dated editions ("
                        + EditionResolver.editionsOf(catalogue, requested).stream().map(f -> f.id().value())
                        .collect(java.util.stream.Collectors.joining(", "))
                        + "): give the date the procurement commenced to choose the edition in force");
            }
            return Optional.empty();
        }
        EditionResolution resolution = EditionResolver.resolve(catalogue, requested, profile.commencement().get());
        resolution.require();
        return Optional.of(resolution);
    }

    @Override
    public String toString() {
        return "KpiSelector[" + catalogue + ", " + settings + "]";
    }
}
