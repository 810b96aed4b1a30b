package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of a Contract Performance Notice (UK9; Procurement Act 2023 s.71, Procurement Regulations 2024
 * reg. 39): the procurement and contract identifiers, the KPIs with their statutory ratings, the period
 * assessed, and each supplier's name and identifier [V]; with the date the next assessment is due. Built from
 * a {@link PerformanceAssessment}; svtoms produces the content, not the notice's publication.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param procurementId the procurement identifier (e.g. the OCDS {@code ocid}), not blank
 * @param contractId the contract identifier, not blank
 * @param period the period assessed
 * @param kpis the KPIs with their ratings, at least one, in the commitments' order
 * @param suppliers the suppliers, at least one
 * @param nextAssessmentDue when the next assessment is due; empty when the contract has ended
 */
public record ContractPerformanceNotice(String procurementId, String contractId, AssessmentPeriod period,
                                        List<NoticeKpi> kpis, List<NoticeSupplier> suppliers,
                                        Optional<LocalDate> nextAssessmentDue) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when an identifier is blank, or there is no KPI or no supplier
     */
    public ContractPerformanceNotice {
        Checks.identifier(procurementId, "procurement identifier");
        Checks.identifier(contractId, "contract identifier");
        Checks.notNull(period, "period assessed");
        kpis = List.copyOf(Checks.notNull(kpis, "KPIs"));
        suppliers = List.copyOf(Checks.notNull(suppliers, "suppliers"));
        Checks.notNull(nextAssessmentDue, "next assessment due");
        if (kpis.isEmpty()) {
            throw new InvalidValueException("a Contract Performance Notice for contract '" + contractId
                    + "' needs at least one KPI");
        }
        if (suppliers.isEmpty()) {
            throw new InvalidValueException("a Contract Performance Notice for contract '" + contractId
                    + "' needs at least one supplier");
        }
    }

    /**
     * The notice content of an assessment, each KPI named by its measure id.
     *
     * @param assessment the rated commitments
     * @param procurementId the procurement identifier
     * @param contractId the contract identifier
     * @param suppliers the suppliers
     * @return the notice content
     */
    public static ContractPerformanceNotice of(PerformanceAssessment assessment, String procurementId,
                                               String contractId, List<NoticeSupplier> suppliers) {
        Checks.notNull(assessment, "assessment");
        List<NoticeKpi> kpis = assessment.ratings().stream()
                .map(r -> new NoticeKpi(r.measure(), r.measure().value(), r.rating())).toList();
        return new ContractPerformanceNotice(procurementId, contractId, assessment.period(), kpis, suppliers,
                assessment.nextAssessmentDue());
    }

    /**
     * The notice content of an assessment, each KPI named by its measure's name in a catalogue (its id when
     * the catalogue does not hold it).
     *
     * @param assessment the rated commitments
     * @param catalogue the catalogue to take the names from
     * @param procurementId the procurement identifier
     * @param contractId the contract identifier
     * @param suppliers the suppliers
     * @return the notice content
     */
    public static ContractPerformanceNotice of(PerformanceAssessment assessment, Catalogue catalogue,
                                               String procurementId, String contractId,
                                               List<NoticeSupplier> suppliers) {
        Checks.notNull(assessment, "assessment");
        Checks.notNull(catalogue, "catalogue");
        List<NoticeKpi> kpis = assessment.ratings().stream()
                .map(r -> new NoticeKpi(r.measure(), catalogue.measure(r.measure()).map(Measure::name)
                        .orElse(r.measure().value()), r.rating())).toList();
        return new ContractPerformanceNotice(procurementId, contractId, assessment.period(), kpis, suppliers,
                assessment.nextAssessmentDue());
    }
}
