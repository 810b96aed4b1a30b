package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossReferenceTest {

    @Test
    void parsesSchemeCodeAndEdition() {
        CrossReference r = CrossReference.parse("national-toms:NT1@NT2022");
        assertEquals("national-toms", r.scheme());
        assertEquals("NT1", r.code());
        assertEquals(Optional.of("NT2022"), r.edition());
        assertEquals(CrossReference.of("national-toms", "NT1", "NT2022"), r);
        assertEquals("national-toms:NT1@NT2022", r.toString());
    }

    @Test
    void parsesSchemeAndCodeWithoutEdition() {
        CrossReference r = CrossReference.parse("uk-svm-2020:MAC 2.1");
        assertEquals("uk-svm-2020", r.scheme());
        assertEquals("MAC 2.1", r.code());
        assertEquals(Optional.empty(), r.edition());
        assertEquals(CrossReference.of("uk-svm-2020", "MAC 2.1"), r);
        assertEquals("uk-svm-2020:MAC 2.1", r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"national-toms:NT1@NT2022", "a:b", "lpp-toms:NT_4.a", "s:" + "C23456789012345678901234567890AB",
            "x:a b@TOM System 2024"})
    void toStringParsesBack(String text) {
        assertEquals(text, CrossReference.parse(text).toString());
    }

    @Test
    void textWithoutColonIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> CrossReference.parse("NT1"));
        assertTrue(e.getMessage().contains("invalid cross-reference 'NT1'"), e.getMessage());
        assertTrue(e.getMessage().contains("scheme:code or scheme:code@edition"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "National-TOMs:NT1|National-TOMs",
            ":NT1|''",
            "national_toms:NT1|national_toms"})
    void badSchemeIsRejected(String text, String scheme) {
        var e = assertThrows(InvalidValueException.class, () -> CrossReference.parse(text));
        assertTrue(e.getMessage().contains("invalid cross-reference scheme '" + scheme + "'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "national-toms:|",
            "national-toms: NT1|\" NT1\"",
            "\"national-toms:NT1 \"|\"NT1 \"",
            "national-toms:NT#1|NT#1",
            "a:b:c|b:c",
            "national-toms:C234567890123456789012345678901234|C234567890123456789012345678901234"})
    void badCodeIsRejected(String text, String code) {
        String expected = code == null ? "" : code;
        var e = assertThrows(InvalidValueException.class, () -> CrossReference.parse(text));
        assertTrue(e.getMessage().contains("invalid cross-reference code '" + expected + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(CrossReference.CODE_RULE), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"national-toms:NT1@|", "national-toms:NT1@NT@2022|NT@2022",
            "national-toms:NT1@NT2022!|NT2022!"})
    void badEditionIsRejected(String text, String edition) {
        String expected = edition == null ? "" : edition;
        var e = assertThrows(InvalidValueException.class, () -> CrossReference.parse(text));
        assertTrue(e.getMessage().contains("invalid cross-reference edition '" + expected + "'"), e.getMessage());
    }

    @Test
    void missingPartsAreTypedErrors() {
        assertThrows(InvalidValueException.class, () -> CrossReference.parse(null));
        var e1 = assertThrows(InvalidValueException.class, () -> CrossReference.of("s", "c", null));
        assertTrue(e1.getMessage().contains("edition must not be null"), e1.getMessage());
        var e2 = assertThrows(InvalidValueException.class, () -> new CrossReference("s", "c", null));
        assertTrue(e2.getMessage().contains("edition must not be null"), e2.getMessage());
        var e3 = assertThrows(InvalidValueException.class, () -> CrossReference.of("s", null));
        assertTrue(e3.getMessage().contains("cross-reference code must not be null"), e3.getMessage());
        var e4 = assertThrows(InvalidValueException.class, () -> CrossReference.of(null, "c"));
        assertTrue(e4.getMessage().contains("cross-reference scheme must not be null"), e4.getMessage());
    }

    @Test
    void matchesKeysOnSchemeCodeAndEdition() {
        CrossReference nt2022 = CrossReference.parse("national-toms:NT1@NT2022");
        CrossReference noEdition = CrossReference.parse("national-toms:NT1");
        assertTrue(nt2022.matches("national-toms", "NT1", Optional.empty()));
        assertTrue(nt2022.matches("national-toms", "NT1", Optional.of("NT2022")));
        assertFalse(nt2022.matches("national-toms", "NT1", Optional.of("NT2019")));
        assertFalse(nt2022.matches("national-toms", "NT2", Optional.empty()));
        assertFalse(nt2022.matches("lpp-toms", "NT1", Optional.empty()));
        assertTrue(noEdition.matches("national-toms", "NT1", Optional.empty()));
        // a reference that does not say its edition cannot be claimed for a particular one
        assertFalse(noEdition.matches("national-toms", "NT1", Optional.of("NT2022")));
    }
}
