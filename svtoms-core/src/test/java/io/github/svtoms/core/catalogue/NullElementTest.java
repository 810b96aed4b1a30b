package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A null inside a list or varargs is a typed error naming the list, never a bare NullPointerException. */
class NullElementTest {
    private static final MeasureId M = MeasureId.of("m");

    private static Measure.Builder measure() {
        return Measure.builder(M).outcome(OutcomeId.of("o")).name("M").unit(Unit.COUNT)
                .categories(ContractCategory.GOODS);
    }

    static Stream<Arguments> nullElements() {
        List<MeasureId> withNull = Arrays.asList(M, null);
        return Stream.of(
                Arguments.of(Named.of("Measure.Builder.tags", (Executable) () -> measure().tags("a", null)),
                        "measure 'm' tags must not contain null (at index 1)"),
                Arguments.of(Named.of("Measure.Builder.categories",
                                (Executable) () -> measure().categories(ContractCategory.WORKS, null)),
                        "measure 'm' categories must not contain null (at index 1)"),
                Arguments.of(Named.of("Measure.Builder.sectors", (Executable) () -> measure().sectors((String) null)),
                        "measure 'm' sectors must not contain null (at index 0)"),
                Arguments.of(Named.of("Measure.Builder.crossReferences",
                                (Executable) () -> measure().crossReferences((CrossReference) null)),
                        "measure 'm' cross-references must not contain null (at index 0)"),
                Arguments.of(Named.of("Measure.Builder.tags(null array)", (Executable) () -> measure().tags((String[]) null)),
                        "measure 'm' tags must not be null"),
                Arguments.of(Named.of("Measure categories set", (Executable) () -> new Measure(M, OutcomeId.of("o"), "M",
                                "", Unit.COUNT, List.of(), new HashSet<>(Arrays.asList(ContractCategory.GOODS, null)),
                                List.of(), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of())),
                        "measure 'm' categories must not contain null"),
                Arguments.of(Named.of("Measure cross-references", (Executable) () -> new Measure(M, OutcomeId.of("o"), "M",
                                "", Unit.COUNT, List.of(), java.util.Set.of(ContractCategory.GOODS), List.of(),
                                Optional.empty(), Optional.empty(), false, Optional.empty(), Arrays.asList((CrossReference) null))),
                        "measure 'm' cross-references must not contain null (at index 0)"),
                Arguments.of(Named.of("Priority measures",
                                (Executable) () -> Priority.of(PriorityId.of("p"), "P", "", withNull)),
                        "priority measures must not contain null (at index 1)"),
                Arguments.of(Named.of("PriorityGroup measures",
                                (Executable) () -> new PriorityGroup(PriorityGroupId.of("g"), "G", "", withNull)),
                        "priority group measures must not contain null (at index 1)"),
                Arguments.of(Named.of("Framework priorities", (Executable) () -> Framework.ofPriorities(
                                FrameworkId.of("f"), "F", "p", "1", FrameworkRules.NONE, Arrays.asList((Priority) null))),
                        "framework priorities must not contain null (at index 0)"),
                Arguments.of(Named.of("Framework priority groups", (Executable) () -> new Framework(FrameworkId.of("f"),
                                FrameworkKind.PRIORITIES, "F", "p", "1", "", Optional.empty(), Optional.empty(),
                                FrameworkRules.NONE, Arrays.asList((PriorityGroupId) null), List.of())),
                        "framework priority groups must not contain null (at index 0)"),
                Arguments.of(Named.of("FrameworkRules mandatory themes",
                                (Executable) () -> FrameworkRules.NONE.withMandatoryThemes(Arrays.asList((ThemeId) null))),
                        "mandatory themes must not contain null (at index 0)"));
    }

    @ParameterizedTest
    @MethodSource("nullElements")
    void nullElementsAreTypedErrors(Executable call, String message) {
        var e = assertThrows(InvalidValueException.class, call);
        assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
    }
}
