package io.github.svtoms.ocds;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.github.svtoms.core.catalogue.ContractCategory.GOODS;
import static io.github.svtoms.core.catalogue.ContractCategory.SERVICES;
import static io.github.svtoms.core.catalogue.ContractCategory.WORKS;
import static io.github.svtoms.core.kpi.BuyerType.CENTRAL_GOVERNMENT;
import static io.github.svtoms.core.kpi.BuyerType.LOCAL_AUTHORITY;
import static io.github.svtoms.core.kpi.BuyerType.NHS;
import static io.github.svtoms.core.kpi.BuyerType.OTHER;
import static io.github.svtoms.ocds.Golden.buyer;
import static io.github.svtoms.ocds.Golden.category;
import static io.github.svtoms.ocds.Golden.criteria;
import static io.github.svtoms.ocds.Golden.criteriaReasons;
import static io.github.svtoms.ocds.Golden.lot;
import static io.github.svtoms.ocds.Golden.noPeriod;
import static io.github.svtoms.ocds.Golden.noValue;
import static io.github.svtoms.ocds.Golden.reasons;
import static io.github.svtoms.ocds.Golden.scheme;
import static io.github.svtoms.ocds.Golden.sectors;
import static io.github.svtoms.ocds.Golden.socialValue;
import static io.github.svtoms.ocds.Golden.usable;
import static io.github.svtoms.ocds.Golden.value;
import static io.github.svtoms.ocds.Golden.years;
import static io.github.svtoms.ocds.Provenance.INFERRED;
import static io.github.svtoms.ocds.Provenance.READ;
import static io.github.svtoms.ocds.ReasonKind.CRITERIA_DIFFER_BETWEEN_LOTS;
import static io.github.svtoms.ocds.ReasonKind.NO_LOT_VALUE;
import static io.github.svtoms.ocds.ReasonKind.NO_PERIOD;
import static io.github.svtoms.ocds.ReasonKind.NO_VALUE;
import static io.github.svtoms.ocds.ReasonKind.WEIGHTS_NOT_100;
import static io.github.svtoms.ocds.ReasonKind.ZERO_VALUE;
import static io.github.svtoms.ocds.SocialValueCheck.Presence.NOT_FOUND;
import static io.github.svtoms.ocds.SocialValueCheck.Presence.NO_CRITERIA;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Seventeen real releases from the shared set (copied to {@code real/}, see its ATTRIBUTION.md), each
 * read by hand first: the expected values below were written from the JSON, not from the reader's
 * output. Years: days ÷ 365.2425 rounded half up (at least 1); a period of whole calendar years is read.
 */
class RealNoticeGoldenTest {
    private static Notice notice(String file) {
        return Golden.notice("real/" + file);
    }

    /**
     * Trivallis (registered social landlord), windows and porches: works; tender.value 8625384.0 GBP; one
     * lot, contractPeriod.durationInDays 2160 (2160 ÷ 365.2425 = 5.91 → 6 years); TED_CA_TYPE description
     * "Registered Social Landlord (RSL)" and COFOG 06 → other; CPV 45421100, 44221100, 45421110: no sector
     * tag; criteria "Quality" "40" and price "60" written as text → 40 / 60.
     */
    @Test
    void trivallisWindows() {
        Notice n = notice("england-WRel11-294.json");
        ContractReading w = n.whole();
        usable(w);
        category(w, WORKS, READ);
        value(w, "GBP 8625384.0", READ);
        years(w, 6, INFERRED, "2160 days");
        buyer(w, OTHER, READ);
        sectors(w);
        criteria(w, Weighting.PERCENTAGES, "QUALITY Quality 40", "PRICE price 60");
        scheme(w, "QUALITY 40", "PRICE 60");
        socialValue(w, NOT_FOUND);
        // no tender period start, no tender publication date: the release date, inferred
        assertEquals(LocalDate.of(2025, 2, 21), w.profile().facts().commencement().orElseThrow().value());
        assertEquals(INFERRED, w.profile().facts().commencement().orElseThrow().provenance());
        ContractReading lot = lot(n, "1");
        usable(lot);
        value(lot, "GBP 8625384.0", READ); // the notice's value, for its only lot
        years(lot, 6, INFERRED, "2160 days");
    }

