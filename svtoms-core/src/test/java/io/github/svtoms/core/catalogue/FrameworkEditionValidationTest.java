package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.UkSvm.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalogue validation of dated editions; frameworks outside time keep working as before. */
class FrameworkEditionValidationTest {
    static Framework local(String id) {
        return Framework.ofPriorities(FrameworkId.of(id), "Local", "Council", "2024", FrameworkRules.NONE, List.of());
    }

    static List<String> problems(Framework... frameworks) {
        Catalogue.Builder b = Catalogue.builder();
        for (Framework f : frameworks) {
            b.framework(f);
        }
        try {
            b.build();
            return List.of();
        } catch (CatalogueValidationException e) {
            return e.problems();
        }
    }

    @Test
    void aFamilyIdMustNotAlsoBeAFrameworkId() {
        List<String> p = problems(local("uk-svm"), UkSvm.ppn002(List.of()));
        assertEquals(List.of("family id 'uk-svm' of framework 'uk-svm-2025' is also a framework id: a family id must"
                + " differ from every framework id"), p);
    }

    @Test
    void aFamilyEditionNeedsAPeriodAndItsOwnStartDate() {
        Framework undated = new Framework(FrameworkId.of("uk-svm-x"), FrameworkKind.PRIORITIES, "x", "y", "z", "",
                Optional.empty(), Optional.empty(), FrameworkRules.NONE, List.of(), List.of(),
                Optional.of(UkSvm.FAMILY), Optional.empty(), FrameworkScope.ANY, FrameworkStatus.ACTIVE, List.of());
        assertEquals(List.of("framework 'uk-svm-x' is an edition of family 'uk-svm' but has no period: a family's"
                + " editions are chosen by the procurement's commencement date"), problems(undated));
        Framework twin = local("uk-svm-twin").withEdition(UkSvm.FAMILY, FrameworkPeriod.from(LocalDate.of(2027, 1, 1)));
        assertEquals(List.of("frameworks 'uk-svm-2027' and 'uk-svm-twin' of family 'uk-svm' both start on 2027-01-01:"
                + " the edition in force on a date would be ambiguous"), problems(UkSvm.ppn026(List.of()), twin));
    }

    @Test
    void aFrameworkCannotBeItsOwnFamily() {
        var e = assertThrows(InvalidValueException.class,
                () -> local("kent").withEdition(FrameworkId.of("kent"), FrameworkPeriod.from(LocalDate.of(2024, 1, 1))));
        assertTrue(e.getMessage().contains("names itself as its family"), e.getMessage());
    }

    @Test
    void legacyFrameworksStillBuildAndALocalFrameworkMayBeDatedWithoutAFamily() {
        assertEquals(List.of(), problems(local("kent"), local("elft"), UkSvm.ppn0620(List.of()), UkSvm.ppn002(List.of()),
                UkSvm.ppn026(List.of())));
        Framework dated = local("kent").withPeriod(FrameworkPeriod.from(LocalDate.of(2023, 4, 1)));
        assertEquals(List.of(), problems(dated));
        assertEquals(Optional.empty(), dated.family());
        assertEquals(FrameworkScope.ANY, local("kent").scope());
        assertEquals(FrameworkStatus.ACTIVE, local("kent").status());
        // the old constructor's framework equals the new one with the defaults
        assertEquals(local("kent"), local("kent").withStatus(FrameworkStatus.ACTIVE).withScope(FrameworkScope.ANY));
    }

    @Test
    void weightingBandsRaiseTheFlatMinimumAndNeverLowerIt() {
        Threshold fiveMillion = Threshold.atLeast(gbp("5000000.00"), VatBasis.GROSS);
        var e = assertThrows(InvalidValueException.class, () -> FrameworkRules.NONE
                .withMinimumSocialValueWeighting(BigDecimal.TEN)
                .withWeightingBands(List.of(new WeightingBand(fiveMillion, BigDecimal.valueOf(5)))));
        assertTrue(e.getMessage().contains("below the flat minimum of 10%"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> new WeightingBand(fiveMillion, BigDecimal.valueOf(101)));
        assertThrows(InvalidValueException.class, () -> new KpiMinimum(0, fiveMillion));
        FrameworkRules old = new FrameworkRules(Optional.of(BigDecimal.TEN), Optional.empty(), List.of(), 0,
                Optional.empty(), Optional.empty());
        assertEquals(List.of(), old.weightingBands());
        assertEquals(Optional.empty(), old.minimumKpis());
        FrameworkRules banded = old.withWeightingBands(List.of(new WeightingBand(fiveMillion, BigDecimal.valueOf(20))))
                .withMinimumKpis(new KpiMinimum(3, fiveMillion)).withMinimumOutcomesPerTender(1);
        // the with-methods keep the bands and the KPI minimum
        assertEquals(1, banded.weightingBands().size());
        assertEquals(3, banded.minimumKpis().orElseThrow().count());
        assertEquals(1, banded.withMandatoryThemes(List.of()).weightingBands().size());
    }
}
