package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.Estimate;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.ValueSeries;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearlyBasis;
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.LineRejectedException;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.WageArea;
import io.github.svtoms.proxies.valuation.YearValue;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The members that let proxies follow the years, in every format: value series in reference data, a proxy's
 * yearly basis and range, a request's contract start, hours per FTE, health schedule and a line's discount kind
 * and wage area, and what a valuation report says of them; and the bundled data that uses them.
 */
class YearlyFormatsTest {
    private static final String SERIES = "desnz-ghg-values-2023";

    private static Problem only(CatalogueFormatException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    /** The 1-based line of a text where a fragment first occurs. */
    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0, fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void positioned(Problem p, String path, int line, String... fragments) {
        assertEquals(path, p.path(), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
        for (String f : fragments) {
            assertTrue(p.message().contains(f), p.toString());
        }
    }

    // ---- svtoms-reference/1: value series --------------------------------------------------------------------

    private static final String REFERENCE = """
            {
              "format": "svtoms-reference/1",
              "valueSeries": [
                {
                  "id": "test-values",
                  "name": "Test values",
                  "currency": "GBP",
                  "per": "tCO2e",
                  "priceYear": "2022",
                  "provenance": {
                    "source": "A test",
                    "publisher": "Nobody",
                    "edition": "1",
                    "licence": "none",
                    "evidence": "U"
                  },
                  "values": {
                    "2020": {
                      "low": "126.60",
                      "central": "253.19",
                      "high": "379.79"
                    },
                    "2021": {
                      "low": "128.52",
                      "central": "257.05",
                      "high": "385.57"
                    }
                  }
                }
              ]
            }
            """;

    @Test
    void aValueSeriesIsReadWrittenCanonicallyAndRoundTrips() {
        ReferenceData r = Formats.REFERENCE_DATA.parse(REFERENCE);
        ValueSeries s = r.valueSeries("test-values").orElseThrow();
        assertEquals("tCO2e", s.per());
        assertEquals(PriceYear.parse("2022"), s.priceYear());
        assertEquals(2020, s.firstYear());
        assertEquals(2021, s.lastYear());
        assertEquals(new BigDecimal("126.60"), s.value(Estimate.LOW, 2020));
        assertEquals(new BigDecimal("257.05"), s.value(Estimate.CENTRAL, 2021));
        assertEquals(new BigDecimal("385.57"), s.value(Estimate.HIGH, 2021));
        assertEquals(REFERENCE, Formats.REFERENCE_DATA.toJson(r), "the text is canonical: read then write reproduces it");
        assertEquals(r, Formats.REFERENCE_DATA.parse(Formats.REFERENCE_DATA.toJson(r)));
        assertEquals(List.of(), Schema.of("svtoms-reference-1").errors(FormatTests.tree(REFERENCE)));
    }

    @Test
    void aBadValueSeriesIsReportedAtTheYearAndMemberThatBreakTheRule() {
        // "2020" → "20x0": not a calendar year
        Problem p = only(assertThrows(CatalogueFormatException.class, () -> Formats.REFERENCE_DATA.parse(
                REFERENCE.replace("\"2020\": {", "\"20x0\": {"))));
        positioned(p, "$.valueSeries[0].values.20x0", lineOf(REFERENCE, "\"2020\""), "invalid year '20x0'", "calendar year");
        // low above central
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.REFERENCE_DATA.parse(
                REFERENCE.replace("\"low\": \"128.52\"", "\"low\": \"300.00\""))));
        positioned(p, "$.valueSeries[0].values.2021.low", lineOf(REFERENCE, "\"128.52\""), "low '300.00' is above central '257.05' for 2021",
                "low ≤ central ≤ high");
        // a gap: 2020 then 2022
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.REFERENCE_DATA.parse(
                REFERENCE.replace("\"2021\": {", "\"2022\": {"))));
        positioned(p, "$.valueSeries[0].values.2022", lineOf(REFERENCE, "\"2021\""), "year 2022 follows 2020", "contiguous");
        // a negative value
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.REFERENCE_DATA.parse(
                REFERENCE.replace("\"low\": \"126.60\"", "\"low\": \"-1\""))));
        positioned(p, "$.valueSeries[0].values.2020.low", lineOf(REFERENCE, "\"126.60\""), "invalid value '-1'", "must not be negative");
        // a missing estimate
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.REFERENCE_DATA.parse(
                REFERENCE.replace("\"high\": \"379.79\"", "\"hi\": \"379.79\""))));
        assertTrue(p.message().contains("unknown member 'hi'"), p.toString());
    }

    @Test
    void theBundledCarbonValuesAreTheDesnzTableOf2023() {
        ValueSeries s = Bundled.referenceData().valueSeries(SERIES).orElseThrow();
        assertEquals(2020, s.firstYear());
        assertEquals(2050, s.lastYear());
        assertEquals(PriceYear.parse("2022"), s.priceYear());
        assertEquals("GBP", s.currency().getCurrencyCode());
        assertEquals("tCO2e", s.per());
        // spot checks against the table of the open proxies notes, section (a)
        assertEquals(List.of("126.60", "253.19", "379.79"), estimates(s, 2020));
        assertEquals(List.of("136.53", "273.06", "409.60"), estimates(s, 2025));
        assertEquals(List.of("138.61", "277.22", "415.83"), estimates(s, 2026));
        assertEquals(List.of("171.27", "342.55", "513.82"), estimates(s, 2040));
        assertEquals(List.of("198.77", "397.54", "596.31"), estimates(s, 2050));
        assertEquals("V2", s.provenance().evidence().id());
        assertEquals(Optional.of("the copy of the DESNZ data tables in the repository charlescoverdale/greenbook"
                + " (inst/extdata/carbon_values.csv)"), s.provenance().readIn());
        // low is 50 % and high 150 % of central, each rounded to the penny from the unrounded central (so 2025's
        // high is 409.60 though 1.5 × 273.06 = 409.59): |0.5 × central − low| ≤ 0.5 × 0.005 + 0.005 = 0.0075 and
        // |1.5 × central − high| ≤ 1.5 × 0.005 + 0.005 = 0.0125
        for (int y = 2020; y <= 2050; y++) {
            BigDecimal c = s.value(Estimate.CENTRAL, y);
            assertTrue(c.multiply(new BigDecimal("0.5")).subtract(s.value(Estimate.LOW, y)).abs()
                    .compareTo(new BigDecimal("0.0075")) <= 0, y + " low");
            assertTrue(c.multiply(new BigDecimal("1.5")).subtract(s.value(Estimate.HIGH, y)).abs()
                    .compareTo(new BigDecimal("0.0125")) <= 0, y + " high");
        }
    }

    private static List<String> estimates(ValueSeries s, int year) {
        return List.of(s.value(Estimate.LOW, year).toPlainString(), s.value(Estimate.CENTRAL, year).toPlainString(),
                s.value(Estimate.HIGH, year).toPlainString());
    }

    // ---- svtoms-proxies/1: yearly basis and range ----------------------------------------------------------

    private static final String PROXIES = """
            {
              "format": "svtoms-proxies/1",
              "id": "test-proxies",
              "name": "Test proxies",
              "edition": "1",
              "currency": "GBP",
              "entries": [
                {
                  "measure": "car-miles-saved",
                  "amount": "0.0735",
                  "priceYear": "2022",
                  "valueType": "economic",
                  "provenance": {
                    "source": "A test",
                    "publisher": "Nobody",
                    "edition": "1",
                    "licence": "none",
                    "evidence": "U"
                  },
                  "yearly": {
                    "series": "desnz-ghg-values-2023",
                    "factor": "0.00026915"
                  }
                },
                {
                  "measure": "real-living-wage-workers",
                  "amount": "2418",
                  "priceYear": "2025-26",
                  "valueType": "economic",
                  "provenance": {
                    "source": "A test",
                    "publisher": "Nobody",
                    "edition": "1",
                    "licence": "none",
                    "evidence": "U"
                  },
                  "yearly": {
                    "livingWageGap": {
                      "living": "real-living-wage-uk",
                      "livingLondon": "real-living-wage-london",
                      "floor": "national-living-wage"
                    }
                  }
                },
                {
                  "measure": "staff-wellbeing-wellbys",
                  "amount": "13000",
                  "priceYear": "2019",
                  "valueType": "social-wellbeing",
                  "provenance": {
                    "source": "A test",
                    "publisher": "Nobody",
                    "edition": "1",
                    "licence": "none",
                    "evidence": "U"
                  },
                  "range": {
                    "low": "10000",
                    "high": "16000"
                  }
                }
              ]
            }
            """;

    @Test
    void aYearlyBasisAndARangeAreReadWrittenCanonicallyAndRoundTrip() {
        ProxyTable t = Formats.PROXY_TABLE.parse(PROXIES);
        ProxyValue car = t.proxyFor(MeasureId.of("car-miles-saved")).orElseThrow();
        assertEquals(Optional.of(new YearlyBasis.Series(SERIES, new BigDecimal("0.00026915"))), car.yearly());
        assertEquals(Optional.empty(), car.range());
        ProxyValue rlw = t.proxyFor(MeasureId.of("real-living-wage-workers")).orElseThrow();
        assertEquals(Optional.of(new YearlyBasis.WageGap("real-living-wage-uk", "real-living-wage-london",
                "national-living-wage")), rlw.yearly());
        ProxyValue wellby = t.proxyFor(MeasureId.of("staff-wellbeing-wellbys")).orElseThrow();
        assertEquals(Optional.of(new ProxyValue.Range(Money.of("10000", "GBP"), Money.of("16000", "GBP"))), wellby.range());
        assertEquals(Optional.empty(), wellby.yearly());
        assertEquals(PROXIES, Formats.PROXY_TABLE.toJson(t), "the text is canonical: read then write reproduces it");
        assertEquals(t, Formats.PROXY_TABLE.parse(Formats.PROXY_TABLE.toJson(t)));
        assertEquals(List.of(), Schema.of("svtoms-proxies-1").errors(FormatTests.tree(PROXIES)));
    }

    @Test
    void aBadYearlyBasisOrRangeIsReportedAtItsMember() {
        // factor 0
        Problem p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(
                PROXIES.replace("\"factor\": \"0.00026915\"", "\"factor\": \"0\""))));
        positioned(p, "$.entries[0].yearly.factor", lineOf(PROXIES, "\"0.00026915\""), "invalid factor '0'", "must be greater than 0");
        // both kinds of basis in one
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"factor\": \"0.00026915\"", "\"factor\": \"0.00026915\", \"livingWageGap\": {\"living\": \"a\","
                        + " \"livingLondon\": \"b\", \"floor\": \"c\"}"))));
        positioned(p, "$.entries[0].yearly.livingWageGap", lineOf(PROXIES, "\"0.00026915\""),
                "either 'series' and 'factor' or 'livingWageGap', not both");
        // a series without a factor
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(PROXIES.replace(
                ",\n        \"factor\": \"0.00026915\"", ""))));
        assertEquals("$.entries[0].yearly.factor", p.path(), p.toString());
        assertTrue(p.message().contains("missing required member 'factor'"), p.toString());
        // a series id that breaks the id rule
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"series\": \"desnz-ghg-values-2023\"", "\"series\": \"DESNZ values\""))));
        positioned(p, "$.entries[0].yearly.series", lineOf(PROXIES, "\"desnz-ghg-values-2023\""), "DESNZ values");
        // a range that does not hold the amount
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"low\": \"10000\"", "\"low\": \"14000\""))));
        assertEquals("$.entries[2].range", p.path(), p.toString());
        assertTrue(p.message().contains("does not contain the amount"), p.toString());
        // a range with a negative end
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"low\": \"10000\"", "\"low\": \"-1\""))));
        positioned(p, "$.entries[2].range.low", lineOf(PROXIES, "\"10000\""), "must not be negative");
    }

    @Test
    void aYearlyBasisNamingASeriesTheReferenceDataLacksIsReadButTheLineIsRejectedWhenValued() {
        // reading the table does not look the series up: the reference data is the request's
        ProxyTable t = Formats.PROXY_TABLE.parse(PROXIES.replace("\"series\": \"desnz-ghg-values-2023\"",
                "\"series\": \"no-such-series\""));
        ValuationRequest r = Formats.VALUATION_REQUEST.withContext(ReadContext.of(Bundled.catalogue(), t)).parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024",
                 "commitments": [{"id": "miles", "measure": "car-miles-saved", "quantity": "1000"}]}""");
        assertEquals(Optional.of(Bundled.referenceData()), r.reference(), "the reader attaches its reference data");
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(r));
        assertEquals(LineRejectedException.Rule.YEARLY_SERIES, e.rule());
        assertEquals("miles", e.lineId());
        assertTrue(e.getMessage().contains("no value series 'no-such-series'"), e.getMessage());
    }

    @Test
    void theDigestOfATableCoversItsYearlyBasesAndRanges() {
        ProxyTable t = Formats.PROXY_TABLE.parse(PROXIES);
        ProxyTableDigest d = ProxyTableDigest.of(t);
        assertEquals(d, ProxyTableDigest.of(Formats.PROXY_TABLE.parse(PROXIES)));
        assertNotEquals(d.sha256(), ProxyTableDigest.of(Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"factor\": \"0.00026915\"", "\"factor\": \"0.00026916\""))).sha256(), "a changed factor");
        assertNotEquals(d.sha256(), ProxyTableDigest.of(Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"floor\": \"national-living-wage\"", "\"floor\": \"other-floor\""))).sha256(), "another floor series");
        assertNotEquals(d.sha256(), ProxyTableDigest.of(Formats.PROXY_TABLE.parse(PROXIES.replace(
                "\"high\": \"16000\"", "\"high\": \"16001\""))).sha256(), "a changed range");
    }

    @Test
    void anOverlayCarriesTheYearlyBasesAndRangesOfItsEntries() {
        ProxyTable overlay = Formats.PROXY_TABLE.parse(PROXIES);
        ProxyTable combined = Overlays.proxyTable(Bundled.proxyTable(), overlay).value();
        for (var e : overlay.entries().entrySet()) {
            assertEquals(e.getValue(), combined.proxyFor(e.getKey()).orElseThrow(), e.getKey().value());
        }
        // and the open table's own bases where the overlay has no entry
        assertEquals(Optional.of(new YearlyBasis.Series(SERIES, new BigDecimal("0.00016725"))),
                combined.proxyFor(MeasureId.of("car-km-saved")).orElseThrow().yearly());
        ProxyTable back = Formats.PROXY_TABLE.parse(Formats.PROXY_TABLE.toJson(combined));
        assertEquals(combined, back);
    }

    // ---- the bundled proxies ----------------------------------------------------------------------------------

    @Test
    void eachCarbonFactorTimesThe2025CarbonValueGivesThePublishedAmountToItsDigits() {
        // factor = tCO2e per unit; × 273.06 (DESNZ central 2025, 2022 prices) rounded HALF_UP to the amount's scale:
        // F01 1 × 273.06 = 273.06; F02 0.00026915 × 273.06 = 0.0734941 → 0.0735; F03 0.00016725 × 273.06 = 0.0456693
        // → 0.0457; F04 (0.16725 − 0.03546)/1000 = 0.00013179 × 273.06 = 0.0359865 → 0.0360; F05 0.000177 × 273.06
        // = 0.0483316 → 0.0483; F07 (520.53 − 4.69)/1000 = 0.51584 × 273.06 = 140.8553 → 140.86; F08 (656.09 − 8.98)
        // /1000 = 0.64711 × 273.06 = 176.6998 → 176.70.
        Map<String, String> factors = Map.of("carbon-saved", "1", "car-miles-saved", "0.00026915", "car-km-saved",
                "0.00016725", "business-travel-car-to-rail-km", "0.00013179", "grid-electricity-saved-kwh", "0.000177",
                "waste-diverted-to-energy-recovery", "0.51584", "food-garden-waste-composted", "0.64711");
        BigDecimal v2025 = new BigDecimal("273.06");
        int checked = 0;
        for (var e : Bundled.proxyTable().entries().entrySet()) {
            ProxyValue p = e.getValue();
            if (p.yearly().isEmpty() || !(p.yearly().get() instanceof YearlyBasis.Series s)) {
                continue;
            }
            String m = e.getKey().value();
            assertEquals(SERIES, s.series(), m);
            assertEquals(new BigDecimal(factors.get(m)), s.factor(), m);
            BigDecimal amount = p.amount().amount();
            assertEquals(amount, s.factor().multiply(v2025).setScale(amount.scale(), RoundingMode.HALF_UP), m);
            assertEquals(PriceYear.parse("2022"), p.priceYear(), m);
            assertTrue(p.notes().orElseThrow().contains("year of emission"), m);
            checked++;
        }
        assertEquals(factors.size(), checked, "every carbon row and no other follows the carbon values");
    }

    @Test
    void theLivingWageRowFollowsTheGapAndTheWellbyRowHasTheGuidanceRange() {
        ProxyTable t = Bundled.proxyTable();
        ProxyValue rlw = t.proxyFor(MeasureId.of("real-living-wage-workers")).orElseThrow();
        assertEquals(Optional.of(new YearlyBasis.WageGap("real-living-wage-uk", "real-living-wage-london",
                "national-living-wage")), rlw.yearly());
        assertEquals(Money.of("2418", "GBP"), rlw.amount(), "the LWF's published 2025 figure is kept");
        assertTrue(rlw.notes().orElseThrow().contains("computes the gap by year"), rlw.notes().orElseThrow());
        for (String id : rlw.yearly().orElseThrow().seriesIds()) {
            assertTrue(Bundled.referenceData().wageSeries(id).isPresent(), id);
        }
        ProxyValue wellby = t.proxyFor(MeasureId.of("staff-wellbeing-wellbys")).orElseThrow();
        assertEquals(Optional.of(new ProxyValue.Range(Money.of("10000", "GBP"), Money.of("16000", "GBP"))), wellby.range());
        ProxyValue qaly = t.proxyFor(MeasureId.of("qalys-gained")).orElseThrow();
        assertEquals(Optional.empty(), qaly.range(), "the source gives the QALY value no range");
    }

    // ---- svtoms-valuation-request/1 -------------------------------------------------------------------------

    private static final String REQUEST = """
            {
              "format": "svtoms-valuation-request/1",
              "currency": "GBP",
              "priceYear": "2024",
              "contractStart": "2026-01-01",
              "hoursPerFte": "1820",
              "discounting": {
                "schedule": "green-book",
                "firstYear": "undiscounted",
                "healthSchedule": "none"
              },
              "proxyTable": "svtoms-open-proxies",
              "commitments": [
                {
                  "id": "carbon",
                  "measure": "carbon-saved",
                  "quantity": "10",
                  "startYear": 1,
                  "duration": 3,
                  "displacement": "0",
                  "attribution": "0",
                  "dropOff": "0",
                  "discountKind": "health",
                  "wageArea": "london"
                }
              ]
            }
            """;

    @Test
    void theRequestMembersAreReadWrittenCanonicallyAndRoundTrip() {
        ValuationRequest r = Formats.VALUATION_REQUEST.parse(REQUEST);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), r.contractStart());
        assertEquals(new BigDecimal("1820"), r.hoursPerFte());
        assertEquals(new Discounting(DiscountSchedule.greenBook(), io.github.svtoms.proxies.YearIndexing.FIRST_YEAR_UNDISCOUNTED,
                Optional.empty()), r.discounting());
        assertEquals(Optional.of(DiscountKind.HEALTH), r.lines().get(0).discountKind());
        assertEquals(Optional.of(WageArea.LONDON), r.lines().get(0).wageArea());
        assertEquals(Optional.of(Bundled.referenceData()), r.reference());
        String written = Formats.VALUATION_REQUEST.toJson(r);
        ProxyTableDigest used = ProxyTableDigest.of(Bundled.proxyTable());
        assertEquals(REQUEST.replace("  \"proxyTable\": \"svtoms-open-proxies\",\n", "  \"proxyTable\": \"svtoms-open-proxies\",\n"
                + "  \"proxyTableUsed\": {\n    \"id\": \"svtoms-open-proxies\",\n    \"edition\": \"" + used.edition()
                + "\",\n    \"sha256\": \"" + used.sha256() + "\"\n  },\n"
                + "  \"referenceUsed\": {\n    \"sha256\": \"" + ReferenceDataDigest.of(Bundled.referenceData()).sha256()
                + "\"\n  },\n"), written);
        assertEquals(r, Formats.VALUATION_REQUEST.parse(written));
        assertEquals(List.of(), Schema.of("svtoms-valuation-request-1").errors(FormatTests.tree(written)));
        // the same line in the commitment lines format
        String record = Formats.COMMITMENT_LINES.toLine(r.lines().get(0));
        assertTrue(record.endsWith(",\"discountKind\":\"health\",\"wageArea\":\"london\"}"), record);
        assertEquals(List.of(), Schema.of("svtoms-commitment-lines-1").errors(FormatTests.tree(record)));
    }

    @Test
    void theHealthScheduleDefaultsToTheGreenBooksWithTheGreenBookAndToNoneOtherwiseAndIsWrittenOnlyWhenNotDefault() {
        String head = "{\"format\": \"svtoms-valuation-request/1\", \"currency\": \"GBP\", \"priceYear\": \"2024\", ";
        String tail = "\"commitments\": []}";
        assertEquals(Discounting.greenBook(), Formats.VALUATION_REQUEST.parse(head + tail).discounting());
        assertEquals(Discounting.greenBook(), Formats.VALUATION_REQUEST.parse(head
                + "\"discounting\": {\"schedule\": \"green-book\"}, " + tail).discounting());
        assertEquals(Discounting.greenBook(), Formats.VALUATION_REQUEST.parse(head
                + "\"discounting\": {\"firstYear\": \"undiscounted\"}, " + tail).discounting());
        assertEquals(Optional.empty(), Formats.VALUATION_REQUEST.parse(head
                + "\"discounting\": {\"schedule\": \"none\"}, " + tail).discounting().health());
        assertEquals(Optional.empty(), Formats.VALUATION_REQUEST.parse(head
                + "\"discounting\": {\"constantRate\": \"0.035\"}, " + tail).discounting().health());
        ValuationRequest chosen = Formats.VALUATION_REQUEST.parse(head
                + "\"discounting\": {\"constantRate\": \"0.035\", \"healthSchedule\": \"green-book-health\"}, " + tail);
        assertEquals(Optional.of(DiscountSchedule.greenBookHealth()), chosen.discounting().health());
        assertEquals(chosen, Formats.VALUATION_REQUEST.parse(Formats.VALUATION_REQUEST.toJson(chosen)));
        assertTrue(Formats.VALUATION_REQUEST.toJson(chosen).contains("\"healthSchedule\": \"green-book-health\""));
        // the default is not written; no default hours either
        String plain = Formats.VALUATION_REQUEST.toJson(Formats.VALUATION_REQUEST.parse(head + tail));
        assertFalse(plain.contains("healthSchedule"), plain);
        assertFalse(plain.contains("hoursPerFte"), plain);
        assertFalse(plain.contains("contractStart"), plain);
        // built in code: green book without its health schedule is written as such and read back equal
        ValuationRequest standardOnly = Bundled.valuationRequest(Money.currency("GBP"), PriceYear.parse("2024"))
                .discounting(Discounting.of(DiscountSchedule.greenBook())).build();
        String json = Formats.VALUATION_REQUEST.toJson(standardOnly);
        assertTrue(json.contains("\"healthSchedule\": \"none\""), json);
        assertEquals(standardOnly, Formats.VALUATION_REQUEST.parse(json));
    }

    @Test
    void badRequestMembersAreReportedWithTheirPositions() {
        // "contractStart": "2026-13-01"
        Problem p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                REQUEST.replace("2026-01-01", "2026-13-01"))));
        positioned(p, "$.contractStart", lineOf(REQUEST, "2026-01-01"), "invalid date '2026-13-01'");
        // "discountKind": "wellbeing"
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                REQUEST.replace("\"discountKind\": \"health\"", "\"discountKind\": \"wellbeing\""))));
        positioned(p, "$.commitments[0].discountKind", lineOf(REQUEST, "\"health\""), "unknown discount kind 'wellbeing'", "standard", "health");
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                REQUEST.replace("\"wageArea\": \"london\"", "\"wageArea\": \"scotland\""))));
        positioned(p, "$.commitments[0].wageArea", lineOf(REQUEST, "\"london\""), "unknown wage area 'scotland'", "uk", "london");
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                REQUEST.replace("\"hoursPerFte\": \"1820\"", "\"hoursPerFte\": \"0\""))));
        positioned(p, "$.hoursPerFte", lineOf(REQUEST, "\"1820\""), "invalid hoursPerFte '0'", "8784");
        p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                REQUEST.replace("\"healthSchedule\": \"none\"", "\"healthSchedule\": \"nice\""))));
        positioned(p, "$.discounting.healthSchedule", lineOf(REQUEST, "\"healthSchedule\""), "unknown health discount schedule 'nice'", "none",
                "green-book-health");
    }

    // ---- a valuation of the bundled carbon proxy, and its report ---------------------------------------------

    @Test
    void aThreeYearCarbonLineIsValuedAtTheCarbonValueOfEachYearOfEmission() {
        ValuationRequest r = Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024",
                 "contractStart": "2026-01-01",
                 "commitments": [{"id": "carbon", "measure": "carbon-saved", "quantity": "10", "duration": 3}]}""");
        Valuation v = ValuationEngine.value(r);
        var line = v.lines().get(0);
        // contract years 1–3 are calendar 2026, 2027, 2028 (start 1 January 2026): DESNZ central 277.22, 281.44,
        // 285.73 per tCO2e in 2022 prices (low 138.61, 140.72, 142.87; high 415.83, 422.17, 428.60); rebased to 2024
        // prices by the deflator's calendar values 102.82 / 93.19 = 1.1033372679…:
        //   277.22 × 1.1033372679 = 305.867157; 281.44 × … = 310.523241; 285.73 × … = 315.256558 per tCO2e.
        // × 10 tCO2e (no deadweight, displacement, attribution or drop-off): 3,058.67, 3,105.23, 3,152.57 a year.
        // Green Book, first year undiscounted, an economic value → the standard schedule: DF 1, 1/1.035, 1/1.035²:
        // PV = 3,058.6716 + 3,105.2324/1.035 + 3,152.5656/1.035² = 3,058.6716 + 3,000.2245 + 2,942.9537
        //    = 9,001.8498 → 9,001.85. Low: 1,529.3358 + 1,552.6162/1.035 + 1,576.3380/1.035² = 4,500.9764 → 4,500.98;
        // high: 4,588.0074 + 4,657.9589/1.035 + 4,728.9035/1.035² = 13,502.9328 → 13,502.93.
        String[] proxies = {"305.867157", "310.523241", "315.256558"};
        String[] values = {"3058.67", "3105.23", "3152.57"};
        for (int k = 0; k < 3; k++) {
            YearValue y = line.reportedYears().get(k);
            assertEquals(new BigDecimal(proxies[k]), y.proxy().amount().setScale(6, RoundingMode.HALF_EVEN), "year " + (k + 1));
            assertEquals(Money.of(values[k], "GBP"), y.value(), "year " + (k + 1));
            assertEquals(LocalDate.of(2026 + k, 1, 1), y.from());
            assertEquals(LocalDate.of(2026 + k, 12, 31), y.to());
            assertFalse(y.projected());
        }
        assertEquals(Money.of("9001.85", "GBP"), line.reported().presentValue());
        assertEquals(DiscountKind.STANDARD, line.discountKind());
        var range = line.presentValueRange().orElseThrow().rounded();
        assertEquals(Money.of("4500.98", "GBP"), range.low());
        assertEquals(Money.of("9001.85", "GBP"), range.central());
        assertEquals(Money.of("13502.93", "GBP"), range.high());

        ValuationReport report = ValuationReport.of(r, v);
        String json = Formats.VALUATION_REPORT.toJson(report);
        assertTrue(json.contains("""
                      "presentValue": "9001.85",
                      "presentValueRange": {
                        "low": "4500.98",
                        "central": "9001.85",
                        "high": "13502.93"
                      },
                      "discountSchedule": "green-book",
                      "discountKind": "standard",
                """), json);
        // year 2: discount year 1 at 3.5 %, the proxy per tCO2e used in 2024 prices, exact (to 20 places)
        assertTrue(json.contains("""
                          "contractYear": 2,
                          "value": "3105.23",
                          "discountFactor": "0.9661835749",
                          "presentValue": "3000.22",
                          "rate": "0.035",
                """), json);
        assertTrue(json.contains("\"proxy\": \"310.5232406910"), json); // 281.44 × 1.1033372679… = 310.52324069…
        assertTrue(json.contains("""
                          "from": "2027-01-01",
                          "to": "2027-12-31"
                """), json);
        assertTrue(json.contains("""
                  "totals": {
                    "gross": "9316.47",
                    "net": "9316.47",
                    "presentValue": "9001.85",
                """), json);
        // totals: gross and net 3,058.6716 + 3,105.2324 + 3,152.5656 = 9,316.4696 → 9,316.47; the one ranged line
        // gives the range of the totals and of its value type
        assertTrue(json.contains("""
                    "presentValueRange": {
                      "low": "4500.98",
                      "central": "9001.85",
                      "high": "13502.93"
                    }
                  },
                """), json);
        assertEquals(Optional.of(range), report.presentValueRange());
        assertEquals(Map.of(ValueType.ECONOMIC, range), report.presentValueRangeByValueType());
        ValuationReport back = Formats.VALUATION_REPORT.parse(json);
        assertEquals(report, back);
        assertEquals(json, Formats.VALUATION_REPORT.toJson(back), "write → read → write is byte-identical");
        assertEquals(List.of(), Schema.of("svtoms-valuation-1").errors(FormatTests.tree(json)));
        sameAsStreamed(report, r, v);
    }

    @Test
    void aWellbyLineTakesTheHealthScheduleAndStatesItsRangeAndAYearOutsideTheSeriesIsProjected() {
        ValuationRequest r = Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024",
                 "contractStart": "2050-01-01",
                 "commitments": [{"id": "w", "measure": "staff-wellbeing-wellbys", "quantity": "2", "duration": 2},
                                 {"id": "c", "measure": "carbon-saved", "quantity": "1", "duration": 2,
                                  "discountKind": "health"}]}""");
        Valuation v = ValuationEngine.value(r);
        ValuationReport report = ValuationReport.of(r, v);
        String json = Formats.VALUATION_REPORT.toJson(report);
        ValuationReport.Line w = report.lines().get(0);
        assertEquals(Optional.of("green-book-health"), w.discountSchedule());
        assertEquals(Optional.of(DiscountKind.HEALTH), w.discountKind());
        assertTrue(w.presentValueRange().isPresent());
        assertFalse(w.projected());
        ValuationReport.Line c = report.lines().get(1);
        assertEquals(Optional.of("green-book-health"), c.discountSchedule(), "the line chose the health schedule");
        // 2051 is beyond the series (2020–2050): 2050's value is held, and the year and the line say so
        assertTrue(c.projected());
        assertFalse(c.years().get(0).projected());
        assertTrue(c.years().get(1).projected());
        // contract year 2 is discount year 1 at the health rate, 1.5 %
        assertEquals(Optional.of(new BigDecimal("0.015")), c.years().get(1).rate());
        assertTrue(json.contains("\"projected\": true"), json);
        assertFalse(json.contains("\"projected\": false"), json);
        ValuationReport back = Formats.VALUATION_REPORT.parse(json);
        assertEquals(report, back);
        assertEquals(json, Formats.VALUATION_REPORT.toJson(back));
        assertEquals(List.of(), Schema.of("svtoms-valuation-1").errors(FormatTests.tree(json)));
        sameAsStreamed(report, r, v);
        // a false flag is not canonical
        Problem p = only(assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REPORT.parse(
                json.replaceFirst("\"projected\": true", "\"projected\": false"))));
        assertTrue(p.message().contains("written only when true"), p.toString());
    }

    /** The streaming writer (lines before totals) writes the same lines, totals and ranges as the canonical one. */
    private static void sameAsStreamed(ValuationReport report, ValuationRequest r, Valuation v) {
        String text = streamed(r, v);
        ValuationReport s = Formats.VALUATION_REPORT.parse(text);
        assertEquals(report.lines(), s.lines(), text);
        assertEquals(report.totals(), s.totals(), text);
        assertEquals(report.presentValueRange(), s.presentValueRange(), text);
        assertEquals(report.presentValueRangeByValueType(), s.presentValueRangeByValueType(), text);
        assertEquals(report, s, text);
    }

    private static String streamed(ValuationRequest r, Valuation v) {
        StringWriter out = new StringWriter();
        try (ValuationReportWriter w = ValuationReportWriter.open(out, r)) {
            v.lines().forEach(w::line);
            v.unvalued().forEach(w::unvalued);
            w.finish(v.summary());
        }
        return out.toString();
    }
}
