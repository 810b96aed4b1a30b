package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Contract Performance Notice (UK9) names besides the ratings [V]: the procurement and contract
 * identifiers and each supplier's name and identifier. A monitoring file gives them in its {@code notice}
 * member so that {@link MonitoringRequest#report()} can produce the notice's content.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param procurementId the procurement identifier (e.g. the OCDS {@code ocid}), not blank
 * @param contractId the contract identifier, not blank
 * @param suppliers the suppliers, at least one, identifiers unique
 */
public record NoticeDetails(String procurementId, String contractId, List<NoticeSupplier> suppliers) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when an identifier is blank, there is no supplier or a supplier identifier
     *                               repeats
     */
    public NoticeDetails {
        Checks.identifier(procurementId, "procurement identifier");
        Checks.identifier(contractId, "contract identifier");
        suppliers = List.copyOf(Checks.notNull(suppliers, "suppliers"));
        if (suppliers.isEmpty()) {
            throw new InvalidValueException("the notice details of contract '" + contractId + "' need at least one supplier");
        }
        Set<String> seen = new HashSet<>();
        for (NoticeSupplier s : suppliers) {
            if (!seen.add(s.identifier())) {
                throw new InvalidValueException("duplicate supplier identifier '" + s.identifier()
                        + "': each supplier is named once");
            }
        }
    }
}
