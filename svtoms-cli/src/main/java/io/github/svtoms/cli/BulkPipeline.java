package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineRejectedException;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * Reads the records of a bulk file on one thread, values them on worker threads, and hands them back in file
 * order (formatted for the output too, when the sink {@linkplain LineSink#formatsAhead() can}), a chunk of
 * {@value #CHUNK} at a time, with at most a few chunks in flight: memory stays bounded
 * whatever the file's length. Each record comes back valued, unvalued, or bad with its problems (a record that
 * breaks the file format or a rule of the engine); nothing of a bad record is computed further. Reading and
 * valuing overlap with what the caller does with the lines (sums and output), so the run uses every core.
 *
 * <p>Not thread-safe for its caller: one thread calls {@link #next()}; {@link #close()} stops the threads.
 */
final class BulkPipeline implements AutoCloseable {
    /** Records per chunk. */
    static final int CHUNK = 512;

    /** One record, in file order: valued, unvalued, or bad. */
    static final class Item {
        final long line;
        final CommitmentLine commitment;
        LineValuation valued;
        UnvaluedLine unvalued;
        /** The line's output text, when the sink formats ahead. */
        String formatted;
        List<String> problems;

        Item(long line, CommitmentLine commitment, List<String> problems) {
            this.line = line;
            this.commitment = commitment;
            this.problems = problems;
        }
    }

    /** Records in file order; the last chunk is marked, and may end with a failure to read on. */
    static final class Chunk {
        final Item[] items = new Item[CHUNK];
        int size;
        boolean last;
        RuntimeException failure;
    }

    private final LineSource source;
    private final ValuationEngine engine;
    private final ValuationRequest request;
    private final Set<String> requestIds;
    private final LineSink sink;
    private final ConcurrentHashMap<MeasureId, String> reasons = new ConcurrentHashMap<>();
    private final ExecutorService workers;
    private final BlockingQueue<Future<Chunk>> queue;
    private final Thread reader;
    private volatile boolean stopped;

    /**
     * Starts reading and valuing.
     *
     * @param source the bulk file's records
     * @param engine the engine of the request's settings
     * @param requestIds the ids of the request's own lines, which no record may repeat
     * @param sink where the lines go, which formats them on the valuing threads when it {@link LineSink#formatsAhead()}
     * @param threads how many threads value lines
     */
    BulkPipeline(LineSource source, ValuationEngine engine, Set<String> requestIds, LineSink sink, int threads) {
        this.source = source;
        this.engine = engine;
        this.request = engine.request();
        this.requestIds = requestIds;
        this.sink = sink;
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "svtoms-value");
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newFixedThreadPool(threads, daemons);
        this.queue = new ArrayBlockingQueue<>(2 * threads + 2);
        this.reader = new Thread(this::read, "svtoms-read");
        reader.setDaemon(true);
        reader.start();
    }

    /** The reader thread: chunks of records, each handed to a worker, queued in file order. */
    private void read() {
        try {
            boolean last = false;
            while (!last && !stopped) {
                Chunk c = new Chunk();
                try {
                    while (c.size < CHUNK && source.hasNext()) {
                        CommitmentLine l = null;
                        List<String> problems = null;
                        try {
                            l = source.next();
                        } catch (CatalogueFormatException e) {
                            problems = e.problems().stream().map(Problem::toString).toList();
                        }
                        c.items[c.size++] = new Item(source.lineNumber(), l, problems);
                    }
                    last = !source.hasNext();
                } catch (RuntimeException e) {
                    c.failure = e;
                    last = true;
                }
                c.last = last;
                Future<Chunk> valued;
                try {
                    valued = c.size == 0 ? CompletableFuture.completedFuture(c) : workers.submit(() -> value(c));
                } catch (RejectedExecutionException e) {
                    if (stopped) {
                        return;
                    }
                    c.failure = new IllegalStateException("the valuing threads stopped", e);
                    c.last = true;
                    last = true;
                    valued = CompletableFuture.completedFuture(c);
                }
                queue.put(valued);
            }
        } catch (InterruptedException e) {
            // stopped by close()
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            // never leave the caller waiting: hand the failure on
            Chunk c = new Chunk();
            c.failure = t instanceof RuntimeException r ? r : new IllegalStateException("reading the lines failed: " + t, t);
            c.last = true;
            try {
                queue.put(CompletableFuture.completedFuture(c));
            } catch (InterruptedException stoppedMeanwhile) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A worker: values every good record of a chunk, or gives it its problems. */
    private Chunk value(Chunk c) {
        String file = source.fileName();
        boolean ahead = sink.formatsAhead();
        for (int i = 0; i < c.size && !stopped; i++) {
            Item item = c.items[i];
            CommitmentLine l = item.commitment;
            if (l == null) {
                continue;
            }
            String where = file + ":" + item.line + ": ";
            if (requestIds.contains(l.id())) {
                item.problems = List.of(where + "line '" + l.id() + "': duplicate line id (a line of the request has it; "
                        + "ids must be unique)");
                continue;
            }
            try {
                Optional<LineValuation> v = engine.valueLine(l);
                if (v.isPresent()) {
                    item.valued = v.get();
                    item.formatted = ahead ? sink.format(item.valued) : null;
                } else {
                    item.unvalued = new UnvaluedLine(l.id(), l.measure(), l.quantity(),
                            request.catalogue().measure(l.measure()).orElseThrow().unit(), reason(l));
                    item.formatted = ahead ? sink.format(l, item.unvalued) : null;
                }
            } catch (LineRejectedException e) {
                item.problems = e.problems().stream().map(p -> where + p.message()).toList();
            } catch (SvtomsException e) {
                item.problems = List.of(where + "line '" + l.id() + "': " + e.getMessage());
            }
        }
        return c;
    }

    /** Why a line has no value: the engine's words, asked once per measure (they depend on the measure alone). */
    String reason(CommitmentLine line) {
        return reasons.computeIfAbsent(line.measure(), m -> engine.value(List.of(line)).unvalued().get(0).reason());
    }

    /**
     * The next chunk, in file order.
     *
     * @return the chunk; {@link Chunk#last} marks the end
     * @throws RuntimeException what a worker threw unexpectedly
     */
    Chunk next() {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while valuing lines", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops reading and valuing; records not yet handed out are dropped. */
    @Override
    public void close() {
        stopped = true;
        workers.shutdownNow();
        reader.interrupt();
        queue.clear();
    }
}
