package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureTest {
    private static final MeasureId ID = MeasureId.of("local-employment");

    private static Measure.Builder valid() {
        return Measure.builder(ID)
                .outcome(OutcomeId.of("local-jobs"))
                .name("Local people employed")
                .unit(Unit.FTE_YEARS)
                .categories(ContractCategory.SERVICES);
    }

    private static void assertRejected(Measure.Builder b, String... words) {
        var e = assertThrows(InvalidValueException.class, b::build);
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), () -> "'" + w + "' not in: " + e.getMessage());
        }
    }

    @Test
    void buildsWithEveryPart() {
        Measure m = valid().description("FTE-years of local people")
                .tags("local", "employment")
                .categories(ContractCategory.WORKS)
                .sectors("construction")
                .minimumContractValue(Money.of("100000", "GBP"))
                .targetRule(new TargetRule.Fixed(BigDecimal.ONE))
                .firstYearOnly(true)
                .exclusiveGroup("local-spend")
                .crossReferences(CrossReference.parse("national-toms:NT1@NT2022"))
                .build();
        assertEquals(ID, m.id());
        assertEquals(List.of("local", "employment"), m.tags());
        assertEquals(Set.of(ContractCategory.SERVICES, ContractCategory.WORKS), m.categories());
        assertEquals(List.of("construction"), m.sectors());
        assertEquals(Optional.of(Money.of("100000", "GBP")), m.minimumContractValue());
        assertTrue(m.firstYearOnly());
        assertEquals(Optional.of("local-spend"), m.exclusiveGroup());
        assertEquals(m, m.toBuilder().build());
        assertEquals(m.hashCode(), m.toBuilder().build().hashCode());
    }

    @Test
    void toBuilderMakesAModifiedCopy() {
        Measure m = valid().tags("a").build();
        Measure copy = m.toBuilder().tags("b").build();
        assertEquals(List.of("a"), m.tags());
        assertEquals(List.of("a", "b"), copy.tags());
        assertEquals(m.name(), copy.name());
    }

    @Test
    void noCategoryIsRejected() {
        assertRejected(Measure.builder(ID).outcome(OutcomeId.of("o")).name("n").unit(Unit.PEOPLE),
                "measure 'local-employment'", "applies to no contract category", "goods, services, works");
    }

    @Test
    void badTagIsRejected() {
        assertRejected(valid().tags("Local Jobs"), "invalid measure 'local-employment' tag 'Local Jobs'",
                "lowercase letters");
    }

    @Test
    void duplicateTagIsRejected() {
        assertRejected(valid().tags("local", "jobs", "local"), "duplicate measure 'local-employment' tag 'local'");
    }

    @Test
    void badSectorIsRejected() {
        assertRejected(valid().sectors("Health Care"), "invalid measure 'local-employment' sector 'Health Care'");
    }

    @Test
    void duplicateSectorIsRejected() {
        assertRejected(valid().sectors("health", "health"), "duplicate measure 'local-employment' sector 'health'");
    }

    @Test
    void badExclusiveGroupIsRejected() {
        assertRejected(valid().exclusiveGroup("Local Spend"), "measure 'local-employment' exclusive group 'Local Spend'");
    }

    @Test
    void negativeMinimumContractValueIsRejected() {
        assertRejected(valid().minimumContractValue(Money.of("-1.00", "GBP")),
                "measure 'local-employment' minimum contract value GBP -1.00", "must not be negative");
    }

    @Test
    void zeroMinimumContractValueIsAllowed() {
        assertEquals(Optional.of(Money.of("0", "GBP")), valid().minimumContractValue(Money.of("0", "GBP")).build()
                .minimumContractValue());
    }

    @Test
    void missingNameIsRejected() {
        assertRejected(Measure.builder(ID).outcome(OutcomeId.of("o")).unit(Unit.PEOPLE)
                .categories(ContractCategory.GOODS), "measure 'local-employment' name must not be null");
    }

    @Test
    void blankNameIsRejected() {
        assertRejected(valid().name(" \t"), "measure 'local-employment' name must not be blank");
    }

    @Test
    void missingOutcomeIsRejected() {
        assertRejected(valid().outcome(null), "measure 'local-employment' outcome must not be null");
    }

    @Test
    void missingUnitIsRejected() {
        assertRejected(valid().unit(null), "measure 'local-employment' unit must not be null");
    }

    @Test
    void missingDescriptionIsRejected() {
        assertRejected(valid().description(null), "measure 'local-employment' description must not be null");
    }

    @Test
    void missingIdIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> Measure.builder(null));
        assertEquals("measure id must not be null", e.getMessage());
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Set<ContractCategory> categories = EnumSet.of(ContractCategory.GOODS);
        List<CrossReference> refs = new ArrayList<>(List.of(CrossReference.parse("s:c")));
        Measure m = new Measure(ID, OutcomeId.of("o"), "n", "", Unit.COUNT, tags, categories, new ArrayList<>(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), refs);
        tags.add("b");
        categories.add(ContractCategory.WORKS);
        refs.clear();
        assertEquals(List.of("a"), m.tags());
        assertEquals(Set.of(ContractCategory.GOODS), m.categories());
        assertEquals(1, m.crossReferences().size());
        assertThrows(UnsupportedOperationException.class, () -> m.tags().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> m.categories().add(ContractCategory.WORKS));
        assertThrows(UnsupportedOperationException.class, () -> m.sectors().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> m.crossReferences().clear());
        assertThrows(UnsupportedOperationException.class, () -> m.orderedCategories().clear());
    }

    @Test
    void orderedCategoriesFollowTheEnum() {
        Measure m = valid().categories(ContractCategory.WORKS, ContractCategory.GOODS).build();
        assertEquals(List.of(ContractCategory.GOODS, ContractCategory.SERVICES, ContractCategory.WORKS),
                m.orderedCategories());
    }

    @Test
    void appliesToCategoryAndSectors() {
        Measure any = valid().build();
        assertTrue(any.appliesTo(ContractCategory.SERVICES, Set.of()));
        assertFalse(any.appliesTo(ContractCategory.GOODS, Set.of()));
        Measure health = valid().sectors("health", "care").build();
        assertTrue(health.appliesTo(ContractCategory.SERVICES, Set.of("care")));
        assertFalse(health.appliesTo(ContractCategory.SERVICES, Set.of("construction")));
        assertFalse(health.appliesTo(ContractCategory.SERVICES, Set.of()));
        assertThrows(InvalidValueException.class, () -> health.appliesTo(null, Set.of()));
        assertThrows(InvalidValueException.class, () -> health.appliesTo(ContractCategory.SERVICES, null));
    }

    @Test
    void categoryIdsRoundTrip() {
        for (ContractCategory c : ContractCategory.values()) {
            assertEquals(c, ContractCategory.fromId(c.id()));
        }
        var e = assertThrows(InvalidValueException.class, () -> ContractCategory.fromId("Goods"));
        assertTrue(e.getMessage().contains("unknown contract category 'Goods'"), e.getMessage());
    }

    @Test
    void targetPerValueAndMinimumContractValueMustShareACurrency() {
        // both are compared with the contract's value, so a measure mixing GBP and EUR could never apply
        assertRejected(valid().minimumContractValue(Money.of("100000.00", "GBP"))
                        .targetRule(new TargetRule.PerContractValue(java.math.BigDecimal.ONE, Money.of("250000", "EUR"))),
                "local-employment", "EUR 250000", "GBP 100000.00", "different currencies");
        Measure same = valid().minimumContractValue(Money.of("100000.00", "GBP"))
                .targetRule(new TargetRule.PerContractValue(java.math.BigDecimal.ONE, Money.of("250000", "GBP"))).build();
        assertEquals("GBP", same.minimumContractValue().orElseThrow().currency().getCurrencyCode());
    }
}
