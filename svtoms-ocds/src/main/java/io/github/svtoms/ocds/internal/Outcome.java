package io.github.svtoms.ocds.internal;

import io.github.svtoms.ocds.Reason;

import java.util.List;

/** What one place in a notice gave for a piece (a value, a period). */
interface Outcome {
    /** Whether the piece can be used. */
    boolean usable();

    /** Whether the place states anything about the piece. */
    boolean stated();

    /** Why the piece cannot be used, when stated but not usable. */
    List<Reason> reasons();
}
