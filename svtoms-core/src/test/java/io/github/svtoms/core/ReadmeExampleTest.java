package io.github.svtoms.core;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example in the README, verbatim, so that it cannot rot. */
class ReadmeExampleTest {

    @Test
    void readmeExampleBuildsAndPrints() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Catalogue result;
        Measure measure;
        try {
            // ---- README example, verbatim ----
            Catalogue catalogue = Catalogue.builder()
                    .framework(Framework.ofMeasures(FrameworkId.of("acme"), "Acme social value", "Acme Ltd", "2025"))
                    .theme(new Theme(ThemeId.of("jobs"), FrameworkId.of("acme"), "Jobs", "Local jobs and skills"))
                    .outcome(new Outcome(OutcomeId.of("local-jobs"), ThemeId.of("jobs"), "More local jobs", ""))
                    .measure(Measure.builder(MeasureId.of("local-employment"))
                            .outcome(OutcomeId.of("local-jobs"))
                            .name("Local people employed on the contract")
                            .unit(Unit.FTE_YEARS)
                            .categories(ContractCategory.SERVICES, ContractCategory.WORKS)
                            .crossReferences(CrossReference.parse("national-toms:NT1@NT2022"))
                            .build())
                    .build();
            Measure m = catalogue.requireMeasure(MeasureId.of("local-employment"));
            System.out.println(m.name() + " in " + m.unit().name() + ", theme " + catalogue.themeOf(m.id()).name());
            // ---- end of README example ----
            result = catalogue;
            measure = m;
        } finally {
            System.setOut(original);
        }

        assertEquals("Local people employed on the contract in FTE-years, theme Jobs" + System.lineSeparator(),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(measure), result.measures());
        assertEquals(Set.of(ContractCategory.SERVICES, ContractCategory.WORKS), measure.categories());
        assertEquals(List.of(measure), result.measuresWithCode("national-toms", "NT1", Optional.of("NT2022")));
        assertEquals(List.of(measure), result.measuresOfFramework(FrameworkId.of("acme")));
        assertEquals("Catalogue[1 frameworks, 1 themes, 1 outcomes, 1 measures, 0 priority groups]", result.toString());
    }
}