    /**
     * Bridgend CBC, security: services; 480000.0 GBP; lot period 2025-05-01 to 2027-04-30 = 2 whole years;
     * TED "Regional or local authority" → local authority, read; CPV 79710000 security services →
     * facilities-management; criteria 400 and 600 points (a number above 100 makes them points) →
     * 400 ÷ 1000 = 40 %, 600 ÷ 1000 = 60 %.
     */
    @Test
    void bridgendSecurityInPoints() {
        Notice n = notice("england-WRel67-355.json");
        ContractReading w = n.whole();
        usable(w);
        category(w, SERVICES, READ);
        value(w, "GBP 480000.0", READ);
        years(w, 2, READ, "2025-05-01 to 2027-04-30");
        buyer(w, LOCAL_AUTHORITY, READ);
        sectors(w, "facilities-management");
        criteria(w, Weighting.PERCENTAGES, "QUALITY Method Statement Questions 40", "PRICE price 60");
        assertEquals(WeightKind.POINTS_EXACT, w.criteria().criteria().get(0).weight().orElseThrow().kind());
        scheme(w, "QUALITY 40", "PRICE 60");
        // the lot keeps the notice's main CPV code 79710000 besides its items' 31625000, 31625300, 35121700
        sectors(lot(n, "1"), "facilities-management");
    }

    /**
     * Cyngor Gwynedd, transport: no value anywhere; lot period 2025-04-07 to 2027-03-31 = 724 days =
     * 1.98 → 2 years; one price criterion with no weight → 100 %, inferred.
     */
    @Test
    void gwyneddTransportWithoutValue() {
        Notice n = notice("england-WRel60-348.json");
        ContractReading w = n.whole();
        reasons(w, NO_VALUE);
        assertEquals("$.tender.value", w.profile().reasons().get(0).path());
        category(w, SERVICES, READ);
        years(w, 2, INFERRED, "2025-04-07 to 2027-03-31");
        buyer(w, LOCAL_AUTHORITY, READ);
        sectors(w);
        criteria(w, Weighting.PERCENTAGES, "PRICE price 100");
        assertEquals(INFERRED, w.criteria().criteria().get(0).weight().orElseThrow().provenance());
        reasons(lot(n, "1"), NO_VALUE);
    }

    /**
     * LHC for the Welsh Procurement Alliance, 8 lots: 50000000.0 GBP for the whole; every lot
     * durationInDays 1440 (3.94 → 4 years), the same in all 8, so the notice's period is inferred; lots
     * have no value of their own; each lot: "General Technical Capability" 50% and price "0%" or "0" →
     * 50 %, not 100; TED "Body governed by public law" without a health COFOG → other, inferred; CPV
     * 50720000 (central heating repair, under 50700000) → facilities-management.
     */
    @Test
    void lhcFrameworkWeightsAddUpTo50() {
        Notice n = notice("england-WRel49-335.json");
        ContractReading w = n.whole();
        usable(w);
        value(w, "GBP 50000000.0", READ);
        years(w, 4, INFERRED, "1440 days");
        buyer(w, OTHER, INFERRED);
        sectors(w, "facilities-management");
        criteria(w, Weighting.INCOMPLETE, "QUALITY General Technical Capability 50", "PRICE price 0");
        criteriaReasons(w, WEIGHTS_NOT_100, "they add up to 50 %");
        assertEquals(INFERRED, w.criteria().provenance()); // "0%" in some lots and "0" in others mean the same
        assertEquals(8, n.lots().size());
        for (ContractReading lot : n.lots()) {
            reasons(lot, NO_LOT_VALUE);
            criteriaReasons(lot, WEIGHTS_NOT_100, "they add up to 50 %");
        }
    }

    /**
     * Warwickshire CC, award: the award's value is 0 and the tender has none → zero value; award period
     * 2025-04-01 to 2028-03-31 = 3 whole years; no classification, name "… County Council" → local
     * authority, inferred; CPV 85323000, 85322000, 85300000 → social-care, 85000000 → health and
     * social-care, 85100000 → health; suitable for SMEs and VCSEs.
     */
    @Test
    void warwickshireAwardOfZero() {
        ContractReading w = notice("england-Release146-53.json").whole();
        reasons(w, ZERO_VALUE);
        assertEquals("$.awards[0].value.amount", w.profile().reasons().get(0).path());
        category(w, SERVICES, READ);
        years(w, 3, READ, "2025-04-01 to 2028-03-31");
        buyer(w, LOCAL_AUTHORITY, INFERRED);
        sectors(w, "social-care", "health");
        assertEquals(new Suitability(Optional.of(true), Optional.of(true), "$.tender.suitability"),
                w.profile().facts().suitability());
        socialValue(w, NO_CRITERIA);
    }

    /**
     * City of Doncaster Council, award: the tender's period (2025-02-02 to 2025-02-03) gives way to the
     * award's 2025-04-01 to 2026-03-31 = 1 whole year; the award's value 39000 GBP.
     */
    @Test
    void doncasterAwardPeriodOverTender() {
        ContractReading w = notice("england-Release123-28.json").whole();
        usable(w);
        value(w, "GBP 39000", READ);
        years(w, 1, READ, "2025-04-01 to 2026-03-31");
        buyer(w, LOCAL_AUTHORITY, INFERRED);
        sectors(w); // 48000000, 72212931, 79632000, 80000000, 80500000: none in the table
    }

