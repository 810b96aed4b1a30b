package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.ThresholdTest;
import io.github.svtoms.core.law.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A social value framework: either one that owns themes, outcomes and measures
 * ({@link FrameworkKind#MEASURES}, e.g. {@code svtoms-open}) or a priority framework
 * ({@link FrameworkKind#PRIORITIES}, e.g. {@code kent}, {@code nhs-2022}) whose priorities map onto
 * measures, with its {@link FrameworkRules rules}.
 *
 * <p><b>Editions in time.</b> A framework can be one edition of a family (e.g. {@code uk-svm-2025} of
 * {@code uk-svm}) with the {@link FrameworkPeriod period} of commencement dates it applies to, its
 * {@link FrameworkScope scope} (buyer types, a value floor on its VAT basis) and a {@link FrameworkStatus
 * status}; {@link EditionResolver} picks the edition of a family in force on a procurement's commencement
 * date. The {@link RuleProvenance provenance} of its rules grades each fact [V] or [S]. A local framework needs
 * none of this: without a family or period it applies whenever it is named.
 *
 * <p>Immutable and thread-safe; value equality over all components. Consistency with the rest of a
 * catalogue (priority ids unique, references resolving, a family's editions dated) is checked by
 * {@link Catalogue.Builder#build()}.
 *
 * @param id the framework id
 * @param kind whether it owns measures or maps priorities onto them
 * @param name a readable name
 * @param publisher who publishes it
 * @param edition its edition, e.g. {@code 2025.1} or {@code 2022}
 * @param description what it is, may be empty
 * @param url where it is published, if known
 * @param licence the licence of the framework's text, if known
 * @param rules its tender rules
 * @param priorityGroups the catalogue priority groups it uses, in order
 * @param priorities its priorities in order (empty for a measure-owning framework)
 * @param family the family this is an edition of (e.g. {@code uk-svm}), if any; never its own id
 * @param period the commencement dates it applies to, if stated (required for an edition of a family)
 * @param scope the buyers and values it applies to ({@link FrameworkScope#ANY} for any)
 * @param status whether it is current or superseded
 * @param provenance where the facts behind its rules come from, with their evidence grades
 */
public record Framework(FrameworkId id, FrameworkKind kind, String name, String publisher, String edition,
                        String description, Optional<String> url, Optional<String> licence, FrameworkRules rules,
                        List<PriorityGroupId> priorityGroups, List<Priority> priorities,
                        Optional<FrameworkId> family, Optional<FrameworkPeriod> period, FrameworkScope scope,
                        FrameworkStatus status, List<RuleProvenance> provenance) {
    /** Rule id of {@link #checkScope}. */
    public static final String SCOPE_RULE = "framework-scope";

    /**
     * Validates the framework and copies its lists.
     *
     * @param id the id
     * @param kind the kind
     * @param name not blank
     * @param publisher not blank
     * @param edition not blank
     * @param description may be empty but not null
     * @param url the URL or empty
     * @param licence the licence or empty
     * @param rules the rules ({@link FrameworkRules#NONE} for none)
     * @param priorityGroups no nulls
     * @param priorities no nulls
     * @param family the family, or empty; not the framework's own id
     * @param period the period, or empty
     * @param scope the scope
     * @param status the status
     * @param provenance no nulls
     */
    public Framework {
        Checks.notNull(id, "framework id");
        Checks.notNull(kind, "framework kind");
        Checks.notBlank(name, "framework name");
        Checks.notBlank(publisher, "framework publisher");
        Checks.notBlank(edition, "framework edition");
        Checks.notNull(description, "framework description");
        Checks.notNull(url, "framework url");
        Checks.notNull(licence, "framework licence");
        Checks.notNull(rules, "framework rules");
        priorityGroups = Lists.copyOf(priorityGroups, "framework priority groups");
        priorities = Lists.copyOf(priorities, "framework priorities");
        Checks.notNull(family, "framework family");
        family.ifPresent(f -> {
            if (f.equals(id)) {
                throw new InvalidValueException("framework '" + id + "' names itself as its family: a family id"
                        + " (e.g. uk-svm) differs from the id of each of its editions (e.g. uk-svm-2025)");
            }
        });
        Checks.notNull(period, "framework period");
        Checks.notNull(scope, "framework scope");
        Checks.notNull(status, "framework status");
        provenance = Lists.copyOf(provenance, "framework provenance");
    }

    /**
     * A framework outside time: no family, no period, any scope, active, no provenance (the form before the
     * Procurement Act 2023 era, and of most local frameworks).
     *
     * @param id the id
     * @param kind the kind
     * @param name not blank
     * @param publisher not blank
     * @param edition not blank
     * @param description may be empty but not null
     * @param url the URL or empty
     * @param licence the licence or empty
     * @param rules the rules ({@link FrameworkRules#NONE} for none)
     * @param priorityGroups no nulls
     * @param priorities no nulls
     */
    public Framework(FrameworkId id, FrameworkKind kind, String name, String publisher, String edition,
                     String description, Optional<String> url, Optional<String> licence, FrameworkRules rules,
                     List<PriorityGroupId> priorityGroups, List<Priority> priorities) {
        this(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups, priorities,
                Optional.empty(), Optional.empty(), FrameworkScope.ANY, FrameworkStatus.ACTIVE, List.of());
    }

    /**
     * A measure-owning framework with no rules, URL or licence.
     *
     * @param id the id
     * @param name the name
     * @param publisher the publisher
     * @param edition the edition
     * @return the framework
     */
    public static Framework ofMeasures(FrameworkId id, String name, String publisher, String edition) {
        return new Framework(id, FrameworkKind.MEASURES, name, publisher, edition, "", Optional.empty(),
                Optional.empty(), FrameworkRules.NONE, List.of(), List.of());
    }

    /**
     * A priority framework.
     *
     * @param id the id
     * @param name the name
     * @param publisher the publisher
     * @param edition the edition
     * @param rules its rules
     * @param priorities its priorities
     * @return the framework
     */
    public static Framework ofPriorities(FrameworkId id, String name, String publisher, String edition,
                                         FrameworkRules rules, List<Priority> priorities) {
        return new Framework(id, FrameworkKind.PRIORITIES, name, publisher, edition, "", Optional.empty(),
                Optional.empty(), rules, List.of(), priorities);
    }

    /**
     * The priority with this id.
     *
     * @param priorityId the id
     * @return the priority, or empty
     */
    public Optional<Priority> priority(PriorityId priorityId) {
        Checks.notNull(priorityId, "priority id");
        return priorities.stream().filter(p -> p.id().equals(priorityId)).findFirst();
    }

    /**
     * A copy as an edition of a family, applying to procurements commenced in a period.
     *
     * @param familyId the family id, e.g. {@code uk-svm}
     * @param applies the commencement dates it applies to
     * @return the modified copy
     */
    public Framework withEdition(FrameworkId familyId, FrameworkPeriod applies) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups,
                priorities, Optional.of(Checks.notNull(familyId, "framework family")),
                Optional.of(Checks.notNull(applies, "framework period")), scope, status, provenance);
    }

    /**
     * A copy with a period (a local framework need not belong to a family to be dated).
     *
     * @param applies the commencement dates it applies to
     * @return the modified copy
     */
    public Framework withPeriod(FrameworkPeriod applies) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups,
                priorities, family, Optional.of(Checks.notNull(applies, "framework period")), scope, status, provenance);
    }

    /**
     * A copy with another scope.
     *
     * @param value the scope
     * @return the modified copy
     */
    public Framework withScope(FrameworkScope value) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups,
                priorities, family, period, value, status, provenance);
    }

    /**
     * A copy with another status.
     *
     * @param value the status
     * @return the modified copy
     */
    public Framework withStatus(FrameworkStatus value) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups,
                priorities, family, period, scope, value, provenance);
    }

    /**
     * A copy with other rules.
     *
     * @param value the rules
     * @return the modified copy
     */
    public Framework withRules(FrameworkRules value) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, value, priorityGroups,
                priorities, family, period, scope, status, provenance);
    }

    /**
     * A copy with the provenance of its rules.
     *
     * @param facts the facts with their sources and grades
     * @return the modified copy
     */
    public Framework withProvenance(List<RuleProvenance> facts) {
        return new Framework(id, kind, name, publisher, edition, description, url, licence, rules, priorityGroups,
                priorities, family, period, scope, status, facts);
    }

    /**
     * Whether the framework applies to a procurement commenced on a date: always, without a period.
     *
     * @param commencement the commencement date
     * @return {@code true} when it has no period or the period contains the date
     */
    public boolean appliesOn(LocalDate commencement) {
        Checks.notNull(commencement, "commencement date");
        return period.map(p -> p.contains(commencement)).orElse(true);
    }

    /**
     * The facts behind its rules that are graded [S] (from secondary sources, awaiting the primary text).
     *
     * @return those facts, in order
     */
    public List<RuleProvenance> secondaryFacts() {
        return provenance.stream().filter(p -> p.grade() == EvidenceGrade.SECONDARY).toList();
    }

    /**
     * The weakest evidence grade among the facts behind its rules: [S] when any fact is [S], [V] when every
     * fact is [V], empty when it states no provenance (a local framework's own rules).
     *
     * @return the grade, or empty
     */
    public Optional<EvidenceGrade> evidence() {
        if (provenance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(secondaryFacts().isEmpty() ? EvidenceGrade.VERIFIED : EvidenceGrade.SECONDARY);
    }

    /**
     * Checks whether a procurement is within the framework's {@link FrameworkScope}: its buyer type and its
     * value against the value floor (on the floor's VAT basis). Rule id {@value #SCOPE_RULE}; verdict
     * {@link Verdict#MET} when within scope, {@link Verdict#NOT_APPLICABLE} when outside (the framework does not
     * apply), {@link Verdict#CANNOT_BE_CHECKED} when the buyer type or the value is unknown or the value is
     * known only on the other basis and the answer depends on the VAT; level {@link DutyLevel#ADVICE}.
     * Exclusions in words are quoted, not tested.
     *
     * @param buyerTypeId the buyer type's file id (e.g. {@code central-government}), if known
     * @param value the contract value, if known
     * @return the finding
     */
    public DutyFinding checkScope(Optional<String> buyerTypeId, Optional<ContractValue> value) {
        Checks.notNull(buyerTypeId, "buyer type");
        Checks.notNull(value, "contract value");
        String fw = "framework " + id;
        java.util.List<String> in = new java.util.ArrayList<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        if (!scope.buyerTypes().isEmpty()) {
            if (buyerTypeId.isEmpty()) {
                unknown.add("the buyer type is not given (" + fw + " applies to " + String.join(", ", scope.buyerTypes()) + ")");
            } else if (!scope.coversBuyer(buyerTypeId.get())) {
                return scopeFinding(Verdict.NOT_APPLICABLE, "outside the scope of " + fw + ": buyer type "
                        + buyerTypeId.get() + " is not among " + String.join(", ", scope.buyerTypes()));
            } else {
                in.add("buyer type " + buyerTypeId.get() + " is within it");
            }
        }
        if (scope.valueFloor().isPresent()) {
            if (value.isEmpty()) {
                unknown.add("the contract value is not given (" + fw + " applies from " + scope.valueFloor().get().describe() + ")");
            } else {
                ThresholdTest t = scope.valueFloor().get().test(value.get());
                if (t.isNotReached()) {
                    return scopeFinding(Verdict.NOT_APPLICABLE, "outside the scope of " + fw + ": " + t.detail()
                            + ", its value floor");
                }
                (t.isReached() ? in : unknown).add(t.detail());
            }
        }
        String exclusions = scope.exclusions().isEmpty() ? ""
                : "; it excludes " + String.join("; ", scope.exclusions()) + " (not tested: check them)";
        if (!unknown.isEmpty()) {
            return scopeFinding(Verdict.CANNOT_BE_CHECKED, "whether the procurement is within the scope of " + fw
                    + " cannot be checked: " + String.join("; ", unknown) + exclusions);
        }
        return scopeFinding(Verdict.MET, "within the scope of " + fw
                + (in.isEmpty() ? ", which names no buyer type or value floor" : ": " + String.join("; ", in)) + exclusions);
    }


    private DutyFinding scopeFinding(Verdict verdict, String detail) {
        return new DutyFinding(SCOPE_RULE, verdict, DutyLevel.ADVICE, detail, evidence(),
                name + " (" + publisher + ", " + edition + ")");
    }
}
