package io.github.svtoms.ocds;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code of README-ocds.md, run on a real notice (Bridgend CBC, security services). */
class ApiExampleTest {
    @Test
    void theReadmeExample() throws Exception {
        Path file = Path.of(ApiExampleTest.class.getResource("real/england-WRel67-355.json").toURI());
        List<String> out = new ArrayList<>();

        // --- as in README-ocds.md
        OcdsReader reader = OcdsReader.builder().framework(FrameworkId.of("svtoms-open")).build();
        OcdsDocument document = reader.read(file);
        for (Notice notice : document.notices()) {
            ContractReading whole = notice.whole();
            ProfileReading reading = whole.profile();
            if (reading.isUsable()) {
                ContractProfile profile = reading.profile().orElseThrow();
                KpiSelection kpis = new KpiSelector(Bundled.catalogue()).select(profile);
                out.add(profile.value() + ", " + profile.years() + " years, " + profile.buyer().id() + ": "
                        + kpis.kpis().size() + " KPIs");
            } else {
                reading.reasons().forEach(r -> out.add(r.message()));
            }
            reading.facts().years().filter(Fact::isInferred).ifPresent(y -> out.add("years inferred: " + y.how()));
            Optional<EvaluationScheme> scheme = whole.criteria().scheme();
            scheme.ifPresent(s -> out.add("price " + s.weighting(io.github.svtoms.core.evaluation.CriterionKind.PRICE)
                    .toPlainString() + " %"));
            SocialValueCheck sv = whole.socialValue();
            out.add("social value: " + sv.presence() + ", meets 10 %: " + sv.meetsMinimum(BigDecimal.TEN));
        }
        // ---

        // 2025-05-01 to 2027-04-30 is 2 whole years, read: no "years inferred" line
        assertEquals(3, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("GBP 480000.0, 2 years, local-authority: "), out.get(0));
        assertFalse(out.get(0).endsWith(": 0 KPIs"), out.get(0));
        assertEquals("price 60 %", out.get(1));
        assertEquals("social value: NOT_FOUND, meets 10 %: Optional[false]", out.get(2));
        assertEquals(List.of(), document.problems());
        OcdsScan scan = reader.scan(file.getParent());
        assertEquals(17, scan.summary().notices().readings());
    }
}
