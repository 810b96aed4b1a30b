package io.github.svtoms.ocds.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weight written as text in a criterion's {@code description}, as many notices do: the whole text is a
 * number, a percentage, points or a range of them, optionally after "weight" or "weighting" —
 * {@code "40"}, {@code "40%"}, {@code "17.5 %"}, {@code "40 per cent"}, {@code "400 points"},
 * {@code "60-85%"}, {@code "15 to 40%"}, {@code "Weighting: 30%"}. Any other text is a description, not a
 * weight; a text that starts like a number but is not one of these forms is unreadable. Numbers have at
 * most 7 digits before and 6 after the decimal point; a range's low end is not above its high end.
 * Stateless and thread-safe.
 */
final class WeightText {
    /** What unit the text gives. */
    enum Unit {
        /** A percent sign or "per cent". */
        PERCENT,
        /** "points" or "pts". */
        POINTS,
        /** No unit: decided by the set of criteria. */
        PLAIN
    }

    /**
     * A weight read from text.
     *
     * @param unit the unit
     * @param number the number, or the middle of the range
     * @param range the range as written ("60-85"), when it is one
     */
    record Text(Unit unit, BigDecimal number, Optional<String> range) {
    }

    /**
     * The outcome: a weight, nothing (the text is a description), or unreadable.
     *
     * @param text the weight, if the text is one
     * @param unreadable whether the text looks like a weight but is not one of the forms
     */
    record Parse(Optional<Text> text, boolean unreadable) {
    }

    private static final String PREFIX = "(?:weight(?:ing)?s?\\s*[:=]?\\s*)?";
    private static final String NUM = "([0-9]{1,7}(?:\\.[0-9]{1,6})?)";
    private static final String UNIT = "\\s*(%|per\\s?cent|points?|pts?)?";
    private static final Pattern SINGLE = Pattern.compile("^" + PREFIX + NUM + UNIT + "\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^" + PREFIX + NUM + UNIT + "\\s*(?:-|–|—|to)\\s*" + NUM + UNIT
            + "\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_START = Pattern.compile("^" + PREFIX + "[0-9]", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private WeightText() {
    }

    static Parse parse(String description) {
        String t = description.strip();
        if (t.length() > 60) {
            return new Parse(Optional.empty(), false);
        }
        Matcher m = SINGLE.matcher(t);
        if (m.matches()) {
            return found(new Text(unit(m.group(2)), new BigDecimal(m.group(1)), Optional.empty()));
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            BigDecimal low = new BigDecimal(m.group(1));
            BigDecimal high = new BigDecimal(m.group(3));
            Unit u1 = unit(m.group(2));
            Unit u2 = unit(m.group(4));
            if (low.compareTo(high) > 0 || (u1 != Unit.PLAIN && u2 != Unit.PLAIN && u1 != u2)) {
                return new Parse(Optional.empty(), true);
            }
            Unit u = u2 != Unit.PLAIN ? u2 : u1;
            return found(new Text(u, low.add(high).divide(TWO), Optional.of(low.toPlainString() + "-" + high.toPlainString())));
        }
        return new Parse(Optional.empty(), NUMERIC_START.matcher(t).find());
    }

    private static Parse found(Text text) {
        return new Parse(Optional.of(text), false);
    }

    private static Unit unit(String u) {
        if (u == null) {
            return Unit.PLAIN;
        }
        String l = u.toLowerCase(Locale.ROOT);
        return l.startsWith("p") && !l.startsWith("per") ? Unit.POINTS : Unit.PERCENT;
    }
}
