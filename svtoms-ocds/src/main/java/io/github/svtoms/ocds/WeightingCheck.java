package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.evaluation.AwardCriteria;
import io.github.svtoms.core.evaluation.ImportanceCheck;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.Verdict;

import java.util.Optional;

/**
 * Whether a notice's social value weighting meets the minimum of the framework edition in force on its
 * commencement date. The edition is core's {@link EditionResolver} choice; the check is core's
 * {@link ImportanceCheck#minimumWeighting} on the notice's evaluation scheme (so a minimum raised by a value
 * band, e.g. PPN 026's 20 % from £5m including VAT, is applied from the notice's value on its VAT basis, and
 * cannot be checked when that basis leaves it open).
 *
 * <p>{@code not-applicable} when there is no edition in force (no commencement date for a family, no edition
 * on that date, a framework not in the catalogue) or the edition sets no minimum; {@code cannot-be-checked}
 * when no criteria are published or their weights are not percentages adding up to 100.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param edition the edition in force, if any
 * @param verdict met, not met, not applicable or cannot be checked
 * @param detail why, in words
 */
public record WeightingCheck(Optional<FrameworkId> edition, Verdict verdict, String detail) {
    /**
     * Validates the check.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the detail is blank
     */
    public WeightingCheck {
        Checks.notNull(edition, "edition");
        Checks.notNull(verdict, "verdict");
        Checks.notBlank(detail, "detail");
    }

    /**
     * The check of one reading.
     *
     * @param reading the notice or lot
     * @param catalogue the catalogue holding the framework
     * @param framework a framework, or a family of dated editions (e.g. {@code uk-svm})
     * @return the check
     */
    public static WeightingCheck of(ContractReading reading, Catalogue catalogue, FrameworkId framework) {
        Checks.notNull(reading, "reading");
        Checks.notNull(catalogue, "catalogue");
        Checks.notNull(framework, "framework");
        ContractFacts facts = reading.profile().facts();
        Optional<Framework> edition;
        if (facts.commencement().isPresent()) {
            EditionResolution r = EditionResolver.resolve(catalogue, framework, facts.commencement().get().value());
            if (!r.found()) {
                return new WeightingCheck(Optional.empty(), Verdict.NOT_APPLICABLE, "no edition in force: " + r.reason());
            }
            edition = r.edition();
        } else {
            edition = catalogue.framework(framework);
            if (edition.isEmpty()) {
                return new WeightingCheck(Optional.empty(), Verdict.NOT_APPLICABLE, "no edition in force: "
                        + (EditionResolver.isFamily(catalogue, framework)
                        ? "the notice gives no commencement date to choose an edition of '" + framework + "' by"
                        : "no framework '" + framework + "' in the catalogue"));
            }
        }
        Framework f = edition.orElseThrow();
        Optional<FrameworkId> id = Optional.of(f.id());
        if (reading.criteria().scheme().isPresent()) {
            DutyFinding d = ImportanceCheck.minimumWeighting(AwardCriteria.of(reading.criteria().scheme().get()), f,
                    facts.contractValue());
            return new WeightingCheck(id, d.verdict(), d.detail());
        }
        if (f.rules().minimumSocialValueWeighting().isEmpty() && f.rules().weightingBands().isEmpty()) {
            return new WeightingCheck(id, Verdict.NOT_APPLICABLE, "framework " + f.id() + " sets no minimum social value weighting");
        }
        return new WeightingCheck(id, Verdict.CANNOT_BE_CHECKED, reading.criteria().isPublished()
                ? "cannot be checked: the award criteria's weights are not percentages adding up to 100"
                : "cannot be checked: no award criteria published");
    }
}
