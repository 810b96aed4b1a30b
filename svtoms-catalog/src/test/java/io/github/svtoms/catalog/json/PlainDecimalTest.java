package io.github.svtoms.catalog.json;

import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Fields#plainDecimal(String)} accepts exactly what the decimal rule {@link Fields#DECIMAL} matches. */
@ExtendWith(InstancioExtension.class)
class PlainDecimalTest {
    record Spec(long seed) {
    }

    @Test
    void theCheckIsTheRegularExpression() {
        String alphabet = "0123456789.-+eE, \u0660";
        int accepted = 0;
        for (Spec s : Instancio.ofList(Spec.class).size(50_000).withSeed(20250611L).create()) {
            Random r = new Random(s.seed());
            StringBuilder b = new StringBuilder();
            int length = r.nextInt(r.nextBoolean() ? 6 : 56);
            for (int i = 0; i < length; i++) {
                b.append(r.nextInt(4) > 0 ? (char) ('0' + r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            // the shape, then at most 34 significant digits (BigDecimal's precision) and no negative zero
            boolean expected = Fields.DECIMAL.matcher(text).matches() && new java.math.BigDecimal(text).precision() <= 34
                    && !(text.startsWith("-") && new java.math.BigDecimal(text).signum() == 0);
            assertEquals(expected, Fields.plainDecimal(text), text);
            if (expected) {
                // every accepted text is written back as the same text (so "-0.00", which BigDecimal would
                // write as "0.00", is refused rather than changed)
                assertEquals(text, JsonOut.decimal(new java.math.BigDecimal(text)), text);
            }
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 5000, "accepted: " + accepted);
        assertFalse(Fields.plainDecimal("-" + "9".repeat(30) + "." + "0".repeat(20))); // 50 significant digits
        assertTrue(Fields.plainDecimal("-" + "9".repeat(30) + "." + "0".repeat(4))); // 34
        assertFalse(Fields.plainDecimal("-" + "9".repeat(30) + "." + "0".repeat(5))); // 35
        assertTrue(Fields.plainDecimal("0." + "0".repeat(19) + "1")); // leading zeros are not significant
        assertFalse(Fields.plainDecimal("-0.00")); // a negative zero could not be written back as read
        assertFalse(Fields.plainDecimal("-0"));
        assertFalse(Fields.plainDecimal("9".repeat(31)));
        assertFalse(Fields.plainDecimal("-0.")); // no fraction digits
        assertFalse(Fields.plainDecimal(""));
        assertFalse(Fields.plainDecimal("\u0661")); // an Arabic-Indic digit is not a digit of the rule
    }
}
