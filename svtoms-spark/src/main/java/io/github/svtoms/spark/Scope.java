package io.github.svtoms.spark;

/** A scope of the totals ({@link Schemas#TOTALS}, column {@code scope}). */
public enum Scope {
    /** Every line. */
    ALL("all"),
    /** The lines of one organisation. */
    ORGANISATION("organisation"),
    /** The lines of one contract, within its organisation. */
    CONTRACT("contract");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** @return the {@code scope} column's value */
    public String label() {
        return label;
    }

    static Scope of(String label) {
        for (Scope s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no scope '" + label + "'");
    }
}
