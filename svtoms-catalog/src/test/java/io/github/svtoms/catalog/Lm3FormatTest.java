package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.calc.Lm3Study;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.schema;
import static io.github.svtoms.catalog.FormatTests.text;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code svtoms-lm3/1}: the Salford example, canonical writing, strict reading with positions, the schema. */
class Lm3FormatTest {
    private static final String FILE = "salford-lm3.json";

    @Test
    void theExampleReadsAndIsWrittenBackByteForByte() {
        Lm3Study s = Formats.LM3.read(example(FILE));
        assertEquals(Money.of("1000000.00", "GBP"), s.round1());
        assertEquals(Money.of("420000.00", "GBP"), s.round2());
        assertEquals(Money.of("126000.00", "GBP"), s.round3());
        assertTrue(s.description().orElseThrow().startsWith("Salford City Council"));
        assertEquals(text(example(FILE)), Formats.LM3.toJson(s), "the example is canonical");
        // (1,000,000 + 420,000 + 126,000) / 1,000,000 = 1.546
        assertEquals(new BigDecimal("1.546"), s.lm3().multiplier());
    }

    @Test
    void writeThenReadIsLosslessWithAndWithoutADescription() {
        Lm3Study plain = new Lm3Study(Optional.empty(), Money.of("10", "EUR"), Money.of("0.50", "EUR"), Money.of("0", "EUR"));
        String json = Formats.LM3.toJson(plain);
        assertEquals("""
                {
                  "format": "svtoms-lm3/1",
                  "currency": "EUR",
                  "rounds": {
                    "r1": "10",
                    "r2": "0.50",
                    "r3": "0"
                  }
                }
                """, json);
        assertEquals(plain, Formats.LM3.parse(json));
        Lm3Study quoted = new Lm3Study(Optional.of("a \"quoted\" £ line\nand a second"), Money.of("1", "GBP"),
                Money.of("1", "GBP"), Money.of("1", "GBP"));
        assertEquals(quoted, Formats.LM3.parse(Formats.LM3.toJson(quoted)));
        assertTrue(Formats.LM3.toJson(quoted).contains("\"description\": \"a \\\"quoted\\\" £ line\\nand a second\",\n"));
    }

    @Test
    void aStudyBreakingTheLm3RulesIsRefusedByTheReaderAtTheRoundItIsAbout() {
        // "200" starts at column 77 of the one line; the rule is about round 2, so it is placed there
        assertEquals(List.of("<string>:1:77: $.rounds.r2: LM3 rule R2 ≤ R1 broken: round 2 GBP 200 exceeds round 1 GBP 100"),
                problems("""
                {"format": "svtoms-lm3/1", "currency": "GBP", "rounds": {"r1": "100", "r2": "200", "r3": "0"}}"""));
        // round 1 must be positive; round 3 above round 2 is placed at r3 (columns 64 and 86)
        assertEquals(List.of("<string>:1:64: $.rounds.r1: LM3 rule R1 > 0 broken: round 1 is GBP 0",
                        "<string>:1:86: $.rounds.r3: LM3 rule R3 ≤ R2 broken: round 3 GBP 5 exceeds round 2 GBP 0"),
                problems("""
                {"format": "svtoms-lm3/1", "currency": "GBP", "rounds": {"r1": "0", "r2": "0", "r3": "5"}}"""));
        // yen has no minor unit: 100.5 yen would print as a row that does not add up; refused at r2
        assertEquals(List.of("<string>:1:77: $.rounds.r2: LM3 round 2 JPY 100.5 has more decimals than JPY has minor "
                        + "units (0): state it in whole JPY units"),
                problems("""
                {"format": "svtoms-lm3/1", "currency": "JPY", "rounds": {"r1": "500", "r2": "100.5", "r3": "0"}}"""));
        // a study made through the API is refused when computed
        Lm3Study s = new Lm3Study(Optional.empty(), Money.of("100", "GBP"), Money.of("200", "GBP"), Money.of("0", "GBP"));
        var e = assertThrows(InvalidValueException.class, s::lm3);
        assertTrue(e.getMessage().startsWith("LM3 rule R2 ≤ R1 broken"), e.getMessage());
    }

