package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkRulesTest {

    private static FrameworkRules rules(Optional<BigDecimal> min, Optional<BigDecimal> ambition,
                                        Optional<BigDecimal> specified) {
        return new FrameworkRules(min, ambition, List.of(), 0, specified, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "-100", "1000", "100.0000001"})
    void percentagesOutsideZeroToHundredAreRejected(String percent) {
        Optional<BigDecimal> bad = Optional.of(new BigDecimal(percent));
        var e1 = assertThrows(InvalidValueException.class, () -> rules(bad, Optional.empty(), Optional.empty()));
        assertTrue(e1.getMessage().contains("invalid minimum social value weighting " + percent), e1.getMessage());
        assertTrue(e1.getMessage().contains("between 0 and 100"), e1.getMessage());
        var e2 = assertThrows(InvalidValueException.class, () -> rules(Optional.empty(), bad, Optional.empty()));
        assertTrue(e2.getMessage().contains("invalid ambition social value weighting " + percent), e2.getMessage());
        var e3 = assertThrows(InvalidValueException.class, () -> rules(Optional.empty(), Optional.empty(), bad));
        assertTrue(e3.getMessage().contains("invalid specified share " + percent), e3.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "100.00", "10", "15.5"})
    void percentagesAtAndInsideTheBoundsAreAccepted(String percent) {
        Optional<BigDecimal> ok = Optional.of(new BigDecimal(percent));
        FrameworkRules r = rules(ok, ok, ok);
        assertEquals(ok, r.minimumSocialValueWeighting());
        assertEquals(ok, r.specifiedShare());
    }

    @Test
    void negativeMinimumOutcomesIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> FrameworkRules.NONE.withMinimumOutcomesPerTender(-1));
        assertTrue(e.getMessage().contains("invalid minimum outcomes per tender -1"), e.getMessage());
        assertTrue(e.getMessage().contains("at least 0"), e.getMessage());
        assertEquals(0, FrameworkRules.NONE.withMinimumOutcomesPerTender(0).minimumOutcomesPerTender());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -14})
    void priorityGroupLimitBelowOneIsRejected(int limit) {
        var e = assertThrows(InvalidValueException.class, () -> new FrameworkRules(Optional.empty(), Optional.empty(),
                List.of(), 0, Optional.empty(), Optional.of(limit)));
        assertTrue(e.getMessage().contains("invalid priority group limit " + limit), e.getMessage());
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void elftPicksThreeGroups() {
        FrameworkRules r = new FrameworkRules(Optional.of(new BigDecimal("15")), Optional.empty(), List.of(), 0,
                Optional.empty(), Optional.of(3));
        assertEquals(Optional.of(3), r.priorityGroupLimit());
    }

    @Test
    void withersMakeModifiedCopies() {
        FrameworkRules nhs = FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN)
                .withMandatoryThemes(List.of(ThemeId.of("climate")))
                .withMinimumOutcomesPerTender(1);
        assertEquals(Optional.of(BigDecimal.TEN), nhs.minimumSocialValueWeighting());
        assertEquals(List.of(ThemeId.of("climate")), nhs.mandatoryThemes());
        assertEquals(1, nhs.minimumOutcomesPerTender());
        assertEquals(Optional.empty(), FrameworkRules.NONE.minimumSocialValueWeighting());
        var e = assertThrows(InvalidValueException.class,
                () -> FrameworkRules.NONE.withMinimumSocialValueWeighting(new BigDecimal("101")));
        assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
    }

    @Test
    void nullArgumentsAreTypedErrors() {
        assertThrows(InvalidValueException.class, () -> FrameworkRules.NONE.withMinimumSocialValueWeighting(null));
        assertThrows(InvalidValueException.class, () -> FrameworkRules.NONE.withMandatoryThemes(null));
        assertThrows(InvalidValueException.class, () -> rules(null, Optional.empty(), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new FrameworkRules(Optional.empty(), Optional.empty(),
                List.of(), 0, Optional.empty(), null));
    }

    @Test
    void mandatoryThemesAreCopiedAndUnmodifiable() {
        List<ThemeId> themes = new ArrayList<>(List.of(ThemeId.of("climate")));
        FrameworkRules r = FrameworkRules.NONE.withMandatoryThemes(themes);
        themes.add(ThemeId.of("wellbeing"));
        assertEquals(List.of(ThemeId.of("climate")), r.mandatoryThemes());
        assertThrows(UnsupportedOperationException.class, () -> r.mandatoryThemes().add(ThemeId.of("x")));
    }

    @Test
    void frameworkKindIdsRoundTrip() {
        for (FrameworkKind k : FrameworkKind.values()) {
            assertEquals(k, FrameworkKind.fromId(k.id()));
        }
        var e = assertThrows(InvalidValueException.class, () -> FrameworkKind.fromId("themes"));
        assertTrue(e.getMessage().contains("unknown framework kind 'themes'"), e.getMessage());
    }
}
