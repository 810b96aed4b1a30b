package io.github.svtoms.ocds;

/**
 * What an OCDS document is. Immutable and thread-safe (an enum).
 */
public enum DocumentKind {
    /** One release: an object with {@code ocid} and {@code tag}, {@code tender}, {@code awards} or the like. */
    RELEASE,
    /** One record: an object with {@code compiledRelease} or {@code releases} and an {@code ocid}. */
    RECORD,
    /** A release package: an object with a {@code releases} array. */
    RELEASE_PACKAGE,
    /** A record package: an object with a {@code records} array. */
    RECORD_PACKAGE,
    /**
     * Several of the above in one file: a JSON array of them, or JSON values one after another (e.g.
     * JSON Lines).
     */
    SEQUENCE,
    /** Nothing svtoms recognises (the document's problems say why). */
    UNKNOWN
}