    /**
     * NHS England, award without mainProcurementCategory: CPV 80000000 (division 80 ≥ 50) → services,
     * inferred; award value 83180 GBP; 2025-03-07 to 2025-03-31 = 25 days → 0.07 → at least 1 year;
     * name "NHS England" → NHS, inferred.
     */
    @Test
    void nhsEnglandCategoryFromCpv() {
        ContractReading w = notice("england-Release126-31.json").whole();
        usable(w);
        category(w, SERVICES, INFERRED);
        value(w, "GBP 83180", READ);
        years(w, 1, INFERRED, "2025-03-07 to 2025-03-31");
        buyer(w, NHS, INFERRED);
    }

    /**
     * Barton Stacey Primary School, catering: no value; 2025-09-01 to 2028-08-31 = 3 whole years; CPV
     * 55524000 (school catering, under 55500000) → catering; the school's name says nothing → other,
     * inferred; commencement from tender.datePublished 2025-01-23.
     */
    @Test
    void schoolCateringWithoutValue() {
        ContractReading w = notice("england-Release10-2.json").whole();
        reasons(w, NO_VALUE);
        noValue(w);
        years(w, 3, READ, "2025-09-01 to 2028-08-31");
        sectors(w, "catering");
        buyer(w, OTHER, INFERRED);
        assertEquals(LocalDate.of(2025, 1, 23), w.profile().facts().commencement().orElseThrow().value());
    }

    /**
     * North Northamptonshire Council, planning notice: no category (CPV 85000000 → services, inferred),
     * no value, no period; 85000000 → health, social-care.
     */
    @Test
    void planningNoticeWithNothingToSize() {
        ContractReading w = notice("england-Release172-82.json").whole();
        reasons(w, NO_VALUE, NO_PERIOD);
        category(w, SERVICES, INFERRED);
        noPeriod(w);
        sectors(w, "health", "social-care");
        buyer(w, LOCAL_AUTHORITY, INFERRED);
    }

    /**
     * Renfrewshire Council, IT: no value; lot 2019-07-01 to 2022-06-30 = 3 whole years; criteria
     * "Methodology and approach" 20 and price 45 → 65 % (the notice lists only part of its criteria).
     */
    @Test
    void renfrewshireCriteriaAddUpTo65() {
        ContractReading w = notice("scotland-SRel31-225.json").whole();
        reasons(w, NO_VALUE);
        years(w, 3, READ, "2019-07-01 to 2022-06-30");
        buyer(w, LOCAL_AUTHORITY, READ);
        criteria(w, Weighting.INCOMPLETE, "QUALITY Methodology and approach 20", "PRICE price 45");
        criteriaReasons(w, WEIGHTS_NOT_100, "they add up to 65 %");
    }

    /**
     * North Ayrshire Council, social care: 900000.0 GBP; durationInDays 1080 → 2.96 → 3 years; CPV
     * 85300000 → social-care, item 85000000 → health; "Workforce" 17.5 and price 30 → 47.5 %.
     */
    @Test
    void northAyrshireSocialCare() {
        ContractReading w = notice("scotland-SRel78-276.json").whole();
        usable(w);
        value(w, "GBP 900000.0", READ);
        years(w, 3, INFERRED, "1080 days");
        sectors(w, "social-care", "health");
        criteria(w, Weighting.INCOMPLETE, "QUALITY Workforce 17.5", "PRICE price 30");
        criteriaReasons(w, WEIGHTS_NOT_100, "they add up to 47.5 %");
    }

    /**
     * Argyll and the Isles Coast and Countryside Trust: the tender value is 114000.0 EUR but the lot's
     * 114000.0 GBP — each read as published; 2019-09-01 to 2021-09-30 = 761 days = 2.08 → 2 years;
     * TED "Charity" → other, read; CPV 77211300 none, item 77300000 → grounds-maintenance; 80 / 20.
     */
    @Test
    void argyllTrustCurrencyAsPublished() {
        Notice n = notice("scotland-SRel19-211.json");
        ContractReading w = n.whole();
        usable(w);
        value(w, "EUR 114000.0", READ);
        value(lot(n, "1"), "GBP 114000.0", READ);
        years(w, 2, INFERRED, "2019-09-01 to 2021-09-30");
        buyer(w, OTHER, READ);
        sectors(w, "grounds-maintenance");
        criteria(w, Weighting.PERCENTAGES, "QUALITY Methodology 80", "PRICE price 20");
    }

