package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.portfolio.ContractId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id rule, for every typed id: lowercase letters, digits, '-' and '.', 1–64 chars, starting with a letter or digit. */
class IdTest {

    /** One typed id: its name in messages, its factory, its validity check and its text accessor. */
    record Kind(String name, Function<String, Object> of, Predicate<String> isValid, Function<Object, String> text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Kind> kinds() {
        return List.of(
                new Kind("framework id", FrameworkId::of, FrameworkId::isValid, o -> ((FrameworkId) o).value()),
                new Kind("theme id", ThemeId::of, ThemeId::isValid, o -> ((ThemeId) o).value()),
                new Kind("outcome id", OutcomeId::of, OutcomeId::isValid, o -> ((OutcomeId) o).value()),
                new Kind("measure id", MeasureId::of, MeasureId::isValid, o -> ((MeasureId) o).value()),
                new Kind("priority id", PriorityId::of, PriorityId::isValid, o -> ((PriorityId) o).value()),
                new Kind("priority group id", PriorityGroupId::of, PriorityGroupId::isValid,
                        o -> ((PriorityGroupId) o).value()),
                // ids outside the catalogue follow the same rule, with the same messages
                new Kind("bid id", BidId::of, IdRule::isValid, o -> ((BidId) o).value()),
                new Kind("criterion id", CriterionId::of, IdRule::isValid, o -> ((CriterionId) o).value()),
                new Kind("contract id", ContractId::of, IdRule::isValid, o -> ((ContractId) o).value()),
                new Kind("unit id", v -> new Unit(v, "things", Dimension.COUNT).id(), IdRule::isValid, o -> (String) o),
                new Kind("cross-reference scheme", v -> CrossReference.of(v, "NT1").scheme(), IdRule::isValid,
                        o -> (String) o),
                new Kind("id", v -> IdRule.check(v, "id"), IdRule::isValid, o -> (String) o));
    }

    static final List<String> VALID = List.of("a", "0", "local-employment", "nhs-2022", "nt.2022", "a-", "a.",
            "9lives", "a--b..c", "a".repeat(64), "0".repeat(64));

    static final List<String> INVALID = List.of("", "-a", ".a", "Local", "localEmployment", "local_employment",
            "local employment", " a", "a ", "a\n", "café", "a/b", "a:b", "a@b", "a".repeat(65), "ａ", "٣", "A");

    static Stream<Arguments> validCases() {
        List<Arguments> out = new ArrayList<>();
        for (Kind k : kinds()) {
            for (String v : VALID) {
                out.add(Arguments.of(k, Named.of("'" + abbreviate(v) + "'", v)));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> invalidCases() {
        List<Arguments> out = new ArrayList<>();
        for (Kind k : kinds()) {
            for (String v : INVALID) {
                out.add(Arguments.of(k, Named.of("'" + abbreviate(v) + "'", v)));
            }
        }
        return out.stream();
    }

    private static String abbreviate(String v) {
        return v.length() > 12 ? v.substring(0, 6) + "…(" + v.length() + ")" : v.replace("\n", "\\n");
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("validCases")
    void acceptsValidIds(Kind kind, String value) {
        assertTrue(kind.isValid().test(value));
        assertEquals(value, kind.text().apply(kind.of().apply(value)));
        assertEquals(value, kind.of().apply(value).toString());
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("invalidCases")
    void rejectsInvalidIdsQuotingValueAndRule(Kind kind, String value) {
        assertFalse(kind.isValid().test(value));
        var e = assertThrows(InvalidValueException.class, () -> kind.of().apply(value));
        assertTrue(e.getMessage().contains("invalid " + kind.name() + " '" + value + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("lowercase letters, digits, '-' and '.', 1-64 characters"), e.getMessage());
        assertTrue(e.getMessage().contains("starting with a letter or digit"), e.getMessage());
    }

    static Stream<Kind> allKinds() {
        return kinds().stream();
    }

    @ParameterizedTest(name = "{0} rejects null")
    @MethodSource("allKinds")
    void rejectsNull(Kind kind) {
        assertFalse(kind.isValid().test(null));
        var e = assertThrows(InvalidValueException.class, () -> kind.of().apply(null));
        assertEquals(kind.name() + " must not be null", e.getMessage());
    }

    @Test
    void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
        assertNotEquals(ThemeId.of("jobs"), MeasureId.of("jobs"));
        assertEquals(MeasureId.of("jobs"), new MeasureId("jobs"));
        assertEquals(MeasureId.of("jobs").hashCode(), MeasureId.of("jobs").hashCode());
    }

    @Test
    void idsOrderByTheirText() {
        assertTrue(MeasureId.of("a").compareTo(MeasureId.of("b")) < 0);
        assertTrue(ThemeId.of("b-2").compareTo(ThemeId.of("b-10")) > 0);
        assertEquals(0, FrameworkId.of("x").compareTo(FrameworkId.of("x")));
        assertTrue(OutcomeId.of("a").compareTo(OutcomeId.of("a.b")) < 0);
        assertTrue(PriorityId.of("z").compareTo(PriorityId.of("a")) > 0);
        assertTrue(PriorityGroupId.of("0").compareTo(PriorityGroupId.of("a")) < 0);
    }
}
