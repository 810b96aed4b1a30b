package io.github.svtoms.ocds;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The words that recognise a social value criterion. */
class SocialValueTermsTest {
    private static final SocialValueTerms STANDARD = SocialValueTerms.standard();

    @Test
    void matchesWholeWordsWithoutCaseOrPunctuation() {
        assertEquals(Optional.of("social value"), STANDARD.match("SOCIAL VALUE (TOMs)"));
        assertEquals(Optional.of("social value"), STANDARD.match("Social-value"));
        assertEquals(Optional.of("socio economic"), STANDARD.match("Socio-Economic Benefits"));
        assertEquals(Optional.of("community benefits"), STANDARD.match("Community\nBenefits"));
        assertEquals(Optional.of("fair work"), STANDARD.match("Fair Work First"));
        assertEquals(Optional.of("well being of future generations"),
                STANDARD.match("Well-being of Future Generations (Wales) Act 2015"));
        assertEquals(Optional.empty(), STANDARD.match("Unfair workload"));
        assertEquals(Optional.empty(), STANDARD.match("Social valuer report"));
        assertEquals(Optional.empty(), STANDARD.match("Carbon reduction and sustainability"));
        assertEquals(Optional.empty(), STANDARD.match(""));
    }

    @Test
    void theStandardList() {
        assertEquals(List.of("social value", "community benefit", "community benefits", "social benefit",
                "social benefits", "social impact", "social responsibility", "socio economic", "socioeconomic",
                "fair work", "well being of future generations", "wellbeing of future generations"), STANDARD.terms());
    }

    @Test
    void ownTerms() {
        SocialValueTerms own = SocialValueTerms.of(List.of(" Kent Priorities ", "kent-priorities", "TOMs"));
        assertEquals(List.of("kent priorities", "toms"), own.terms());
        assertEquals(Optional.of("toms"), own.match("National TOMs measures"));
        assertEquals(own, SocialValueTerms.of(List.of("kent priorities", "toms")));
        assertThrows(InvalidValueException.class, () -> SocialValueTerms.of(List.of()));
        assertThrows(InvalidValueException.class, () -> SocialValueTerms.of(List.of(" - ")));
    }
}
