package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.Overlays;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.CatalogueValidationException;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.evaluation.Bid;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.evaluation.SocialValueMarks;
import io.github.svtoms.core.evaluation.TenderEvaluation;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.Commitment;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.VerificationLevel;
import io.github.svtoms.core.portfolio.ContractId;
import io.github.svtoms.core.portfolio.Portfolio;
import io.github.svtoms.core.portfolio.PortfolioContract;
import io.github.svtoms.core.portfolio.PortfolioTargets;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.calc.LivingWageUplift;
import io.github.svtoms.proxies.calc.Lm3;
import io.github.svtoms.proxies.calc.Sroi;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.LargestRemainder;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reflective checks over every public class of svtoms-core, svtoms-proxies and svtoms-catalog's exported
 * package (found by scanning their compiled classes directory or jar): every instance field is final (except in the builders and
 * accumulators listed in {@link #MUTABLE_BY_DESIGN}, each documented as not thread-safe), no public method
 * is a setter, and every collection or array a public no-argument method returns from a real object graph
 * (the default catalogue, proxies and reference data, a KPI selection, a valuation, a tender evaluation, a
 * monitoring result, a portfolio report and the calculators) refuses mutation.
 */
class ImmutabilityTest {
    /** Classes allowed non-final instance fields, with the reason; each says "not thread-safe" in its Javadoc. */
    static final Map<String, String> MUTABLE_BY_DESIGN = Map.ofEntries(
            Map.entry("io.github.svtoms.core.catalogue.Catalogue$Builder", "builder: collects parts, then build()"),
            Map.entry("io.github.svtoms.core.catalogue.Measure$Builder", "builder: collects parts, then build()"),
            Map.entry("io.github.svtoms.core.kpi.ContractProfile$Builder", "builder: collects parts, then build()"),
            Map.entry("io.github.svtoms.proxies.ProxyTable$Builder", "builder: collects entries, then build()"),
            Map.entry("io.github.svtoms.proxies.PriceIndex$Builder", "builder: collects values, then build()"),
            Map.entry("io.github.svtoms.proxies.valuation.CommitmentLine$Builder", "builder: collects parts, then build()"),
            Map.entry("io.github.svtoms.proxies.valuation.ValuationRequest$Builder", "builder: collects parts, then build()"),
            Map.entry("io.github.svtoms.proxies.valuation.ValuationAccumulator",
                    "streaming accumulator: one per thread, documented as mutable and not thread-safe"),
            Map.entry("io.github.svtoms.catalog.LineReader",
                    "streaming reader of a line-oriented file: one per stream and thread, documented as mutable and not "
                            + "thread-safe"));

    static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> anchor : List.of(Money.class, ProxyTable.class, Formats.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).forEach(names::add);
                }
            }
            for (String name : names) {
                if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                    continue;
                }
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                        anchor.getClassLoader());
                if (isPublicApi(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isPublicApi(Class<?> c) {
        if (c.getPackageName().equals("io.github.svtoms.catalog.json")) {
            return false; // not exported: the codecs, whose reading state is confined to one read
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theScanFindsBothModules() throws Exception {
        List<Class<?>> classes = publicClasses();
        Set<String> names = new TreeSet<>();
        classes.forEach(c -> names.add(c.getName()));
        assertTrue(names.contains("io.github.svtoms.core.catalogue.Catalogue"), names.toString());
        assertTrue(names.contains("io.github.svtoms.proxies.valuation.ValuationEngine"), names.toString());
        assertTrue(names.contains("io.github.svtoms.catalog.Format"), names.toString());
        assertTrue(names.contains("io.github.svtoms.catalog.ReadContext"), names.toString());
        assertTrue(classes.size() > 100, "only " + classes.size() + " public classes");
        assertTrue(names.containsAll(MUTABLE_BY_DESIGN.keySet()), "stale exemption: " + MUTABLE_BY_DESIGN.keySet());
    }

    @Test
    void everyInstanceFieldIsFinalOutsideTheListedBuilders() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            if (MUTABLE_BY_DESIGN.containsKey(c.getName())) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()) && !f.isSynthetic()) {
                    offenders.add(c.getName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void noPublicSetters() throws Exception {
        List<String> setters = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getName().matches("set[A-Z].*")) {
                    setters.add(c.getName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), setters);
    }

    @Test
    void everyCollectionAPublicGetterReturnsRefusesMutation() throws Exception {
        Set<String> api = new TreeSet<>();
        publicClasses().forEach(c -> api.add(c.getName()));
        Walk walk = new Walk(api);
        roots().forEach(walk::visit);
        assertEquals(List.of(), walk.mutable);
        assertTrue(walk.collectionsChecked > 500, "checked only " + walk.collectionsChecked + " collections");
        // every public class with a getter returning a collection was reached with a real instance
        Set<String> unreached = new TreeSet<>();
        for (Class<?> c : publicClasses()) {
            if (MUTABLE_BY_DESIGN.containsKey(c.getName()) || c.isInterface() || c.getName().endsWith("$Builder")) {
                continue;
            }
            boolean hasCollectionGetter = Stream.of(c.getDeclaredMethods()).anyMatch(m -> Modifier.isPublic(m.getModifiers())
                    && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && (Collection.class.isAssignableFrom(m.getReturnType()) || Map.class.isAssignableFrom(m.getReturnType())
                    || m.getReturnType().isArray()));
            if (hasCollectionGetter && !walk.reachedClasses.contains(c.getName())) {
                unreached.add(c.getName());
            }
        }
        assertEquals(Set.of(), unreached);
    }

    @Test
    void collectionsReturnedByStaticMethodsRefuseMutation() {
        List<BigDecimal> allocated = LargestRemainder.allocate(List.of(new BigDecimal("1.005"), new BigDecimal("2.005")), 2);
        assertRefusesMutation(allocated);
        assertRefusesMutation(LargestRemainder.allocateMoney(List.of(Money.of("1.005", "GBP"), Money.of("2.005", "GBP")),
                Currency.getInstance("GBP")));
        assertRefusesMutation(Bundled.FRAMEWORKS);
    }

    private static void assertRefusesMutation(Collection<?> c) {
        Object sample = c.isEmpty() ? null : c.iterator().next();
        assertTrue(refusesAdd(c, sample), "mutable: " + c.getClass());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean refusesAdd(Collection c, Object sample) {
        try {
            c.add(sample);
            return false;
        } catch (UnsupportedOperationException expected) {
            return true;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean refusesPut(Map m) {
        Map.Entry<?, ?> e = m.isEmpty() ? null : (Map.Entry<?, ?>) m.entrySet().iterator().next();
        try {
            m.put(e == null ? null : e.getKey(), e == null ? null : e.getValue());
            return false;
        } catch (UnsupportedOperationException expected) {
            return true;
        }
    }

    /** Real instances of the public API, from which the walk reaches the rest. */
    static List<Object> roots() {
        Catalogue catalogue = Bundled.catalogue();
        ProxyTable proxies = Bundled.proxyTable();
        ReferenceData reference = Bundled.referenceData();
        PriceIndex deflator = Bundled.priceIndex();
        List<Object> roots = new ArrayList<>(List.of(catalogue, proxies, reference));
        KpiSelector selector = new KpiSelector(catalogue);
        roots.add(selector);
        for (String framework : List.of("kent", "nhs-2022", "uk-svm-2020", "svtoms-open")) {
            roots.add(selector.select(ContractProfile.builder().framework(FrameworkId.of(framework))
                    .value(Money.of("1000000.00", "GBP")).years(3).category(ContractCategory.SERVICES)
                    .buyer(BuyerType.LOCAL_AUTHORITY).sectors("care").build()));
        }
        ValuationRequest request = ValuationRequest.builder(Currency.getInstance("GBP"), PriceYear.parse("2024-25"), catalogue)
                .contract(new Contract(Money.of("1200000.00", "GBP"), 3)).discounting(Discounting.greenBook())
                .priceIndex(deflator).proxyTable(proxies).reference(Bundled.referenceData())
                .line(CommitmentLine.builder("a", MeasureId.of("local-employment"), new BigDecimal("10")).duration(3).build())
                .line(CommitmentLine.builder("b", MeasureId.of("neet-hires"), new BigDecimal("2")).build())
                .line(CommitmentLine.builder("c", MeasureId.of("carbon-saved"), new BigDecimal("12.5")).duration(2).build())
                .line(CommitmentLine.builder("d", MeasureId.of("local-employment"), new BigDecimal("1")).build())
                // local supplier spend and SME spend share an exclusive group: the valuation warns
                .line(CommitmentLine.builder("e", MeasureId.of("local-supplier-spend"), new BigDecimal("1000")).build())
                .line(CommitmentLine.builder("f", MeasureId.of("sme-spend"), new BigDecimal("1000")).build())
                .build();
        ValuationEngine engine = ValuationEngine.of(request);
        Valuation valuation = engine.value();
        roots.addAll(List.of(request, engine, valuation, valuation.summary()));
        // KPIs to lines and to monitored commitments; a request whose lines break rules
        io.github.svtoms.core.kpi.KpiSelection kent = selector.select(ContractProfile.builder().framework(FrameworkId.of("kent"))
                .value(Money.of("2400000.00", "GBP")).years(3).category(ContractCategory.SERVICES)
                .buyer(BuyerType.LOCAL_AUTHORITY).sectors("social-care").build());
        roots.add(io.github.svtoms.proxies.valuation.KpiLines.of(kent, catalogue));
        roots.add(io.github.svtoms.core.monitoring.KpiCommitments.of(kent, LocalDate.of(2024, 4, 1)));
        try {
            ValuationEngine.value(request.withLines(List.of(CommitmentLine.of("x", MeasureId.of("nt99"), BigDecimal.ONE),
                    CommitmentLine.builder("y", MeasureId.of("neet-hires"), BigDecimal.ONE).duration(2).build())));
        } catch (io.github.svtoms.proxies.valuation.LineRejectedException e) {
            roots.add(e);
        }
        roots.add(Sroi.of(valuation.totals().presentValue(), Money.of("50000", "GBP"), Money.of("54000", "GBP")));
        roots.add(Lm3.of(Money.of("100000", "GBP"), Money.of("60000", "GBP"), Money.of("25000", "GBP")));
        roots.add(LivingWageUplift.of(new BigDecimal("15"), new BigDecimal("1950"), Money.of("12.60", "GBP"),
                Money.of("11.44", "GBP")));

        CriterionId price = CriterionId.of("price");
        CriterionId quality = CriterionId.of("quality");
        CriterionId socialValue = CriterionId.of("social-value");
        EvaluationScheme scheme = EvaluationScheme.of(List.of(Criterion.price(price, "Price", new BigDecimal("60")),
                        Criterion.quality(quality, "Quality", new BigDecimal("30")),
                        Criterion.socialValue(socialValue, "Social value", new BigDecimal("10"))))
                .withSocialValueThemes(List.of(ThemeId.of("fighting-climate-change")));
        List<Bid> bids = List.of(
                Bid.of(BidId.of("bid-a"), Money.of("100000", "GBP")).withQualityMark(quality, new BigDecimal("70"))
                        .withSocialValueMarks(socialValue, new SocialValueMarks(new BigDecimal("80"), new BigDecimal("50"))),
                Bid.of(BidId.of("bid-b"), Money.of("90000", "GBP")).withQualityMark(quality, new BigDecimal("60"))
                        .withSocialValueMarks(socialValue, SocialValueMarks.of(new BigDecimal("50"))));
        roots.add(scheme);
        roots.addAll(bids);
        roots.add(TenderEvaluation.evaluate(scheme, bids));
        roots.add(scheme.check(catalogue.requireFramework(FrameworkId.of("nhs-2022"))));

        LocalDate start = LocalDate.of(2022, 4, 1);
        LocalDate mid = LocalDate.of(2022, 10, 1);
        MeasureId hires = MeasureId.of("local-employment");
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(hires, BigDecimal.valueOf(365), start,
                LocalDate.of(2023, 4, 1))));
        EvidenceStory story = new EvidenceStory("Back to work", "A care leaver hired as a porter.", LocalDate.of(2022, 8, 3),
                Optional.of(URI.create("https://example.org/story")), true);
        ActualReport report = new ActualReport(hires, start, mid, BigDecimal.TEN, VerificationLevel.EVIDENCED, List.of(story));
        roots.addAll(List.of(monitor, report, monitor.assess(List.of(report), mid)));
        try {
            Catalogue.builder().outcome(new Outcome(OutcomeId.of("jobs"), ThemeId.of("no-such-theme"), "Jobs", "")).build();
        } catch (CatalogueValidationException e) {
            roots.add(e);
        }
        Portfolio portfolio = Portfolio.of(List.of(
                PortfolioContract.of(ContractId.of("c1"), Money.of("1000000", "GBP")).withSocialValueWeighting(BigDecimal.TEN)
                        .withPaysRealLivingWage(true)
                        .withSpend(Money.of("400000", "GBP"), Money.of("100000", "GBP"), Money.of("60000", "GBP"),
                                Money.of("20000", "GBP"))
                        .withProxyValue(Money.of("50000", "GBP"), Optional.of(Money.of("30000", "GBP"))),
                PortfolioContract.of(ContractId.of("c2"), Money.of("3000000", "GBP"))));
        roots.add(portfolio);
        roots.add(portfolio.metrics(PortfolioTargets.allShares(BigDecimal.valueOf(20))));
        // the request types of the evaluation, monitoring and portfolio formats, as read from the examples
        roots.add(Formats.EVALUATION_REQUEST.withContext(ReadContext.of(catalogue)).read(
                io.github.svtoms.catalog.FormatTests.example("brighton-hove-dv-evaluation.json")));
        roots.add(Formats.MONITORING_REQUEST.withContext(ReadContext.of(catalogue)).read(
                io.github.svtoms.catalog.FormatTests.example("elft-soft-fm-monitoring.json")));
        roots.add(Formats.PORTFOLIO_REQUEST.read(io.github.svtoms.catalog.FormatTests.example(
                "nhs-london-portfolio.json")));
        // the catalog module's own types: a report, a document, an overlay, a context, a format error, a study
        roots.add(ValuationReport.of(request, valuation));
        roots.add(CatalogueDocument.of(catalogue));
        roots.add(Overlays.proxyTable(proxies, proxies));
        roots.add(ReadContext.of(catalogue, proxies));
        roots.add(Formats.LM3.read(io.github.svtoms.catalog.FormatTests.example("salford-lm3.json")));
        try {
            Formats.LM3.parse("{}");
        } catch (CatalogueFormatException e) {
            roots.add(e);
        }
        roots.addAll(lawRoots(selector, monitor, report, mid));
        return roots;
    }

    /** The types of the Procurement Act 2023 era (svtoms-core README-law.md) that no other root reaches. */
    static List<Object> lawRoots(KpiSelector selector, DeliveryMonitor monitor, ActualReport report, LocalDate asOf) {
        List<Object> roots = new ArrayList<>();
        roots.add(selector.report(ContractProfile.builder().framework(FrameworkId.of("kent"))
                .value(Money.of("6000000.00", "GBP")).valueIncludesVat(true).commencement(LocalDate.of(2027, 1, 15))
                .category(ContractCategory.SERVICES).buyer(BuyerType.CENTRAL_GOVERNMENT).build()));
        roots.add(Commitment.of(MeasureId.of("local-employment"), BigDecimal.TEN, LocalDate.of(2022, 4, 1),
                LocalDate.of(2023, 4, 1)).withLocal(new io.github.svtoms.core.catalogue.LocalDefinition("ELFT catchment",
                io.github.svtoms.core.catalogue.LocalDefinition.Basis.BASE, List.of(
                        new io.github.svtoms.core.catalogue.LocalArea.PostcodeDistricts(List.of("E1", "E2")),
                        new io.github.svtoms.core.catalogue.LocalArea.AdministrativeAreas(
                                io.github.svtoms.core.catalogue.LocalArea.AreaType.LOCAL_AUTHORITY,
                                List.of("E09000030"), List.of("Tower Hamlets"))))));
        roots.add(io.github.svtoms.core.monitoring.ContractPerformanceNotice.of(
                io.github.svtoms.core.monitoring.PerformanceAssessment.of(monitor.assess(List.of(report), asOf),
                        io.github.svtoms.core.monitoring.RatingThresholds.DEFAULT), "ocds-example-1", "contract-1",
                List.of(new io.github.svtoms.core.monitoring.NoticeSupplier("Example Ltd", "GB-COH-00000000"))));
        var withNotice = new io.github.svtoms.core.monitoring.MonitoringRequest(monitor, List.of(report), asOf,
                io.github.svtoms.core.monitoring.RatingThresholds.DEFAULT, Optional.of(
                        new io.github.svtoms.core.monitoring.NoticeDetails("ocds-example-1", "contract-1", List.of(
                                new io.github.svtoms.core.monitoring.NoticeSupplier("Example Ltd", "GB-COH-00000000")))));
        roots.add(withNotice);
        roots.add(withNotice.report());
        var answers = io.github.svtoms.core.bettervalue.ChecklistAnswers.NONE
                .with(io.github.svtoms.core.bettervalue.ChecklistQuestion.KNOWN_WHETHER_PROVIDED, true);
        roots.add(answers);
        roots.add(io.github.svtoms.core.bettervalue.BetterValueChecklist.run(answers));
        roots.add(io.github.svtoms.core.bettervalue.SeukAssessment.of(io.github.svtoms.core.bettervalue.SeukFigures.NONE
                .withStaffEngagement(new BigDecimal("82"))));
        return roots;
    }

    /** Walks the graph of API objects, calling every public no-argument getter and trying to mutate what it returns. */
    static final class Walk {
        final Set<String> api;
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<String> reachedClasses = new TreeSet<>();
        final List<String> mutable = new ArrayList<>();
        int collectionsChecked;

        Walk(Set<String> api) {
            this.api = api;
        }

        final java.util.ArrayDeque<Object> queue = new java.util.ArrayDeque<>();
        final Map<String, Integer> perClass = new java.util.HashMap<>();

        /** Breadth first; at most 300 instances of each class, since some getters derive new objects. */
        void visit(Object root) {
            queue.add(root);
            while (!queue.isEmpty()) {
                step(queue.poll());
            }
        }

        private void enqueue(Object o) {
            if (o != null) {
                queue.add(o);
            }
        }

        private void step(Object o) {
            if (!seen.add(o)) {
                return;
            }
            if (o instanceof Optional<?> opt) {
                opt.ifPresent(this::enqueue);
                return;
            }
            if (o instanceof Collection<?> c) {
                c.forEach(this::enqueue);
                return;
            }
            if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    enqueue(k);
                    enqueue(v);
                });
                return;
            }
            Class<?> c = o.getClass();
            if (!api.contains(c.getName()) || perClass.merge(c.getName(), 1, Integer::sum) > 300) {
                return;
            }
            reachedClasses.add(c.getName());
            for (Method m : c.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                        || m.getDeclaringClass().getName().startsWith("java.") || m.getName().equals("toBuilder")) {
                    continue;
                }
                Object result;
                try {
                    result = m.invoke(o);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    // a getter that refuses on this instance (e.g. an absent optional part) has nothing to check
                    continue;
                }
                check(c.getName() + "." + m.getName() + "()", result, o, m);
                enqueue(result);
            }
        }

        private void check(String where, Object result, Object owner, Method m) {
            if (result instanceof Collection<?> coll) {
                collectionsChecked++;
                if (!refusesAdd(coll, coll.isEmpty() ? null : coll.iterator().next())) {
                    mutable.add(where);
                }
            } else if (result instanceof Map<?, ?> map) {
                collectionsChecked++;
                if (!refusesPut(map)) {
                    mutable.add(where);
                }
            } else if (result != null && result.getClass().isArray() && Array.getLength(result) > 0) {
                collectionsChecked++;
                // an array is always mutable: the getter must hand out a fresh copy each time
                try {
                    Object again = m.invoke(owner);
                    if (again == result) {
                        mutable.add(where + " (shares its array)");
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
