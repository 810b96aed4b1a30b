package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

/**
 * One problem found in a data file: where it is (file name, line, column, JSON path) and what is
 * wrong. {@link #toString()} gives the form {@code kent.json:41:17: $.priorities[3].measures[0]: unknown
 * measure 'locl-employment'}.
 *
 * <p>Line and column are 1-based; 0 means the position is not known (for example a problem with the
 * file as a whole, such as an empty file, reports line 1 column 1; a problem found only when the parts
 * were combined may report 0).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param file the file name as given to the reader
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param path the JSON path of the offending element, e.g. {@code $.priorities[3].measures[0]}; {@code $}
 *             for the document itself
 * @param message what is wrong: the bad value and the rule it broke
 */
public record Problem(String file, int line, int column, String path, String message) {
    /**
     * Validates the problem.
     *
     * @param file the file name
     * @param line at least 0
     * @param column at least 0
     * @param path the JSON path, not blank
     * @param message not blank
     */
    public Problem {
        Checks.notNull(file, "file");
        Checks.notBlank(path, "path");
        Checks.notBlank(message, "message");
        if (line < 0 || column < 0) {
            throw new InvalidValueException("invalid problem position " + line + ":" + column + ": must not be negative");
        }
    }

    /**
     * {@code file:line:column: path: message}.
     *
     * @return the problem as one line
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
