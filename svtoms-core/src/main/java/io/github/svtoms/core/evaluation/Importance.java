package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;

/**
 * The relative importance of an award criterion as a tender states it. The Procurement Act 2023 s.23 allows
 * three forms [V]: a {@link Percentage percentage weight}, a {@link Rank ranking}, or a
 * {@link Description description}. Only percentages can be checked against a minimum weighting; for the
 * other two a weighting check says "cannot be checked", never pass or fail.
 *
 * <p>Every implementation is an immutable, thread-safe record with value equality.
 */
public sealed interface Importance permits Importance.Percentage, Importance.Rank, Importance.Description {
    /**
     * The form's id used in files: {@code percentage}, {@code rank} or {@code description}.
     *
     * @return the id
     */
    String form();

    /**
     * A percentage weight.
     *
     * @param percent greater than 0 and at most 100
     * @return the importance
     */
    static Importance percent(BigDecimal percent) {
        return new Percentage(percent);
    }

    /**
     * A place in a ranking.
     *
     * @param position 1 for the most important
     * @return the importance
     */
    static Importance rank(int position) {
        return new Rank(position);
    }

    /**
     * A description in words.
     *
     * @param text not blank
     * @return the importance
     */
    static Importance described(String text) {
        return new Description(text);
    }

    /**
     * A percentage weight of the total score.
     *
     * @param percent greater than 0 and at most 100
     */
    record Percentage(BigDecimal percent) implements Importance {
        /**
         * Validates the weight.
         *
         * @throws InvalidValueException when it is not in (0, 100]
         */
        public Percentage {
            Checks.notNull(percent, "criterion percentage");
            if (percent.signum() <= 0 || percent.compareTo(Numbers.HUNDRED) > 0) {
                throw new InvalidValueException("invalid criterion weight " + percent.toPlainString()
                        + "%: a percentage weight must be greater than 0 and at most 100");
            }
        }

        @Override
        public String form() {
            return "percentage";
        }
    }

    /**
     * A place in the order of importance, 1 the most important; criteria may share a place.
     *
     * @param position at least 1
     */
    record Rank(int position) implements Importance {
        /**
         * Validates the position.
         *
         * @throws InvalidValueException when it is below 1
         */
        public Rank {
            if (position < 1) {
                throw new InvalidValueException("invalid criterion rank " + position + ": ranks start at 1 (most important)");
            }
        }

        @Override
        public String form() {
            return "rank";
        }
    }

    /**
     * Importance described in words (e.g. "of equal importance to quality").
     *
     * @param text not blank
     */
    record Description(String text) implements Importance {
        /**
         * Validates the text.
         *
         * @throws InvalidValueException when it is blank
         */
        public Description {
            Checks.notBlank(text, "criterion importance description");
        }

        @Override
        public String form() {
            return "description";
        }
    }
}
