package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Samples;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id rule accepts exactly the documented pattern, checked on random strings over a wide alphabet. */
@ExtendWith(InstancioExtension.class)
class IdPropertyTest {
    private static final int SAMPLES = 5000;

    /**
     * The documented rule written independently of the implementation: 1–64 characters (look-ahead on the
     * whole text), the first a lowercase ASCII letter or digit, the rest those or '-' or '.'.
     */
    private static final Pattern DOCUMENTED = Pattern.compile("\\A(?=[\\s\\S]{1,64}\\z)[a-z0-9][-.a-z0-9]*\\z");

    private static final String VALID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-.";
    /** Characters near the rule's edges: uppercase, '_', space, accents, look-alikes, non-ASCII digits, controls. */
    private static final List<String> OTHER_CHARS = List.of("A", "Z", "_", " ", "é", "ß", "ı", "\u212A", "٣", "ａ",
            "\n", "\t", "/", ":", "@", "+", "😀", "\u0000", "Ⅻ", "µ");

    private static String randomText(Random random) {
        int length = random.nextInt(71);
        boolean clean = random.nextBoolean();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (!clean && random.nextInt(8) == 0) {
                s.append(OTHER_CHARS.get(random.nextInt(OTHER_CHARS.size())));
            } else {
                s.append(VALID_CHARS.charAt(random.nextInt(VALID_CHARS.length())));
            }
        }
        return s.toString();
    }

    @Test
    @Seed(12345)
    void everyTypedIdAcceptsExactlyTheDocumentedPattern() {
        List<Long> seeds = Samples.seeds(SAMPLES);
        int valid = 0;
        int invalid = 0;
        int longValid = 0;
        for (long seed : seeds) {
            String text = randomText(new Random(seed));
            boolean expected = DOCUMENTED.matcher(text).matches();
            if (expected) {
                valid++;
                if (text.length() > 50) {
                    longValid++;
                }
            } else {
                invalid++;
            }
            String where = "'" + text + "' (seed " + seed + ")";
            for (IdTest.Kind kind : IdTest.kinds()) {
                assertEquals(expected, kind.isValid().test(text), kind + " isValid " + where);
                if (expected) {
                    assertEquals(text, kind.text().apply(kind.of().apply(text)), where);
                } else {
                    var e = assertThrows(InvalidValueException.class, () -> kind.of().apply(text), where);
                    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
                }
            }
        }
        // both sides of the rule are exercised, including long valid ids near the 64-character limit
        assertTrue(valid > SAMPLES / 10, "valid: " + valid);
        assertTrue(invalid > SAMPLES / 10, "invalid: " + invalid);
        assertTrue(longValid > 50, "long valid: " + longValid);
    }

    @Test
    @Seed(12345)
    void generatedIdsAreAlwaysValid() {
        for (long seed : Samples.seeds(SAMPLES)) {
            String id = RandomCatalogues.randomId(new Random(seed));
            assertTrue(DOCUMENTED.matcher(id).matches(), id);
            assertEquals(id, MeasureId.of(id).value());
        }
    }
}
