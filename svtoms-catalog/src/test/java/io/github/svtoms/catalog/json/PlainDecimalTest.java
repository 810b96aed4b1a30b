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
            boolean expected = Fields.DECIMAL.matcher(text).matches();
            assertEquals(expected, Fields.plainDecimal(text), text);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 5000, "accepted: " + accepted);
        assertTrue(Fields.plainDecimal("-" + "9".repeat(30) + "." + "0".repeat(20)));
        assertFalse(Fields.plainDecimal("9".repeat(31)));
        assertFalse(Fields.plainDecimal("-0.")); // no fraction digits
        assertFalse(Fields.plainDecimal(""));
        assertFalse(Fields.plainDecimal("\u0661")); // an Arabic-Indic digit is not a digit of the rule
    }
}
