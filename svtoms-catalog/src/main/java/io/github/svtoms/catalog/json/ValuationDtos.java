package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.ProxyDtos.IndexDto;
import io.github.svtoms.catalog.json.ProxyDtos.ProvenanceDto;

import java.util.List;
import java.util.Map;

/**
 * The package-private DTO records of {@code svtoms-valuation-request/1} and {@code svtoms-valuation/1},
 * exactly as the files hold them; absent members are {@code null}. Maps keep file order.
 *
 * <p>Immutable records, never exposed.
 */
final class ValuationDtos {
    private ValuationDtos() {
    }

    record RequestDocument(ReportDetailsDto report, String currency, String priceYear, ContractDto contract,
                           String contractStart, String hoursPerFte,
                           RequestDiscountingDto discounting, IndexDto priceIndex, String proxyTable,
                           ProxyTableUsedDto proxyTableUsed, ReferenceUsedDto referenceUsed, List<CommitmentDto> commitments) {
        static final RequestDocument EMPTY = new RequestDocument(null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    record ReportDetailsDto(String title, String buyer, String supplier, String contract, String date) {
    }

    record ProxyTableUsedDto(String id, String edition, String sha256) {
    }

    record ReferenceUsedDto(String sha256) {
    }

    record ContractDto(String value, Integer years) {
    }

    record DiscountingDto(String schedule, String constantRate, String firstYear, String healthSchedule) {
    }

    /** The discounting of a request: that of a report and the health schedule. */
    record RequestDiscountingDto(String schedule, String constantRate, String firstYear, String healthSchedule) {
    }

    record CommitmentDto(String id, String measure, String quantity, Integer startYear, Integer duration,
                         String deadweight, String displacement, String attribution, String dropOff, InlineProxyDto proxy,
                         String evidence, String countedSeparately, String discountKind, String wageArea) {
    }

    record InlineProxyDto(String amount, String priceYear, String valueType, String defaultDeadweight,
                          ProvenanceDto provenance, String notes) {
    }

    record ReportDocument(String currency, String priceYear, DiscountingDto discounting, ProxyTableUsedDto proxyTableUsed,
                          TotalsDto totals,
                          String percentOfContract, String percentOfContractRoundingAdjustment, List<LineDto> lines,
                          List<MeasureShareDto> byMeasure, List<OutcomeShareDto> byOutcome, List<ThemeShareDto> byTheme,
                          Map<String, AdjustmentDto> roundingAdjustments, List<UnvaluedDto> unvalued,
                          List<DoubleCountedDto> doubleCounted, List<WarningDto> warnings) {
        static final ReportDocument EMPTY = new ReportDocument(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    record DoubleCountedDto(String line, String measure, String countedUnder, String reason) {
    }

    record YearsAdjustmentDto(String value, String presentValue) {
    }

    record FiguresDto(String gross, String net, String presentValue) {
    }

    /** A list's rounding adjustment: its figures in all and its non-zero parts per value type id (omitted when none). */
    record AdjustmentDto(String gross, String net, String presentValue, Map<String, FiguresDto> byValueType) {
    }

    /** The totals, all value types together, and per value type id. */
    record TotalsDto(String gross, String net, String presentValue, Map<String, TypeTotalsDto> byValueType,
                     FiguresDto roundingAdjustment,
                     RangeDto presentValueRange) {
    }

    /** Present values at the low, central and high estimates. */
    record RangeDto(String low, String central, String high) {
    }

    /** One value type's totals and its share of the contract value. */
    record TypeTotalsDto(String gross, String net, String presentValue, String percentOfContract,
                         RangeDto presentValueRange) {
    }

    record LineDto(String id, String measure, String theme, String quantity, String unit, String gross, String net,
                   String presentValue, RangeDto presentValueRange, String countedSeparately, String discountSchedule,
                   String discountKind, Boolean projected, ProxyUsedDto proxy, List<YearDto> years,
                   YearsAdjustmentDto yearsRoundingAdjustment, List<StepDto> derivation) {
    }

    record ProxyUsedDto(String amount, String priceYear, String valueType, String source, String publisher,
                        String edition, String url, String licence, String evidence, String reference, String readIn) {
    }

    record YearDto(Integer contractYear, String value, String discountFactor, String presentValue, String rate,
                   String proxy, String from, String to, Boolean projected) {
    }

    record StepDto(String kind, String text, Map<String, String> inputs, String result) {
    }

    record MeasureShareDto(String measure, String gross, String net, String presentValue,
                           Map<String, FiguresDto> byValueType, FiguresDto roundingAdjustment) {
    }

    record OutcomeShareDto(String outcome, String gross, String net, String presentValue,
                           Map<String, FiguresDto> byValueType, FiguresDto roundingAdjustment,
                           AdjustmentDto partsRoundingAdjustment) {
    }

    record ThemeShareDto(String theme, String gross, String net, String presentValue,
                           Map<String, FiguresDto> byValueType, FiguresDto roundingAdjustment,
                           AdjustmentDto partsRoundingAdjustment) {
    }

    record UnvaluedDto(String line, String measure, String quantity, String unit, String reason) {
    }

    record WarningDto(String kind, List<String> measures, String message) {
    }
}
