package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mapper's own stream limits, which the strict DTOs normally reject earlier. */
class StrictJsonTest {
    @Test
    void nestingBeyondSixtyFourLevelsIsRejected() {
        String bomb = "[".repeat(65) + "]".repeat(65);
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> StrictJson.mapper().readTree(bomb));
        assertTrue(e.getMessage().contains("nesting depth (65)"), e.getMessage());
    }

    @Test
    void sixtyFourLevelsAreAllowed() throws Exception {
        String ok = "[".repeat(64) + "]".repeat(64);
        assertTrue(StrictJson.mapper().readTree(ok).isArray());
    }

    @Test
    void longStringsAreRejected() {
        String big = "\"" + "a".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\"";
        assertThrows(StreamConstraintsException.class, () -> StrictJson.mapper().readTree(big));
    }
}
