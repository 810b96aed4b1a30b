package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.FormatTests;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight threads share one default catalogue, proxy table, KPI selector and valuation engine for 100,000
 * mixed operations (lookups, KPI selections, valuations, seeded). Every result must equal the result of
 * the same operation in a single-threaded run (each distinct operation of the mix run once beforehand on
 * the test thread), and no operation may throw.
 */
class ConcurrencyTest {
    private static final int OPERATIONS = 100_000;
    private static final int THREADS = 8;
    private static final Currency GBP = Currency.getInstance("GBP");

    /** What a valuation produced, compared by value (Valuation and LineValuation have identity equality). */
    record ValuationResult(Object summary, List<Object> lines, Object unvalued, Object byMeasure, Object byOutcome,
            Object byTheme, Object warnings, Object percent) {
        static ValuationResult of(Valuation v) {
            List<Object> lines = new ArrayList<>();
            for (LineValuation l : v.lines()) {
                lines.add(List.of(l.id(), l.line(), l.proxy(), l.proxyInPriceYear(), l.rebasingRatio(), l.deadweight(),
                        l.adjustmentFactor(), l.firstYearNet(), l.exact(), l.reported(), l.years(), l.reportedYears(),
                        l.derivation()));
            }
            return new ValuationResult(v.summary(), lines, v.unvalued(), v.byMeasure(), v.byOutcome(), v.byTheme(),
                    v.warnings(), v.percentOfContract());
        }
    }

    private final Catalogue catalogue = Bundled.catalogue();
    private final ProxyTable proxies = Bundled.proxyTable();
    private final KpiSelector selector = new KpiSelector(catalogue);
    private final List<MeasureId> measureIds = catalogue.measures().stream().map(Measure::id).toList();
    private final List<MeasureId> valued = List.copyOf(proxies.entries().keySet());
    private final List<MeasureId> unvalued = measureIds.stream().filter(m -> !valued.contains(m)).toList();
    private final List<ContractProfile> profiles = profiles();
    private final List<List<CommitmentLine>> lineSets = lineSets();
    private final ValuationEngine engine = ValuationEngine.of(ValuationRequest.builder(GBP, PriceYear.parse("2024-25"), catalogue)
            .contract(new Contract(Money.of("2500000.00", "GBP"), 5))
            .discounting(Discounting.greenBook())
            .priceIndex(Bundled.priceIndex())
            .proxyTable(proxies)
            .reference(Bundled.referenceData()) // the series the carbon and living wage proxies follow
            .build());

    private List<ContractProfile> profiles() {
        Random random = new Random(20250101L);
        List<ContractProfile> out = new ArrayList<>();
        List<Framework> frameworks = catalogue.frameworks();
        for (int i = 0; i < 40; i++) {
            Framework f = frameworks.get(random.nextInt(frameworks.size()));
            out.add(ContractProfile.builder()
                    .framework(f.id())
                    .value(Money.of(BigDecimal.valueOf(50_000L + random.nextInt(20_000_000)), GBP))
                    .years(1 + random.nextInt(7))
                    .category(ContractCategory.values()[random.nextInt(ContractCategory.values().length)])
                    .buyer(BuyerType.values()[random.nextInt(BuyerType.values().length)])
                    .build());
        }
        return out;
    }

