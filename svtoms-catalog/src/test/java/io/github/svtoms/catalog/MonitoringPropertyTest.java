package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.Commitment;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.core.monitoring.RagThresholds;
import io.github.svtoms.core.monitoring.VerificationLevel;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.github.svtoms.catalog.FormatTests.in;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 seeded generated monitoring files: write → read gives an equal request (exact scale, dates, stories
 * with awkward text, links, consent), write → read → write is byte-identical, both documents validate
 * against their schemas, and the status report's delivered quantities are the sums of the counted reports.
 */
@ExtendWith(InstancioExtension.class)
class MonitoringPropertyTest {
    private static final long SEED = 12345L;
    private static final String AWKWARD = " \"q\" \\ \n\t £ é — ✓ \u0001";

    record Spec(long seed, int commitments, String title) {
    }

    @Test
    void generatedFilesRoundTripExactly() {
        List<Spec> specs = Instancio.ofList(Spec.class).size(1000).withSeed(SEED)
                .generate(field(Spec::commitments), gen -> gen.ints().range(1, 5))
                .generate(field(Spec::title), gen -> gen.string().minLength(1).maxLength(20))
                .create();
        assertEquals(1000, specs.size());
        Catalogue catalogue = Bundled.catalogue();
        List<Measure> measures = catalogue.measures();
        Schema requestSchema = FormatTests.schema("svtoms-monitoring-1");
        Schema statusSchema = FormatTests.schema("svtoms-monitoring-status-1");
        for (Spec s : specs) {
            Random r = new Random(s.seed());
            MonitoringRequest request = request(s, r, measures);
            String json = Formats.MONITORING_REQUEST.toJson(request);
            MonitoringRequest back = Formats.MONITORING_REQUEST.withContext(ReadContext.of(catalogue)).read(in(json), "gen.json");
            assertEquals(request, back, json);
            assertEquals(json, Formats.MONITORING_REQUEST.toJson(back));
            assertEquals(List.of(), requestSchema.errors(tree(json)), json);
            MonitoringResult result = back.assess();
            String status = Formats.MONITORING_STATUS.toJson(back.report());
            assertEquals(List.of(), statusSchema.errors(tree(status)), status);
            for (Commitment c : back.monitor().commitments()) {
                BigDecimal sum = back.reports().stream().filter(x -> x.measure().equals(c.measure())
                        && !x.periodEnd().isAfter(back.asOf())).map(ActualReport::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(result.deliveredQuantities().get(c.measure())), status);
            }
        }
    }

    static MonitoringRequest request(Spec s, Random r, List<Measure> measures) {
        LocalDate start = LocalDate.of(2020 + r.nextInt(6), 1 + r.nextInt(12), 1);
        LocalDate end = start.plusMonths(6 + r.nextInt(30));
        List<Commitment> commitments = new ArrayList<>();
        List<ActualReport> reports = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < s.commitments()) {
            int m = r.nextInt(measures.size());
            if (!picked.contains(m)) {
                picked.add(m);
            }
        }
        for (int m : picked) {
            BigDecimal target = BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
            Optional<BigDecimal> minimum = r.nextBoolean() ? Optional.of(target.multiply(new BigDecimal("0.5"))) : Optional.empty();
            Optional<BigDecimal> stretch = r.nextBoolean() ? Optional.of(target.add(BigDecimal.valueOf(r.nextInt(100)))) : Optional.empty();
            Commitment c = new Commitment(measures.get(m).id(), target, minimum, stretch, start, end);
            commitments.add(c);
            LocalDate from = start;
            while (r.nextInt(4) != 0) {
                LocalDate to = from.plusDays(1 + r.nextInt(120));
                if (to.isAfter(end)) {
                    break;
                }
                List<EvidenceStory> stories = new ArrayList<>();
                for (int k = r.nextInt(3); k > 0; k--) {
                    stories.add(new EvidenceStory(s.title() + (r.nextBoolean() ? AWKWARD : ""), "Narrative" + AWKWARD,
                            from.plusDays(r.nextInt(30)),
                            r.nextBoolean() ? Optional.of(URI.create("https://example.org/story/" + r.nextInt(1000))) : Optional.empty(),
                            r.nextBoolean()));
                }
                reports.add(new ActualReport(c.measure(), from, to, BigDecimal.valueOf(r.nextInt(10_000), r.nextInt(3)),
                        VerificationLevel.values()[r.nextInt(3)], stories));
                from = to.plusDays(r.nextInt(10));
            }
        }
        java.util.Collections.shuffle(reports, r);
        RagThresholds thresholds = r.nextBoolean() ? RagThresholds.DEFAULT
                : new RagThresholds(BigDecimal.valueOf(90 + r.nextInt(20)), BigDecimal.valueOf(50 + r.nextInt(40)));
        LocalDate asOf = start.plusDays(r.nextInt(1200) - 100);
        return new MonitoringRequest(new DeliveryMonitor(commitments, thresholds), reports, asOf);
    }
}
