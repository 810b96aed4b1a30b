package io.github.svtoms.core;

/**
 * A lookup named an id that does not exist where it was looked for (a measure not in the catalogue,
 * a priority not in its framework). The message names the kind of thing, the id and where it was
 * looked up.
 */
public class UnknownIdException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the kind, the id and where it was missing
     */
    public UnknownIdException(String message) {
        super(message);
    }
}
