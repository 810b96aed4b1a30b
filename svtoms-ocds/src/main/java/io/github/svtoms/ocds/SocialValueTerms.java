package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words that make an award criterion a social value criterion when its name or description contains
 * them. Matching ignores case, and treats every run of characters other than letters and digits as one
 * space, so {@code "Socio-Economic"} matches {@code "socio economic"} and a term matches only whole words
 * ({@code "fair work"} does not match {@code "unfair workload"}).
 *
 * <p>The {@link #standard()} terms: {@value #STANDARD_TEXT}. They name social value as UK buyers describe
 * it (the Social Value Act and Model in England, community benefits in Scotland and Wales, Fair Work First
 * in Scotland, the Well-being of Future Generations (Wales) Act). Environmental words alone ("carbon",
 * "sustainability") are not in the list: a criterion on environmental management is not counted as social
 * value unless it says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class SocialValueTerms {
    /** The standard terms, as one comma-separated text (for the documentation). */
    public static final String STANDARD_TEXT = "social value, community benefit, community benefits, social benefit,"
            + " social benefits, social impact, social responsibility, socio economic, socioeconomic, fair work,"
            + " well being of future generations, wellbeing of future generations";

    private static final SocialValueTerms STANDARD = of(List.of(STANDARD_TEXT.split(",")));

    private final List<String> terms;

    private SocialValueTerms(List<String> terms) {
        this.terms = terms;
    }

    /**
     * The standard terms listed above.
     *
     * @return the terms
     */
    public static SocialValueTerms standard() {
        return STANDARD;
    }

    /**
     * Own terms, e.g. the standard ones plus a local framework's name.
     *
     * @param terms the terms; each is normalised as described above and must keep at least one letter or
     *              digit; duplicates are dropped
     * @return the terms
     * @throws InvalidValueException when the list is empty or a term has no letter or digit
     */
    public static SocialValueTerms of(List<String> terms) {
        Checks.notNull(terms, "terms");
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms) {
            String n = normalise(Checks.notNull(t, "term")).strip();
            if (n.isEmpty()) {
                throw new InvalidValueException("invalid social value term '" + t + "': it needs a letter or digit");
            }
            out.add(n);
        }
        if (out.isEmpty()) {
            throw new InvalidValueException("no social value terms: give at least one");
        }
        return new SocialValueTerms(List.copyOf(out));
    }

    /**
     * The normalised terms, in order.
     *
     * @return the terms
     */
    public List<String> terms() {
        return terms;
    }

    /**
     * The first term found in a text.
     *
     * @param text any text
     * @return the term, or empty
     */
    public Optional<String> match(String text) {
        Checks.notNull(text, "text");
        String padded = " " + normalise(text) + " ";
        for (String t : terms) {
            if (padded.contains(" " + t + " ")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Lower case; each run of characters other than letters and digits becomes one space. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocialValueTerms other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "SocialValueTerms" + new ArrayList<>(terms);
    }
}