    /**
     * NHS Lothian, medical goods: TED "Body governed by public law" with COFOG 07 Health → NHS, inferred;
     * goods; 200000.0 GBP; 720 days → 1.97 → 2 years; CPV 33150000, 33151000, 33111000 → health;
     * quality 40 and cost 30 → 70 %.
     */
    @Test
    void nhsLothianGoods() {
        ContractReading w = notice("scotland-SRel69-266.json").whole();
        usable(w);
        category(w, GOODS, READ);
        value(w, "GBP 200000.0", READ);
        years(w, 2, INFERRED, "720 days");
        buyer(w, NHS, INFERRED);
        sectors(w, "health");
        criteria(w, Weighting.INCOMPLETE, "QUALITY NHS Requirement (Technical & Warranty) 40", "PRICE Cost 30");
        criteriaReasons(w, WEIGHTS_NOT_100, "they add up to 70 %");
    }

    /**
     * City of Edinburgh Council, 16 lots of works, each with its own value (lot 15: 28000000.0 GBP); all
     * 1440 days → 4 years; "Quality" 40 and "Cost"/"cost" 60 in every lot → the same for the notice,
     * inferred; lot 4's CPV 45211000 → housing.
     */
    @Test
    void edinburghSixteenLots() {
        Notice n = notice("scotland-SRel67-264.json");
        ContractReading w = n.whole();
        usable(w);
        category(w, WORKS, READ);
        value(w, "GBP 130000000.0", READ);
        years(w, 4, INFERRED, "1440 days");
        buyer(w, LOCAL_AUTHORITY, READ);
        criteria(w, Weighting.PERCENTAGES, "QUALITY Quality 40", "PRICE Cost 60");
        assertEquals(INFERRED, w.criteria().provenance());
        assertEquals(16, n.lots().size());
        n.lots().forEach(Golden::usable);
        value(lot(n, "15"), "GBP 28000000.0", READ);
        sectors(lot(n, "15"));
        sectors(lot(n, "4"), "housing");
    }

    /**
     * Williamsburgh Housing Association: TED "Housing Association" → other, read; 9500000.0 GBP, lot 2
     * 4000000.0 GBP; 720 days → 2 years in both lots; "30%" / "70%" and "30%" / "70" → 30 / 70 for the
     * notice; CPV 45211300 → housing.
     */
    @Test
    void williamsburghHousing() {
        Notice n = notice("scotland-SRel84-283.json");
        ContractReading w = n.whole();
        usable(w);
        buyer(w, OTHER, READ);
        sectors(w, "housing");
        years(w, 2, INFERRED, "720 days");
        criteria(w, Weighting.PERCENTAGES, "QUALITY Quality Questionnaire including drawings 30", "PRICE price 70");
        value(lot(n, "2"), "GBP 4000000.0", READ);
    }

    /**
     * Scotland Excel, cycle training DPS, 32 lots: ranges "15-40%" / "60-85%" → middles 27.5 + 72.5 = 100
     * in 31 lots; one lot says "14-40%" → 27 + 72.5 = 99.5; so the notice's criteria vary by lot.
     */
    @Test
    void scotlandExcelRanges() {
        Notice n = notice("scotland-SRel33-227.json");
        ContractReading w = n.whole();
        usable(w);
        value(w, "GBP 1200000.0", READ);
        years(w, 4, INFERRED, "1440 days");
        assertEquals(Weighting.VARIES_BY_LOT, w.criteria().weighting());
        criteriaReasons(w, CRITERIA_DIFFER_BETWEEN_LOTS, "32 of 32 lots have criteria, not all the same: see each lot");
        socialValue(w, NOT_FOUND);
        ContractReading five = lot(n, "5");
        reasons(five, NO_LOT_VALUE);
        criteria(five, Weighting.PERCENTAGES, "QUALITY Technical 27.5", "PRICE Price 72.5");
        assertEquals(WeightKind.PERCENTAGE_RANGE_MIDDLE, five.criteria().criteria().get(0).weight().orElseThrow().kind());
        long odd = n.lots().stream().filter(l -> l.criteria().weighting() == Weighting.INCOMPLETE).count();
        assertEquals(1, odd);
        ContractReading oddLot = n.lots().stream().filter(l -> l.criteria().weighting() == Weighting.INCOMPLETE)
                .findFirst().orElseThrow();
        criteriaReasons(oddLot, WEIGHTS_NOT_100, "they add up to 99.5 %");
    }

    /**
     * Registers of Scotland: TED "Ministry …", "National or federal agency/office" and "Body governed by
     * public law" → central government, read; 150000.0 GBP; 720 days → 2 years; 70 / 30.
     */
    @Test
    void registersOfScotland() {
        ContractReading w = notice("scotland-SRel21-214.json").whole();
        usable(w);
        buyer(w, CENTRAL_GOVERNMENT, READ);
        value(w, "GBP 150000.0", READ);
        years(w, 2, INFERRED, "720 days");
        criteria(w, Weighting.PERCENTAGES, "QUALITY Quality 70", "PRICE price 30");
        scheme(w, "QUALITY 70", "PRICE 30");
    }
}
