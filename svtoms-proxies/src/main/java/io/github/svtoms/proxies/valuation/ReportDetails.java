package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a valuation report is about, as the request states it: a title, the buyer, the supplier, the contract
 * (its name or reference) and the date of the report. Every part is optional; a report names what is given and
 * never takes a title from a file name when the request gives one.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param title the report's title, e.g. {@code "Soft FM: social value at award"}
 * @param buyer the contracting authority, e.g. {@code "East London NHS Foundation Trust"}
 * @param supplier the supplier, e.g. {@code "OCS"}
 * @param contract the contract's name or reference
 * @param date the date the report speaks for
 */
public record ReportDetails(Optional<String> title, Optional<String> buyer, Optional<String> supplier,
                            Optional<String> contract, Optional<LocalDate> date) {
    /** No details at all. */
    public static final ReportDetails NONE = new ReportDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * Validates the details.
     *
     * @param title empty or not blank
     * @param buyer empty or not blank
     * @param supplier empty or not blank
     * @param contract empty or not blank
     * @param date the date, or empty
     * @throws io.github.svtoms.core.InvalidValueException when a text is blank
     */
    public ReportDetails {
        text(title, "report title");
        text(buyer, "report buyer");
        text(supplier, "report supplier");
        text(contract, "report contract");
        Checks.notNull(date, "report date");
    }

    private static void text(Optional<String> value, String what) {
        Checks.notNull(value, what).ifPresent(v -> Checks.notBlank(v, what));
    }

    /**
     * Whether no part is given.
     *
     * @return {@code true} when every part is empty
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * A copy with a title.
     *
     * @param value not blank
     * @return the modified copy
     */
    public ReportDetails withTitle(String value) {
        return new ReportDetails(Optional.of(Checks.notNull(value, "report title")), buyer, supplier, contract, date);
    }

    /**
     * A copy with a buyer.
     *
     * @param value not blank
     * @return the modified copy
     */
    public ReportDetails withBuyer(String value) {
        return new ReportDetails(title, Optional.of(Checks.notNull(value, "report buyer")), supplier, contract, date);
    }

    /**
     * A copy with a supplier.
     *
     * @param value not blank
     * @return the modified copy
     */
    public ReportDetails withSupplier(String value) {
        return new ReportDetails(title, buyer, Optional.of(Checks.notNull(value, "report supplier")), contract, date);
    }

    /**
     * A copy with a contract name or reference.
     *
     * @param value not blank
     * @return the modified copy
     */
    public ReportDetails withContract(String value) {
        return new ReportDetails(title, buyer, supplier, Optional.of(Checks.notNull(value, "report contract")), date);
    }

    /**
     * A copy with a date.
     *
     * @param value the date
     * @return the modified copy
     */
    public ReportDetails withDate(LocalDate value) {
        return new ReportDetails(title, buyer, supplier, contract, Optional.of(Checks.notNull(value, "report date")));
    }
}
