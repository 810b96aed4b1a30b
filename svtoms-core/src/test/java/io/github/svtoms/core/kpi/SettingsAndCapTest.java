package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings without size bands (one cap for every contract, in any currency) and the selector's accessors. */
class SettingsAndCapTest {
    private static final FrameworkId F = FrameworkId.of("open");

    @Test
    void withoutSizeBandsEveryContractGetsTheOneCapInAnyCurrency() {
        KpiSettings settings = KpiSettings.DEFAULT.withSizeBands(List.of(), 4);
        KpiSelector selector = new KpiSelector(CandidateReasonsTest.catalogue(), settings);
        for (String currency : List.of("EUR", "GBP")) {
            KpiSelection s = selector.select(ContractProfile.builder().framework(F).value(Money.of("50.00", currency))
                    .years(3).category(ContractCategory.SERVICES).build());
            assertEquals(4, s.kpis().size(), currency + " " + s.selectedMeasures());
            String reason = "selected in rank order within the cap of 4 KPIs for a contract of "
                    + ("GBP".equals(currency) ? "£50.00" : "€50.00");
            assertTrue(s.kpis().get(3).reasons().contains(reason), s.kpis().get(3).reasons().toString());
        }
    }

    @Test
    void accessorsAndWithers() {
        Catalogue c = CandidateReasonsTest.catalogue();
        KpiSelector selector = new KpiSelector(c);
        assertSame(c, selector.catalogue());
        assertEquals(KpiSettings.DEFAULT, selector.settings());
        assertEquals("KpiSelector[" + c + ", " + KpiSettings.DEFAULT + "]", selector.toString());
        KpiSettings two = KpiSettings.DEFAULT.withDefaultPriorityGroupLimit(2);
        assertEquals(2, two.defaultPriorityGroupLimit());
        assertEquals(KpiSettings.DEFAULT.sizeBands(), two.sizeBands());
        assertEquals(KpiSettings.DEFAULT.largestCap(), two.largestCap());
        assertEquals(KpiSettings.DEFAULT.buyerMandatoryThemes(), two.buyerMandatoryThemes());
        assertEquals(3, KpiSettings.DEFAULT.defaultPriorityGroupLimit());
    }

    @Test
    void builderListSettersReplaceRatherThanAppend() {
        ContractProfile p = ContractProfile.builder().framework(F).value(Money.of("100", "GBP"))
                .category(ContractCategory.GOODS).sectors("a", "b").sectors("c").priorities("p1", "p2").priorities("p3")
                .priorityGroups(List.of(io.github.svtoms.core.catalogue.PriorityGroupId.of("g1")))
                .priorityGroups(List.of(io.github.svtoms.core.catalogue.PriorityGroupId.of("g2"))).build();
        assertEquals(List.of("c"), p.sectors());
        assertEquals(List.of(io.github.svtoms.core.catalogue.PriorityId.of("p3")), p.priorities());
        assertEquals(List.of(io.github.svtoms.core.catalogue.PriorityGroupId.of("g2")), p.priorityGroups());
    }
}
