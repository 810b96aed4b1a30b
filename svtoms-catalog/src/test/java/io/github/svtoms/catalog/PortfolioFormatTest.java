package io.github.svtoms.catalog;

import io.github.svtoms.core.portfolio.PortfolioRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.portfolio.Metric;
import io.github.svtoms.core.portfolio.MetricId;
import io.github.svtoms.core.portfolio.PortfolioReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.FormatTests.edited;
import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.schema;
import static io.github.svtoms.catalog.FormatTests.text;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** svtoms-portfolio/1 and svtoms-portfolio-metrics/1 on the NHS London example. */
class PortfolioFormatTest {
    private static final String FILE = "nhs-london-portfolio.json";

    @Test
    void nhsLondonExampleMetricsAsComputedByHand() {
        PortfolioReport r = Formats.PORTFOLIO_REQUEST.read(example(FILE)).metrics();
        assertEquals("5", r.metric(MetricId.CONTRACT_COUNT).displayValue());
        // 12,000,000 + 40,000,000 + 6,000,000 + 150,000 + 2,500,000 = 60,650,000
        assertEquals("60650000.00", r.metric(MetricId.TOTAL_VALUE).displayValue());
        // 4 of 5 contracts state a weighting above 0 → 80 %
        assertEquals("80.00", r.metric(MetricId.SHARE_WITH_SOCIAL_VALUE).displayValue());
        // Σ value × weighting = 12M × 15 + 40M × 10 + 6M × 20 + 0.15M × 10 = 701,500,000;
        // ÷ 58,150,000 (the four with a weighting) = 12.0636…; ÷ 60,650,000 (all five) = 11.5663…
        assertEquals("12.06", r.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING).displayValue());
        assertEquals("11.57", r.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING_ALL).displayValue());
        // committed 1.8M + 2.5M + 0.9M + 0.02M = 5,220,000; delivered 0.95M + 1.1M + 0.012M = 2,062,000;
        // delivered ÷ committed over the three stating both: 2,062,000 ÷ 4,320,000 = 0.4773…
        assertEquals(0, new BigDecimal("5220000").compareTo(r.metric(MetricId.PROXY_VALUE_COMMITTED).value().orElseThrow()));
        assertEquals(0, new BigDecimal("2062000").compareTo(r.metric(MetricId.PROXY_VALUE_DELIVERED).value().orElseThrow()));
        assertEquals("0.48", r.metric(MetricId.PROXY_VALUE_DELIVERED_TO_COMMITTED).displayValue());
        // Real Living Wage known for 4 contracts, paid on 3 → 75 %
        assertEquals("75.00", r.metric(MetricId.REAL_LIVING_WAGE_SHARE).displayValue());
        // local 750k + 800k + 500k + 150k = 2,200,000 of addressable 3M + 8M + 2M + 1M = 14,000,000 → 15.714…%,
        // below London's 20 % target
        Metric local = r.metric(MetricId.LOCAL_SPEND_SHARE);
        assertEquals("15.71", local.displayValue());
        assertEquals(Optional.of(false), local.targetMet());
        assertEquals(4, local.contracts().size(), "website-build states no spend");
        // SME 2,150,000 ÷ 14,000,000 = 15.357…%; VCSE 260,000 ÷ 14,000,000 = 1.857…%
        assertEquals("15.36", r.metric(MetricId.SME_SPEND_SHARE).displayValue());
        assertEquals("1.86", r.metric(MetricId.VCSE_SPEND_SHARE).displayValue());
    }

    @Test
    void exampleIsCanonicalAndRoundTrips() {
        String original = text(example(FILE));
        PortfolioRequest request = Formats.PORTFOLIO_REQUEST.read(example(FILE));
        assertEquals(original, Formats.PORTFOLIO_REQUEST.toJson(request));
        PortfolioRequest again = Formats.PORTFOLIO_REQUEST.read(FormatTests.in(Formats.PORTFOLIO_REQUEST.toJson(request)), "again.json");
        assertEquals(request, again);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.PORTFOLIO_REQUEST.write(again, out);
        assertEquals(original, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void metricsReportHasValuesTargetsAndDerivations() {
        String json = Formats.PORTFOLIO_METRICS.toJson(Formats.PORTFOLIO_REQUEST.read(example(FILE)).metrics());
        assertEquals(List.of(), schema("svtoms-portfolio-metrics-1").errors(tree(json)), json);
        JsonNode metrics = tree(json).get("metrics");
        assertEquals(13, metrics.size());
        JsonNode local = metrics.get(10);
        assertEquals("local-spend-share", local.get("id").asText());
        assertEquals("percent", local.get("unit").asText());
        assertEquals("15.71", local.get("display").asText());
        assertEquals("20", local.get("target").asText());
        assertFalse(local.get("met").asBoolean());
        assertEquals(4, local.get("contractsCounted").asInt());
        assertEquals("2200000", local.get("inputs").get("spend").asText());
        assertEquals("14000000", local.get("inputs").get("addressableSpend").asText());
        // the exact value 15.714285714… has more than 20 fraction digits: written rounded to 20, HALF_EVEN
        assertEquals("15.71428571428571428571", local.get("value").asText());
        assertEquals("2200000 ÷ 14000000 × 100 = 15.71428571428571428571428571428571%, below the target of 20%",
                local.get("derivation").asText());
        assertEquals("60650000", metrics.get(1).get("value").asText());
    }

    @Test
    void requestSchemaAcceptsTheExampleAndRejectsBrokenVariants() {
        Schema s = schema("svtoms-portfolio-1");
        String json = text(example(FILE));
        assertEquals(List.of(), s.errors(tree(json)));
        List<JsonNode> bad = List.of(
                edited(json, o -> o.put("currency", "gbp")),
                edited(json, o -> ((ObjectNode) o.get("targets")).put("localShare", "120")),
                edited(json, o -> o.putObject("targets")),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(0)).put("value", "-1")),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(0)).put("paysRealLivingWage", "yes")),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(0)).put("localSpend", 750000)),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(1)).remove("id")),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(1)).put("supplierName", "x")),
                edited(json, o -> ((ObjectNode) o.get("contracts").get(1)).put("valueIncludesVat", "yes")));
        for (JsonNode b : bad) {
            assertFalse(s.errors(b).isEmpty(), b.toString());
        }
    }
}
