package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.money.CurrencyMismatchException;

import java.util.Collections;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of an {@code svtoms-evaluation-request/1} file: the award criteria as the tender publishes them,
 * the bids scored against them, optional readable names of the bids, and optionally the framework whose rules
 * the criteria are checked against; for the rules of the Procurement Act 2023 era, the contract value with its
 * VAT basis (the minimum weighting of PPN 026 follows it) and, when the framework was chosen from a family by
 * commencement date, that choice.
 *
 * <p>The Procurement Act 2023 s.23 lets a tender give the relative importance of its criteria as percentages, a
 * ranking or a description [V]. svtoms scores bids only against percentage weights: a request whose criteria all
 * carry a percentage has an {@link EvaluationScheme} and at least one bid; a request with a ranked or described
 * criterion has no scheme and no bids, and is evaluated for its duty findings alone (the weighting check then
 * says "cannot be checked" when a social value criterion is not weighted).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param framework the framework to check the criteria against, if any
 * @param criteria the award criteria as published, at least one; with a scheme, exactly its criteria
 * @param scheme the scoring scheme, present exactly when there are bids
 * @param bids the bids, ids unique, prices in one currency; at least one with a scheme, none without
 * @param bidNames a readable name for some bids (keys must be bids of {@code bids}), in bid order
 * @param contractValue the contract value with its VAT basis, if given
 * @param edition how the framework was chosen by commencement date, if it was; its edition is {@code framework}
 */
