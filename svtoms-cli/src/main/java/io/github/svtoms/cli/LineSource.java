package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.proxies.valuation.CommitmentLine;

import java.io.Closeable;

/**
 * Commitment lines read one by one from a bulk file ({@code --lines}): CSV or JSON Lines. A bad record is
 * reported by {@link #next()} and passed over; an input that cannot be read on (a CSV quote never closed, a
 * cell over the limit) ends the reading with {@link Unreadable}. Mutable; one per run.
 */
interface LineSource extends Closeable {
    /**
     * Whether another record is left.
     *
     * @return whether {@link #next()} has a record
     * @throws Unreadable when the input cannot be read on
     * @throws java.io.UncheckedIOException when the input cannot be read
     */
    boolean hasNext();

    /**
     * Reads the next record.
     *
     * @return the line
     * @throws CatalogueFormatException for a bad record: every problem it has, each at its line; the source
     *         has moved past it
     * @throws Unreadable when the input cannot be read on
     */
    CommitmentLine next();

    /** @return the 1-based line where the record last read or refused starts */
    long lineNumber();

    /** @return the file name quoted in problems */
    String fileName();

    /** The input cannot be read past this point: every problem, with its position; nothing after it is read. */
    final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param cause the problems */
        Unreadable(CatalogueFormatException cause) {
            super(cause.getMessage(), cause);
        }

        /** @return the problems */
        CatalogueFormatException problems() {
            return (CatalogueFormatException) getCause();
        }
    }
}
