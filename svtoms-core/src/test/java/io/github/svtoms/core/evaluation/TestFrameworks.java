package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A small catalogue with the frameworks whose rules evaluation checks, built with the core builder. */
final class TestFrameworks {
    static final ThemeId CLIMATE = ThemeId.of("fighting-climate-change");
    static final ThemeId WELLBEING = ThemeId.of("wellbeing");
    static final FrameworkId NHS = FrameworkId.of("nhs-2022");
    static final FrameworkId BSOL = FrameworkId.of("bsol-stp");
    static final FrameworkId ELFT = FrameworkId.of("elft");
    static final FrameworkId BRIGHTON = FrameworkId.of("brighton-hove");
    static final FrameworkId KENT = FrameworkId.of("kent");

    static final Catalogue CATALOGUE = Catalogue.builder()
            .framework(Framework.ofMeasures(FrameworkId.of("svm"), "Social Value Model", "Cabinet Office", "2020"))
            .theme(new Theme(CLIMATE, FrameworkId.of("svm"), "Fighting climate change", ""))
            .theme(new Theme(WELLBEING, FrameworkId.of("svm"), "Wellbeing", ""))
            .framework(Framework.ofPriorities(NHS, "NHS England social value", "NHS England", "2022",
                    FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN).withMandatoryThemes(List.of(CLIMATE)),
                    List.of()))
            .framework(Framework.ofPriorities(BSOL, "Birmingham and Solihull STP", "BSol STP", "2019",
                    new FrameworkRules(Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.valueOf(20)), List.of(), 0,
                            Optional.empty(), Optional.empty()), List.of()))
            .framework(Framework.ofPriorities(ELFT, "ELFT social value", "ELFT", "2023",
                    FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.valueOf(15)), List.of()))
            .framework(Framework.ofPriorities(BRIGHTON, "Brighton and Hove social value", "Brighton & Hove City Council",
                    "2019", FrameworkRules.NONE.withMinimumOutcomesPerTender(1), List.of()))
            .framework(Framework.ofPriorities(KENT, "Together for Social Value", "Kent County Council", "2023",
                    new FrameworkRules(Optional.of(BigDecimal.TEN), Optional.empty(), List.of(), 0,
                            Optional.of(BigDecimal.valueOf(60)), Optional.empty()), List.of()))
            .build();

    private TestFrameworks() {
    }

    static Framework get(FrameworkId id) {
        return CATALOGUE.requireFramework(id);
    }
}
