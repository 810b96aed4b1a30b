package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;

/**
 * A supplier as a Contract Performance Notice names it: its name and its identifier (e.g. a Companies House
 * number in OCDS form, {@code GB-COH-01234567}), both as given.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param name the supplier's name, not blank
 * @param identifier the supplier's identifier, not blank
 */
public record NoticeSupplier(String name, String identifier) {
    /**
     * Validates the supplier.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or blank
     */
    public NoticeSupplier {
        Checks.notBlank(name, "supplier name");
        Checks.notBlank(identifier, "identifier of supplier '" + name + "'");
    }
}
