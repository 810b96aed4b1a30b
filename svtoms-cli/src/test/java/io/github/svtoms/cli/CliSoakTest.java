package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Eight threads run a seeded mix of commands through the in-process entry point {@link Main#run} at once —
 * valuations in every output format, KPI selection, evaluation, monitoring, portfolio metrics, LM3, catalogue
 * listings, validation, HTML reports, the checklist, a standard-input request, and hostile files and bad command
 * lines that must fail — and every run's exit code, standard output and standard error must equal those of the
 * same command run alone beforehand. The command runs share only the bundled data and the JVM; a run that
 * leaked state into another (a shared formatter, a cached overlay, a static buffer) would show here.
 */
class CliSoakTest {
    private static final int THREADS = 8;
    private static final int RUNS_PER_THREAD = 60;

    private record Op(String stdin, String[] args) {
        Run run() {
            return Run.withInput(stdin, args);
        }

        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    private static List<Op> operations() throws Exception {
        String elft = Run.file("examples/elft-soft-fm.json");
        String hostile = Run.file("svtoms-catalog/src/test/resources/hostile/valuation-request-digits-400.json");
        List<Op> ops = new ArrayList<>();
        for (String format : List.of("table", "json", "csv", "jsonl")) {
            ops.add(new Op("", new String[] {"value", elft, "--format", format}));
        }
        ops.add(new Op("", new String[] {"value", Run.file("examples/kent-home-care.json"), "--format", "json"}));
        ops.add(new Op("", new String[] {"select", Run.file("examples/kpi-kent.json")}));
        ops.add(new Op("", new String[] {"select", Run.file("examples/kpi-elft.json"), "--format", "csv"}));
        ops.add(new Op("", new String[] {"evaluate", Run.file("examples/central-2027-evaluation.json"), "--format", "json"}));
        ops.add(new Op("", new String[] {"monitor", Run.file("examples/elft-soft-fm-monitoring.json")}));
        ops.add(new Op("", new String[] {"portfolio", Run.file("examples/nhs-london-portfolio.json"), "--format", "csv"}));
        ops.add(new Op("", new String[] {"lm3", Run.file("examples/salford-lm3.json")}));
        ops.add(new Op("", new String[] {"catalogue", "list"}));
        ops.add(new Op("", new String[] {"catalogue", "show", "local-employment", "--format", "json"}));
        ops.add(new Op("", new String[] {"catalogue", "validate", Run.file("examples/kpi-central-2027.json")}));
        ops.add(new Op("", new String[] {"report", elft, "--monitoring", Run.file("examples/elft-soft-fm-monitoring.json"),
            "--out", "-"}));
        ops.add(new Op("", new String[] {"checklist", "--format", "json"}));
        ops.add(new Op(Files.readString(Path.of(elft)), new String[] {"value", "-", "--format", "csv"}));
        ops.add(new Op("", new String[] {"value", hostile}));
        ops.add(new Op("", new String[] {"value", "/dev/zero"}));
        ops.add(new Op("", new String[] {"catalogue", "show", "no-such-id"}));
        ops.add(new Op("", new String[] {"value", elft, "--format", "yaml"}));
        return ops;
    }

    @Test
    void eightThreadsGetTheSingleThreadedAnswers() throws Exception {
        List<Op> ops = operations();
        List<Run> expected = new ArrayList<>();
        for (Op op : ops) {
            expected.add(op.run());
        }
        // the mix covers success, invalid input and usage errors
        assertTrue(expected.stream().anyMatch(r -> r.code() == Main.OK));
        assertTrue(expected.stream().anyMatch(r -> r.code() == Main.INVALID_INPUT));
        assertTrue(expected.stream().anyMatch(r -> r.code() == Main.USAGE));
        assertEquals(List.of(), expected.stream().filter(r -> r.code() == Main.FAILURE).toList());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 20261202L + t;
                futures.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < RUNS_PER_THREAD; i++) {
                        int k = random.nextInt(ops.size());
                        Run got = ops.get(k).run();
                        if (!got.equals(expected.get(k))) {
                            wrong.add(ops.get(k) + ": exit " + got.code() + " vs " + expected.get(k).code());
                        }
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                wrong.addAll(f.get(10, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), wrong);
        } finally {
            pool.shutdownNow();
        }
    }
}
