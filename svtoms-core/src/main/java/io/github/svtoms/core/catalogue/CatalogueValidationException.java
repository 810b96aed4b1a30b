package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.SvtomsException;

import java.util.List;

/**
 * A catalogue failed validation. Carries every problem found, not only the first; no catalogue was built.
 */
public final class CatalogueValidationException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     */
    public CatalogueValidationException(List<String> problems) {
        super("invalid catalogue (" + io.github.svtoms.core.internal.Checks.notNull(problems, "problems").size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order found.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
