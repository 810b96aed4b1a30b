package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.MonitoringDtos.CommitmentDto;
import io.github.svtoms.catalog.json.MonitoringDtos.Document;
import io.github.svtoms.catalog.json.MonitoringDtos.NoticeDto;
import io.github.svtoms.catalog.json.MonitoringDtos.RatingThresholdsDto;
import io.github.svtoms.catalog.json.MonitoringDtos.ReportDto;
import io.github.svtoms.catalog.json.MonitoringDtos.StoryDto;
import io.github.svtoms.catalog.json.MonitoringDtos.SupplierDto;
import io.github.svtoms.catalog.json.MonitoringDtos.ThresholdsDto;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.LocalDefinition;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.Commitment;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.monitoring.NoticeDetails;
import io.github.svtoms.core.monitoring.NoticeSupplier;
import io.github.svtoms.core.monitoring.RagThresholds;
import io.github.svtoms.core.monitoring.RatingThresholds;
import io.github.svtoms.core.monitoring.VerificationLevel;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-monitoring/1}: strict reading into a {@link MonitoringRequest} (measures
 * checked against a catalogue, report periods against their contract and each other, every problem
 * collected with its path before the core types are built) and canonical writing. The status report
 * {@code svtoms-monitoring-status/1} is written by {@link MonitoringStatusWriter}. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonitoringCodec {
    static final String KIND = "monitoring";

    private MonitoringCodec() {
    }

    /** A commitment read from the file, with where it came from. */
    private record Read(int index, Commitment commitment) {
    }

    /**
     * Reads a monitoring file.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param catalogue where the measures are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static MonitoringRequest read(InputStream in, String file, Catalogue catalogue) {
        Reading reading = new Reading(file);
        Document d = reading.bind(in, KIND, Document.class, Document.EMPTY);
        Fields f = new Fields(reading);
        int before = reading.problemCount();
        LocalDate asOf = Values.date(f, "$.asOf", d.asOf());
        RagThresholds thresholds = d.ragThresholds() == null ? RagThresholds.DEFAULT : thresholds(f, d.ragThresholds());
        RatingThresholds ratings = d.ratingThresholds() == null ? RatingThresholds.DEFAULT
                : ratingThresholds(f, d.ratingThresholds());
        NoticeDetails notice = d.notice() == null ? null : notice(f, "$.notice", d.notice());
        if (f.required("$.commitments", d.commitments()) != null && d.commitments().isEmpty()) {
            f.problem("$.commitments", "a monitoring file needs at least one commitment");
        }
        List<CommitmentDto> cl = Fields.list(d.commitments());
        Map<String, Integer> first = Values.unique(f, cl.stream().map(CommitmentDto::measure).toList(), "$.commitments",
                "measure", "commitment on measure");
        Map<String, Read> commitments = new HashMap<>();
        List<Commitment> ordered = new ArrayList<>();
        for (int i = 0; i < cl.size(); i++) {
            Commitment c = commitment(f, "$.commitments[" + i + "]", cl.get(i), catalogue);
            if (c != null && first.get(c.measure().value()) == i) {
                commitments.put(c.measure().value(), new Read(i, c));
                ordered.add(c);
            }
        }
        List<ReportDto> rl = Fields.list(d.reports());
        List<ActualReport> reports = new ArrayList<>();
        Map<String, List<Integer>> byMeasure = new HashMap<>();
        for (int i = 0; i < rl.size(); i++) {
            ActualReport r = report(f, "$.reports[" + i + "]", rl.get(i), catalogue, commitments, first);
            reports.add(r);
            if (r != null) {
                byMeasure.computeIfAbsent(r.measure().value(), k -> new ArrayList<>()).add(i);
            }
        }
        overlaps(f, reports, byMeasure);
        reading.throwIfProblems();
        DeliveryMonitor monitor = Values.build(f, "$.commitments", before, () -> new DeliveryMonitor(ordered, thresholds));
        MonitoringRequest request = Values.build(f, "$.reports", before, () -> {
            MonitoringRequest m = new MonitoringRequest(monitor, reports, asOf, ratings, Optional.ofNullable(notice));
            m.assess();
            return m;
        });
        reading.throwIfProblems();
        return request;
    }

    private static RagThresholds thresholds(Fields f, ThresholdsDto d) {
        int before = f.reading().problemCount();
        BigDecimal green = Values.nonNegative(f, "$.ragThresholds.green", d.green());
        BigDecimal amber = Values.nonNegative(f, "$.ragThresholds.amber", d.amber());
        return Values.build(f, "$.ragThresholds", before, () -> new RagThresholds(green, amber));
    }

    private static RatingThresholds ratingThresholds(Fields f, RatingThresholdsDto d) {
        int before = f.reading().problemCount();
        String p = "$.ratingThresholds";
        BigDecimal good = Values.nonNegative(f, p + ".good", d.good());
        BigDecimal approaching = Values.nonNegative(f, p + ".approachingTarget", d.approachingTarget());
        BigDecimal improvement = Values.nonNegative(f, p + ".requiresImprovement", d.requiresImprovement());
        return Values.build(f, p, before, () -> new RatingThresholds(good, approaching, improvement));
    }

    private static NoticeDetails notice(Fields f, String p, NoticeDto d) {
        int before = f.reading().problemCount();
        String procurement = f.identifier(p + ".procurementId", d.procurementId());
        String contract = f.identifier(p + ".contractId", d.contractId());
        f.required(p + ".suppliers", d.suppliers());
        List<NoticeSupplier> suppliers = new ArrayList<>();
        List<SupplierDto> list = Fields.list(d.suppliers());
        for (int i = 0; i < list.size(); i++) {
            String q = p + ".suppliers[" + i + "]";
            int b = f.reading().problemCount();
            String name = f.text(q + ".name", list.get(i).name());
            String id = f.text(q + ".identifier", list.get(i).identifier());
            NoticeSupplier s = Values.build(f, q, b, () -> new NoticeSupplier(name, id));
            if (s != null) {
                suppliers.add(s);
            }
        }
        return Values.build(f, p, before, () -> new NoticeDetails(procurement, contract, suppliers));
    }

    private static MeasureId measure(Fields f, String path, String value, Catalogue catalogue) {
        String id = f.id(path, value);
        if (id == null) {
            return null;
        }
        if (catalogue.measure(MeasureId.of(id)).isEmpty()) {
            f.problem(path, "unknown measure '" + id + "': not in the catalogue");
            return null;
        }
        return MeasureId.of(id);
    }

    private static Commitment commitment(Fields f, String p, CommitmentDto d, Catalogue catalogue) {
        int before = f.reading().problemCount();
        MeasureId measure = measure(f, p + ".measure", d.measure(), catalogue);
        BigDecimal target = Values.nonNegative(f, p + ".target", d.target());
        BigDecimal minimum = d.minimum() == null ? null : Values.nonNegative(f, p + ".minimum", d.minimum());
        BigDecimal stretch = d.stretch() == null ? null : Values.nonNegative(f, p + ".stretch", d.stretch());
        if (target != null && minimum != null && minimum.compareTo(target) > 0) {
            f.problem(p + ".minimum", "invalid minimum '" + d.minimum() + "': must be at most the target " + d.target());
        }
        if (target != null && stretch != null && stretch.compareTo(target) < 0) {
            f.problem(p + ".stretch", "invalid stretch '" + d.stretch() + "': must be at least the target " + d.target());
        }
        LocalDate start = Values.date(f, p + ".start", d.start());
        LocalDate end = Values.date(f, p + ".end", d.end());
        if (start != null && end != null && !end.isAfter(start)) {
            f.problem(p + ".end", "invalid end " + end + ": the contract end (exclusive) must be after its start " + start);
        }
        LocalDefinition local = d.local() == null ? null : LocalCodec.read(f, p + ".local", d.local());
        return Values.build(f, p, before, () -> new Commitment(measure, target, Optional.ofNullable(minimum),
                Optional.ofNullable(stretch), start, end, Optional.ofNullable(local)));
    }

    private static ActualReport report(Fields f, String p, ReportDto d, Catalogue catalogue, Map<String, Read> commitments,
                                       Map<String, Integer> declared) {
        int before = f.reading().problemCount();
        MeasureId measure = measure(f, p + ".measure", d.measure(), catalogue);
        if (measure != null && !declared.containsKey(measure.value())) {
            f.problem(p + ".measure", "report for measure '" + measure + "', which has no commitment in this file");
        }
        LocalDate start = Values.date(f, p + ".periodStart", d.periodStart());
        LocalDate end = Values.date(f, p + ".periodEnd", d.periodEnd());
        if (start != null && end != null && !end.isAfter(start)) {
            f.problem(p + ".periodEnd", "invalid period end " + end + ": the end (exclusive) must be after the start " + start);
        }
        Read c = measure == null ? null : commitments.get(measure.value());
        if (c != null && start != null && start.isBefore(c.commitment().start())) {
            f.problem(p + ".periodStart", "period start " + start + " is before the contract start " + c.commitment().start()
                    + " ($.commitments[" + c.index() + "]): a report's period must fall within its contract");
        }
        if (c != null && end != null && end.isAfter(c.commitment().end())) {
            f.problem(p + ".periodEnd", "period end " + end + " is after the contract end " + c.commitment().end()
                    + " ($.commitments[" + c.index() + "]): a report's period must fall within its contract");
        }
        BigDecimal quantity = Values.nonNegative(f, p + ".quantity", d.quantity());
        VerificationLevel level = Values.constant(f, p + ".verification", d.verification(), VerificationLevel.class,
                "verification level");
        List<EvidenceStory> stories = new ArrayList<>();
        List<StoryDto> sl = Fields.list(d.stories());
        for (int i = 0; i < sl.size(); i++) {
            stories.add(story(f, p + ".stories[" + i + "]", sl.get(i)));
        }
        return Values.build(f, p, before, () -> new ActualReport(measure, start, end, quantity, level, stories));
    }

    /** The schemes a story's link may have: web pages and e-mail addresses, nothing that runs or reads locally. */
    static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("http", "https", "mailto");

    private static EvidenceStory story(Fields f, String p, StoryDto d) {
        int before = f.reading().problemCount();
        String title = f.text(p + ".title", d.title());
        String narrative = f.text(p + ".narrative", d.narrative());
        LocalDate date = Values.date(f, p + ".date", d.date());
        URI link = null;
        if (f.optionalText(p + ".link", d.link()) != null) {
            try {
                link = new URI(d.link());
                if (!link.isAbsolute()) {
                    f.problem(p + ".link", "invalid link '" + d.link() + "': expected an absolute URI such as https://...");
                } else if (!LINK_SCHEMES.contains(link.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                    // a story's link is republished (reports, HTML pages): javascript:, data:, file: and the like
                    // would run code or read local files where it is shown
                    f.problem(p + ".link", "invalid link '" + d.link() + "': scheme '" + link.getScheme()
                            + "' not allowed: a story's link must be http, https or mailto");
                } else if (!"mailto".equalsIgnoreCase(link.getScheme()) && (link.getHost() == null || link.getHost().isEmpty())) {
                    f.problem(p + ".link", "invalid link '" + d.link() + "': expected a host, as in https://example.org/...");
                }
            } catch (URISyntaxException e) {
                f.problem(p + ".link", "invalid link '" + d.link() + "': " + e.getReason());
            }
        }
        Boolean consent = f.required(p + ".consent", d.consent());
        URI l = link;
        return Values.build(f, p, before, () -> new EvidenceStory(title, narrative, date, Optional.ofNullable(l), consent));
    }

    /** Reports on one measure must not overlap: delivery would count twice. */
    private static void overlaps(Fields f, List<ActualReport> reports, Map<String, List<Integer>> byMeasure) {
        for (List<Integer> indices : byMeasure.values()) {
            List<Integer> sorted = indices.stream()
                    .sorted(Comparator.comparing((Integer i) -> reports.get(i).periodStart()).thenComparing(i -> i)).toList();
            for (int k = 1; k < sorted.size(); k++) {
                ActualReport prev = reports.get(sorted.get(k - 1));
                ActualReport next = reports.get(sorted.get(k));
                if (next.periodStart().isBefore(prev.periodEnd())) {
                    f.problem("$.reports[" + sorted.get(k) + "].periodStart", "period " + next.periodStart() + " to "
                            + next.periodEnd() + " overlaps $.reports[" + sorted.get(k - 1) + "] (" + prev.periodStart()
                            + " to " + prev.periodEnd() + ") for measure '" + next.measure()
                            + "': overlapping periods would count delivery twice");
                }
            }
        }
    }

    /**
     * Writes a monitoring request in the canonical form: {@code ragThresholds} omitted when they are the
     * defaults (100 / 80, scale 0), {@code ratingThresholds} when they are the defaults (100 / 80 / 50, scale 0),
     * empty {@code reports} and {@code stories} omitted.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     */
    public static String write(MonitoringRequest request) {
        RagThresholds t = request.monitor().thresholds();
        return JsonOut.write("svtoms-" + KIND + "/1", new Document(request.asOf().toString(),
                t.equals(RagThresholds.DEFAULT) ? null : thresholds(t),
                request.ratingThresholds().equals(RatingThresholds.DEFAULT) ? null : ratingThresholds(request.ratingThresholds()),
                request.notice().map(n -> new NoticeDto(n.procurementId(), n.contractId(), suppliers(n.suppliers())))
                        .orElse(null),
                CatalogueWriter.each(request.monitor().commitments(), MonitoringCodec::commitment),
                CatalogueWriter.each(request.reports(), r -> new ReportDto(r.measure().value(), r.periodStart().toString(),
                        r.periodEnd().toString(), JsonOut.decimal(r.quantity()), Values.id(r.verification()),
                        CatalogueWriter.each(r.stories(), s -> story(s, true))))));
    }

    static ThresholdsDto thresholds(RagThresholds t) {
        return new ThresholdsDto(JsonOut.decimal(t.green()), JsonOut.decimal(t.amber()));
    }

    static RatingThresholdsDto ratingThresholds(RatingThresholds t) {
        return new RatingThresholdsDto(JsonOut.decimal(t.good()), JsonOut.decimal(t.approachingTarget()),
                JsonOut.decimal(t.requiresImprovement()));
    }

    static List<SupplierDto> suppliers(List<NoticeSupplier> suppliers) {
        return suppliers.stream().map(s -> new SupplierDto(s.name(), s.identifier())).toList();
    }

    static CommitmentDto commitment(Commitment c) {
        return new CommitmentDto(c.measure().value(), JsonOut.decimal(c.target()), JsonOut.decimal(c.minimum()),
                JsonOut.decimal(c.stretch()), c.start().toString(), c.end().toString(),
                c.local().map(LocalCodec::write).orElse(null));
    }

    /** @return the story as written; {@code consent} only in the request, where it is required */
    static StoryDto story(EvidenceStory s, boolean withConsent) {
        return new StoryDto(s.title(), s.narrative(), s.date().toString(), s.link().map(Object::toString).orElse(null),
                withConsent ? s.consent() : null);
    }
}
