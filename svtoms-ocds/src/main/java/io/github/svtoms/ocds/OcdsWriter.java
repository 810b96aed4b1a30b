package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.ocds.internal.ReleaseJson;

/**
 * Writes svtoms's KPIs and performance ratings as OCDS 1.1 releases, in the shapes UK notices use.
 *
 * <ul>
 *   <li>{@link #kpis}: a {@code contract} release whose {@code contracts[0].agreedMetrics[]} (the OCDS metrics
 *   extension) has one metric per KPI — {@code id} the measure id, {@code
 *   description} the framework, theme and unit — with one observation per level the KPI has ({@code minimum}, {@code
 *   target}, {@code stretch}): {@code measure} the level over the whole contract, {@code unit.name} the unit.
 *   A KPI without levels (e.g. a yes/no measure with no target rule) has no observation.</li>
 *   <li>{@link #performance}: an {@code implementation} release (the Contract Performance Notice, UK9): its
 *   {@code contracts[0].implementation.metrics[]} has one metric per KPI with one observation whose {@code
 *   period} is the period assessed and whose {@code measureClassification} (the UK extension) has {@code id} the
 *   rating code ({@code met}, {@code slightlyBelow}, {@code below}, {@code significantlyBelow}, {@code other})
 *   and {@code description} the rating's words; the suppliers are {@code parties[]} with role {@code
 *   supplier}.</li>
 * </ul>
 *
 * <p>Every release has {@code ocid}, {@code id}, {@code date}, {@code tag}, {@code initiationType}
 * ({@code tender}) and the contract's {@code id} and {@code awardID}, from the {@link ReleaseHeader}. Calendar
 * dates are written as midnight UTC; a period assessed, half-open in svtoms, ends at midnight of its
 * exclusive end day. Stateless and thread-safe.
 */
public final class OcdsWriter {
    /**
     * The OCDS metrics extension ({@code agreedMetrics}, {@code implementation.metrics}). A release does not
     * declare its extensions in OCDS 1.1: the release package that publishes it lists this one in its
     * {@code extensions}.
     */
    public static final String METRICS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/1.1/extension.json";
    /** The UK extension ({@code measureClassification}, the ratings): the package of a performance release lists it too. */
    public static final String UK_EXTENSION =
            "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json";

    private OcdsWriter() {
    }

    /**
     * The KPIs of a selection as the agreed metrics of a contract.
     *
     * @param selection the KPIs, at least one
     * @param header the release and contract identifiers
     * @return the release as JSON text, pretty-printed, ending with a newline
     * @throws InvalidValueException when the selection has no KPI
     */
    public static String kpis(KpiSelection selection, ReleaseHeader header) {
        Checks.notNull(selection, "KPI selection");
        Checks.notNull(header, "release header");
        if (selection.kpis().isEmpty()) {
            throw new InvalidValueException("the selection for framework " + selection.framework()
                    + " has no KPI: OCDS agreed metrics need at least one");
        }
        for (Kpi k : selection.kpis()) {
            Checks.notNull(k, "KPI");
        }
        return ReleaseJson.kpis(selection, header);
    }

    /**
     * A Contract Performance Notice as an implementation release with the UK extension's ratings.
     *
     * @param notice the notice content (its procurement id must be the header's ocid and its contract id the
     *               header's contract id)
     * @param header the release and contract identifiers
     * @return the release as JSON text, pretty-printed, ending with a newline
     * @throws InvalidValueException when the notice and the header name different processes or contracts
     */
    public static String performance(ContractPerformanceNotice notice, ReleaseHeader header) {
        Checks.notNull(notice, "contract performance notice");
        Checks.notNull(header, "release header");
        if (!notice.procurementId().equals(header.ocid())) {
            throw new InvalidValueException("the notice is for procurement '" + notice.procurementId()
                    + "' but the release header's ocid is '" + header.ocid() + "'");
        }
        if (!notice.contractId().equals(header.contractId())) {
            throw new InvalidValueException("the notice is for contract '" + notice.contractId()
                    + "' but the release header's contract id is '" + header.contractId() + "'");
        }
        return ReleaseJson.performance(notice, header);
    }
}
