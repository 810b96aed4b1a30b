package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.SvtomsException;

import java.time.LocalDate;

/**
 * No edition of a framework family applies to a procurement commenced on a date (e.g. {@code uk-svm} for a
 * procurement commenced before the first edition's period), or the framework named does not apply on that
 * date. The message names the family or framework, the date and the periods of the editions known.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public class NoEditionInForceException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    private final String requested;
    private final LocalDate commencement;

    /**
     * Creates the exception.
     *
     * @param requested the family or framework id requested
     * @param commencement the commencement date
     * @param message the reason, naming the periods known
     */
    public NoEditionInForceException(String requested, LocalDate commencement, String message) {
        super(message);
        this.requested = requested;
        this.commencement = commencement;
    }

    /**
     * The family or framework id requested.
     *
     * @return the id text
     */
    public String requested() {
        return requested;
    }

    /**
     * The commencement date.
     *
     * @return the date
     */
    public LocalDate commencement() {
        return commencement;
    }
}
