package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;

import java.util.List;

/**
 * A data file could not be read (malformed JSON, a wrong format tag, an unknown member, a bad decimal, a
 * dangling reference, an overlay conflict). Carries every problem found, each with file, line, column
 * and JSON path; the message lists them one per line. Nothing was loaded.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class CatalogueFormatException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     */
    public CatalogueFormatException(List<Problem> problems) {
        super(message(io.github.svtoms.core.internal.Checks.notNull(problems, "problems")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception with the underlying failure, for a single problem.
     *
     * @param problem the problem
     * @param cause the underlying failure
     */
    public CatalogueFormatException(Problem problem, Throwable cause) {
        super(message(List.of(io.github.svtoms.core.internal.Checks.notNull(problem, "problem"))), cause);
        this.problems = List.of(problem);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new InvalidValueException("a format exception needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder b = new StringBuilder().append(problems.size()).append(" problems:");
        problems.forEach(p -> b.append("\n  ").append(p));
        return b.toString();
    }

    /**
     * Every problem found, in document order.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return problems;
    }
}
