package io.github.svtoms.core;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one id rule: its exact messages, its edges, and that every checker quotes it the same way. */
class IdRuleTest {
    private static final String RULE_TEXT =
            "lowercase letters, digits, '-' and '.', 1-64 characters, starting with a letter or digit";

    @Test
    void theRuleTextIsTheDocumentedOne() {
        assertEquals(RULE_TEXT, IdRule.RULE);
        assertEquals(64, IdRule.MAX_LENGTH);
    }

    @Test
    void checkReturnsTheValueItselfWhenValid() {
        String id = "fm-2024.017";
        assertSame(id, IdRule.check(id, "contract id"));
    }

    @Test
    void messagesQuoteTheKindTheValueAndTheRule() {
        assertEquals("invalid sector 'Care': an id has " + RULE_TEXT, IdRule.message("sector", "Care"));
        var e = assertThrows(InvalidValueException.class, () -> IdRule.check("local_employment", "measure id"));
        assertEquals("invalid measure id 'local_employment': an id has " + RULE_TEXT, e.getMessage());
        var n = assertThrows(InvalidValueException.class, () -> IdRule.check(null, "bid id"));
        assertEquals("bid id must not be null", n.getMessage());
    }

    @Test
    void edgesOfTheRule() {
        // length: 1 and 64 are in, 0 and 65 are out
        assertTrue(IdRule.isValid("a"));
        assertTrue(IdRule.isValid("z".repeat(64)));
        assertFalse(IdRule.isValid(""));
        assertFalse(IdRule.isValid("z".repeat(65)));
        // first character: letter or digit only; '-' and '.' are allowed after it, even last
        assertTrue(IdRule.isValid("9"));
        assertTrue(IdRule.isValid("a-"));
        assertTrue(IdRule.isValid("a."));
        assertFalse(IdRule.isValid("-a"));
        assertFalse(IdRule.isValid(".a"));
        // ASCII lowercase only: the characters just outside 'a'..'z' and '0'..'9' are out
        for (char c : new char[] {'`', '{', '/', ':', 'A', 'Z', '_', ' ', '+', '@'}) {
            assertFalse(IdRule.isValid("a" + c), "a" + c);
            assertFalse(IdRule.isValid(c + "a"), c + "a");
        }
        assertFalse(IdRule.isValid("caf\u00e9"));
        assertFalse(IdRule.isValid(null));
    }

    @Test
    void typedIdsSectorsAndReadersShareTheMessage() {
        var measure = assertThrows(InvalidValueException.class, () -> MeasureId.of("Jobs"));
        assertEquals(IdRule.message("measure id", "Jobs"), measure.getMessage());
        var sector = assertThrows(InvalidValueException.class, () -> ContractProfile.builder()
                .framework(FrameworkId.of("kent")).value(Money.of("100000", "GBP")).category(ContractCategory.SERVICES)
                .sectors("Care").build());
        assertEquals(IdRule.message("sector", "Care"), sector.getMessage());
    }
}