public record EvaluationRequest(Optional<Framework> framework, AwardCriteria criteria, Optional<EvaluationScheme> scheme,
                                List<Bid> bids, Map<BidId, String> bidNames, Optional<ContractValue> contractValue,
                                Optional<EditionResolution> edition) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when there is no criterion, a scheme without bids or bids without a scheme, the
     *                               criteria are not the scheme's, an id repeats, or a name is for an unknown bid or
     *                               blank
     * @throws CurrencyMismatchException when bid prices are in different currencies
     */
    public EvaluationRequest {
        Checks.notNull(framework, "framework");
        Checks.notNull(criteria, "award criteria");
        Checks.notNull(scheme, "scheme");
        bids = List.copyOf(Checks.notNull(bids, "bids"));
        Checks.notNull(bidNames, "bid names");
        if (criteria.criteria().isEmpty()) {
            throw new InvalidValueException("no award criteria: an evaluation request needs at least one criterion");
        }
        if (scheme.isPresent()) {
            if (bids.isEmpty()) {
                throw new InvalidValueException("no bids: an evaluation request with a scoring scheme needs at least one bid");
            }
            if (!scheme.get().awardCriteria().equals(criteria)) {
                throw new InvalidValueException("the award criteria are not those of the scoring scheme: a scored"
                        + " request publishes every criterion with its percentage weight");
            }
        } else if (!bids.isEmpty()) {
            throw new InvalidValueException("bids without a scoring scheme: svtoms scores bids only when every criterion"
                    + " has a percentage weight");
        }
        Set<BidId> ids = new HashSet<>();
        for (Bid b : bids) {
            if (!ids.add(b.id())) {
                throw new InvalidValueException("duplicate bid id '" + b.id() + "': bid ids must be unique");
            }
            if (!b.price().currency().equals(bids.get(0).price().currency())) {
                throw new CurrencyMismatchException(bids.get(0).price().currency(), b.price().currency());
            }
        }
        Map<BidId, String> names = new LinkedHashMap<>();
        for (Bid b : bids) {
            String name = bidNames.get(b.id());
            if (name != null) {
                names.put(b.id(), Checks.notBlank(name, "name of bid '" + b.id() + "'"));
            }
        }
        for (BidId id : bidNames.keySet()) {
            if (!ids.contains(Checks.notNull(id, "bid id of a name"))) {
                throw new InvalidValueException("name given for unknown bid '" + id + "': not among the bids");
            }
        }
        bidNames = Collections.unmodifiableMap(names);
        Checks.notNull(contractValue, "contract value");
        Checks.notNull(edition, "edition");
        if (edition.isPresent() && !edition.get().edition().equals(framework)) {
            throw new InvalidValueException("the edition chosen by commencement date ("
                    + edition.get().edition().map(f -> f.id().value()).orElse("none") + ") is not the request's framework ("
                    + framework.map(f -> f.id().value()).orElse("none") + ")");
        }
    }

    /**
     * A scored request: the scheme's criteria, weighted by percentage, and the bids.
     *
     * @param framework the framework, or empty
     * @param scheme the scheme
     * @param bids at least one bid; ids unique; one currency
     * @param bidNames names of some of the bids, not blank
     * @param contractValue the contract value with its VAT basis, if given
     * @param edition how the framework was chosen by commencement date, if it was
     * @throws InvalidValueException when there is no bid, an id repeats, or a name is for an unknown bid or blank
     * @throws CurrencyMismatchException when bid prices are in different currencies
     */
    public EvaluationRequest(Optional<Framework> framework, EvaluationScheme scheme, List<Bid> bids,
                             Map<BidId, String> bidNames, Optional<ContractValue> contractValue,
                             Optional<EditionResolution> edition) {
        this(framework, Checks.notNull(scheme, "scheme").awardCriteria(), Optional.of(scheme), bids, bidNames,
                contractValue, edition);
    }

    /**
     * A scored request without a contract value or an edition choice.
     *
     * @param framework the framework, or empty
     * @param scheme the scheme
     * @param bids at least one bid; ids unique; one currency
     * @param bidNames names of some of the bids, not blank
     * @throws InvalidValueException when there is no bid, an id repeats, or a name is for an unknown bid or blank
     * @throws CurrencyMismatchException when bid prices are in different currencies
     */
    public EvaluationRequest(Optional<Framework> framework, EvaluationScheme scheme, List<Bid> bids,
                             Map<BidId, String> bidNames) {
        this(framework, scheme, bids, bidNames, Optional.empty(), Optional.empty());
    }

    /**
     * A request that checks published award criteria without scoring bids, e.g. a tender that ranks or
     * describes the importance of its criteria.
     *
     * @param framework the framework to check them against, or empty
     * @param criteria the criteria as published, at least one
     * @return the request, without a scheme or bids
     * @throws InvalidValueException when there is no criterion
     */
    public static EvaluationRequest criteriaOnly(Optional<Framework> framework, AwardCriteria criteria) {
        return new EvaluationRequest(framework, criteria, Optional.empty(), List.of(), Map.of(), Optional.empty(),
                Optional.empty());
    }

    /**
     * A copy with a contract value.
     *
     * @param value the value with its VAT basis
     * @return the modified copy
     */
    public EvaluationRequest withContractValue(ContractValue value) {
        return new EvaluationRequest(framework, criteria, scheme, bids, bidNames,
                Optional.of(Checks.notNull(value, "contract value")), edition);
    }

    /**
     * A copy checked against the edition chosen by commencement date.
     *
     * @param resolution the choice; it must have found an edition
     * @return the modified copy
     * @throws io.github.svtoms.core.catalogue.NoEditionInForceException when no edition applies
     */
    public EvaluationRequest withEdition(EditionResolution resolution) {
        Checks.notNull(resolution, "edition");
        return new EvaluationRequest(Optional.of(resolution.require()), criteria, scheme, bids, bidNames, contractValue,
                Optional.of(resolution));
    }

    /**
     * A scored request without a framework check or bid names.
     *
     * @param scheme the scheme
     * @param bids the bids
     * @return the request
     */
    public static EvaluationRequest of(EvaluationScheme scheme, List<Bid> bids) {
        return new EvaluationRequest(Optional.empty(), scheme, bids, Map.of());
    }

    /**
     * The currency of the bid prices (the document-level {@code currency} of the file).
     *
     * @return the currency, or empty when there are no bids (a request of criteria only)
     */
    public Optional<Currency> currency() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0).price().currency());
    }

    /**
     * Checks the criteria against the framework (when there is one): the framework's rules for a scored scheme
     * ({@link FrameworkCheck}) and its minimum weighting for the contract value ({@link ImportanceCheck}); then
     * scores and ranks the bids, when there is a scheme.
     *
     * @return the framework check, the duty findings and the ranking
     * @throws io.github.svtoms.core.SvtomsException when a bid cannot be scored (see
     *                                               {@link TenderEvaluation#evaluate})
     */
    public EvaluationResult evaluate() {
        Optional<FrameworkCheck> check = scheme.flatMap(s -> framework.map(s::check));
        List<DutyFinding> duties = new ArrayList<>();
        framework.ifPresent(f -> duties.add(ImportanceCheck.minimumWeighting(criteria, f, contractValue)));
        return new EvaluationResult(this, check, scheme.map(s -> TenderEvaluation.evaluate(s, bids)), duties);
    }
}
