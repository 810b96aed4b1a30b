package io.github.svtoms.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long streamed runs, only when standard error is a terminal: after the
 * first {@value #AFTER_MS} ms, at most every {@value #EVERY_MS} ms, {@code svtoms: 1,234,567 lines (210,000 a
 * second)}, rewritten in place and cleared at the end. Mutable; one per run.
 */
final class Progress {
    static final long AFTER_MS = 1000;
    static final long EVERY_MS = 500;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long next;
    private int width;

    Progress(PrintWriter err, boolean enabled) {
        this(err, enabled, System::nanoTime);
    }

    /** With a clock in nanoseconds, for tests. */
    Progress(PrintWriter err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.next = start + AFTER_MS * 1_000_000L;
    }

    /**
     * Called for each line; looks at the clock every 4,096 lines.
     *
     * @param lines the lines done so far
     */
    void tick(long lines) {
        if (!enabled || (lines & 4095) != 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now < next) {
            return;
        }
        next = now + EVERY_MS * 1_000_000L;
        double seconds = (now - start) / 1e9;
        String text = "svtoms: " + Fmt.number(BigDecimal.valueOf(lines)) + " lines ("
                + Fmt.number(BigDecimal.valueOf((long) (lines / seconds))) + " a second)";
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    /** Clears the progress line, if one was shown. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
