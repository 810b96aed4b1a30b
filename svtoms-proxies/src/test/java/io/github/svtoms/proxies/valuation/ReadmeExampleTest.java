package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of README-valuation.md, verbatim between the markers, so that it cannot rot. */
class ReadmeExampleTest {
    @Test
    void readmeExample() {
        Catalogue catalogue = Fixtures.catalogue();
        // --- README example start ---
        ProxyTable proxies = ProxyTable.builder("my-proxies", "My proxies", "2025.1", Currency.getInstance("GBP"))
                .put(MeasureId.of("local-employment"), new ProxyValue(Money.of("10000", "GBP"), PriceYear.parse("2024"),
                        ValueType.ECONOMIC, Optional.of(new BigDecimal("0.2")), Provenance.suppliedInRequest(), Optional.empty()))
                .build();
        ValuationRequest request = ValuationRequest.builder(Currency.getInstance("GBP"), PriceYear.parse("2024"), catalogue)
                .contract(new Contract(Money.of("1200000.00", "GBP"), 3))
                .discounting(Discounting.greenBook())                  // 3.5 %, first contract year undiscounted
                .proxyTable(proxies)
                .line(CommitmentLine.builder("c1", MeasureId.of("local-employment"), new BigDecimal("10"))
                        .duration(3).displacement(new BigDecimal("0.1")).attribution(new BigDecimal("0.25"))
                        .dropOff(new BigDecimal("0.25")).build())      // deadweight 0.2 comes from the proxy
                .build();
        Valuation valuation = ValuationEngine.value(request);
        valuation.totals().presentValue();                       // GBP 121485.82
        valuation.percentOfContract();                           // Optional[10.12]
        valuation.lines().get(0).derivation().sentences().forEach(System.out::println);
        // --- README example end ---
        // 54,000 + 40,500 / 1.035 + 30,375 / 1.035² = 121,485.82; / 1,200,000 × 100 = 10.12 %
        assertEquals(Money.of("121485.82", "GBP"), valuation.totals().presentValue());
        assertEquals(Optional.of(new BigDecimal("10.12")), valuation.percentOfContract());
    }
}