    private List<List<CommitmentLine>> lineSets() {
        Random random = new Random(42L);
        List<List<CommitmentLine>> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<CommitmentLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int j = 0; j < count; j++) {
                // one line in ten names a measure without a proxy, which must be reported as unvalued
                MeasureId measure = random.nextInt(10) == 0 ? unvalued.get(random.nextInt(unvalued.size()))
                        : valued.get(random.nextInt(valued.size()));
                // a measure counted in the first year only (hires) must not run for longer
                int duration = catalogue.requireMeasure(measure).firstYearOnly() ? 1 : 1 + random.nextInt(3);
                lines.add(CommitmentLine.builder("l" + j, measure, BigDecimal.valueOf(1 + random.nextInt(5000), 2))
                        .startYear(1 + random.nextInt(3)).duration(duration)
                        .displacement(BigDecimal.valueOf(random.nextInt(50), 2))
                        .attribution(BigDecimal.valueOf(random.nextInt(50), 2))
                        .dropOff(BigDecimal.valueOf(random.nextInt(40), 2))
                        .build());
            }
            out.add(List.copyOf(lines));
        }
        return out;
    }

    /** One operation: its kind and which measure, framework, profile or line set it uses. */
    record Operation(int kind, int index) {
    }

    /** Operation {@code i} of the seeded mix: 70 % lookups, 15 % KPI selections, 15 % valuations. */
    private Operation operation(int i) {
        Random random = new Random(i * 7919L);
        int roll = random.nextInt(20);
        if (roll < 7) {
            return new Operation(0, random.nextInt(measureIds.size()));
        } else if (roll < 14) {
            return new Operation(1, random.nextInt(catalogue.frameworks().size()));
        } else if (roll < 17) {
            return new Operation(2, random.nextInt(profiles.size()));
        }
        return new Operation(3, random.nextInt(lineSets.size()));
    }

    private Object run(Operation op) {
        return switch (op.kind()) {
            case 0 -> {
                MeasureId id = measureIds.get(op.index());
                yield List.of(catalogue.measure(id), catalogue.outcomeOf(id), catalogue.themeOf(id), proxies.proxyFor(id));
            }
            case 1 -> {
                Framework f = catalogue.frameworks().get(op.index());
                yield List.of(catalogue.themesOf(f.id()), catalogue.measuresOfFramework(f.id()));
            }
            case 2 -> selector.select(profiles.get(op.index()));
            default -> ValuationResult.of(engine.value(lineSets.get(op.index())));
        };
    }

    @Test
    void eightThreadsSharingTheDefaultsGetTheSingleThreadedResults() throws Exception {
        // the single-threaded run: every distinct operation of the mix, once, on this thread
        Map<Operation, Object> expected = new HashMap<>();
        for (int i = 0; i < OPERATIONS; i++) {
            expected.computeIfAbsent(operation(i), this::run);
        }
        Object[] actual = new Object[OPERATIONS];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    int count = 0;
                    // interleaved: thread t runs operations t, t + 8, t + 16, ... so that all kinds run at once
                    for (int i = thread; i < OPERATIONS; i += THREADS) {
                        actual[i] = run(operation(i));
                        count++;
                    }
                    return count;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(10, TimeUnit.MINUTES); // rethrows any exception an operation threw
            }
            assertEquals(OPERATIONS, total);
        } finally {
            pool.shutdownNow();
        }
        int selections = 0;
        int valuations = 0;
        for (int i = 0; i < OPERATIONS; i++) {
            Operation op = operation(i);
            assertEquals(expected.get(op), actual[i], "operation " + i + " " + op);
            selections += op.kind() == 2 ? 1 : 0;
            valuations += op.kind() == 3 ? 1 : 0;
        }
        // the seeded mix exercises every kind of operation many times, over every input
        assertTrue(selections > 12_000, "selections " + selections);
        assertTrue(valuations > 12_000, "valuations " + valuations);
        assertEquals(measureIds.size() + catalogue.frameworks().size() + profiles.size() + lineSets.size(), expected.size());
        assertSame(catalogue, Bundled.catalogue());
        assertSame(proxies, Bundled.proxyTable());
    }

    @Test
    void theFormatConstantsReadAndWriteOnEightThreadsAtOnce() throws Exception {
        // every example file, read and written again by the shared format constants, 50 times per thread
        List<java.nio.file.Path> files = List.of("elft-soft-fm.json", "kpi-kent.json", "brighton-hove-dv-evaluation.json",
                "elft-soft-fm-monitoring.json", "nhs-london-portfolio.json", "salford-lm3.json").stream()
                .map(FormatTests::example).toList();
        Map<java.nio.file.Path, String> expected = new HashMap<>();
        files.forEach(f -> expected.put(f, roundTrip(f)));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    int count = 0;
                    for (int i = 0; i < 50; i++) {
                        for (java.nio.file.Path f : files) {
                            assertEquals(expected.get(f), roundTrip(f), f.toString());
                            count++;
                        }
                    }
                    return count;
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                assertEquals(50 * files.size(), f.get(10, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Detects a file's format, reads it and writes it again. */
    private static String roundTrip(java.nio.file.Path file) {
        @SuppressWarnings("unchecked")
        Format<Object> format = (Format<Object>) Formats.detect(file);
        return format.toJson(format.read(file));
    }

    @Test
    void theWorkloadIsNotTrivial() {
        // guard against a mix where every valuation is empty or every selection selects nothing
        long valuedLines = lineSets.stream().map(engine::value).mapToLong(v -> v.lines().size()).sum();
        long unvaluedLines = lineSets.stream().map(engine::value).mapToLong(v -> v.unvalued().size()).sum();
        assertTrue(valuedLines > 50, "valued lines " + valuedLines);
        assertTrue(unvaluedLines > 0, "unvalued lines " + unvaluedLines);
        assertFalse(profiles.stream().map(selector::select).allMatch(s -> s.kpis().isEmpty()));
    }
}