    @Test
    void everyProblemIsReportedAtItsPosition() {
        assertEquals(List.of(
                        // columns: the value after '  "description": ' is at 18; the rounds object at 13, r1's value at 20
                        "<string>:3:18: $.description: 'description' must not be blank",
                        "<string>:4:15: $.currency: invalid currency 'gbp': expected an ISO 4217 code such as GBP",
                        "<string>:5:13: $.rounds.r2: missing required member 'r2'",
                        "<string>:5:20: $.rounds.r1: invalid decimal '1e6': expected " + decimalRule()),
                problems("""
                        {
                          "format": "svtoms-lm3/1",
                          "description": " ",
                          "currency": "gbp",
                          "rounds": {"r1": "1e6", "r3": "0"}
                        }"""));
        assertEquals(List.of("<string>:1:45: $.rounds.r1: expected a JSON string, found an integer"),
                problems("{\"format\": \"svtoms-lm3/1\", \"rounds\": {\"r1\": 1}}"));
        // a missing member is reported where the object that lacks it starts
        assertEquals(List.of("<string>:1:1: $.currency: missing required member 'currency'",
                        "<string>:1:1: $.rounds: missing required member 'rounds'"),
                problems("{\"format\": \"svtoms-lm3/1\"}"));
        String unknown = problems("{\"format\": \"svtoms-lm3/1\", \"round1\": \"5\"}").get(0);
        // an unknown member is placed where the reader stands after skipping it, as in every format
        assertEquals("<string>:1:42: $.round1: unknown member 'round1': allowed members are currency, description, rounds",
                unknown);
        assertEquals(List.of("<string>:1:12: $.format: this is a 'svtoms-catalogue/1' file: expected 'svtoms-lm3/1'"),
                problems("{\"format\": \"svtoms-catalogue/1\"}"));
    }

    private static String decimalRule() {
        return "a plain decimal in a JSON string: optional '-', no leading zeros, at most 30 integer and 20 fraction "
                + "digits, no exponent (e.g. \"74.43\")";
    }

    private static List<String> problems(String json) {
        return assertThrows(CatalogueFormatException.class, () -> Formats.LM3.parse(json)).problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void theSchemaAcceptsWhatTheWriterProducesAndRejectsWhatTheReaderRejectsByShape() {
        Schema s = schema("svtoms-lm3-1");
        assertEquals(List.of(), s.errors(tree(text(example(FILE)))));
        assertEquals(List.of(), s.errors(tree(Formats.LM3.toJson(new Lm3Study(Optional.empty(), Money.of("1", "GBP"),
                Money.of("0", "GBP"), Money.of("0", "GBP"))))));
        for (String bad : List.of(
                "{\"format\": \"svtoms-lm3/2\", \"currency\": \"GBP\", \"rounds\": {\"r1\": \"1\", \"r2\": \"0\", \"r3\": \"0\"}}",
                "{\"format\": \"svtoms-lm3/1\", \"currency\": \"GBP\", \"rounds\": {\"r1\": 1, \"r2\": \"0\", \"r3\": \"0\"}}",
                "{\"format\": \"svtoms-lm3/1\", \"currency\": \"GBP\", \"rounds\": {\"r1\": \"1\", \"r2\": \"0\"}}",
                "{\"format\": \"svtoms-lm3/1\", \"currency\": \"gbp\", \"rounds\": {\"r1\": \"1\", \"r2\": \"0\", \"r3\": \"0\"}}",
                "{\"format\": \"svtoms-lm3/1\", \"description\": \" \", \"currency\": \"GBP\", \"rounds\": {\"r1\": \"1\", "
                        + "\"r2\": \"0\", \"r3\": \"0\"}}",
                "{\"format\": \"svtoms-lm3/1\", \"currency\": \"GBP\", \"rounds\": {\"r1\": \"1\", \"r2\": \"0\", \"r3\": \"0\"}, "
                        + "\"extra\": \"x\"}")) {
            assertFalse(s.errors(tree(bad)).isEmpty(), bad);
            assertThrows(CatalogueFormatException.class, () -> Formats.LM3.parse(bad), bad);
        }
    }
}
