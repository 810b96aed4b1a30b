package io.github.svtoms.cli;

import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code svtoms} command.
 *
 * <p>Exit codes: {@value #OK} success (everything was written), {@value #FAILURE} an internal error only (a bug:
 * never bad input), {@value #USAGE} usage error, {@value #INVALID_INPUT} invalid input (a data file that breaks
 * its format or cannot be read, or a request the engine rejects), {@value #OUTPUT_FAILED} the output could not
 * be written (standard output or error closed, a full disk, an {@code --out} file that cannot be written).
 * Every line written to standard error has its control and bidirectional-control characters escaped
 * ({@link Safe#message(String)}), so that no value from a file can forge a line or drive the terminal.
 * Stateless and thread-safe: every call of {@link #run} builds its own command tree.
 */
public final class Main {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: an internal error, a bug (one line on stderr; the trace only with {@code --debug}); never bad input. */
    public static final int FAILURE = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: an input file or request is invalid. */
    public static final int INVALID_INPUT = 3;
    /** Exit code: the output could not be written (a closed stream, a full disk, an {@code --out} file). */
    public static final int OUTPUT_FAILED = 4;

    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code. Standard output and error are written in
     * UTF-8 whatever the platform default.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.in, Terminal.isStandardError());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command in-process, for tests and embedding. Data goes to {@code out}, diagnostics to
     * {@code err}; both are written in UTF-8 and flushed before returning.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param in standard input (read when a file argument is {@code -})
     * @return the exit code: {@value #OK}, {@value #FAILURE}, {@value #USAGE}, {@value #INVALID_INPUT} or
     *         {@value #OUTPUT_FAILED}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, false);
    }

    /**
     * Runs the command; output that cannot be written (standard output or error closed, a full disk) ends the
     * run with {@value #OUTPUT_FAILED} and a message, never with success.
     *
     * @param terminal whether standard error is a terminal, where progress may be shown
     */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, boolean terminal) {
        SafeLines o = new SafeLines(new OutputStreamWriter(new CheckedOutput(out), StandardCharsets.UTF_8), false);
        PrintWriter e = new SafeLines(new OutputStreamWriter(new CheckedOutput(err), StandardCharsets.UTF_8));
        Context context = new Context(o, e, in);
        // standard output is escaped like standard error for tables (for people, on a terminal); JSON, CSV and JSON
        // Lines carry data, whose own syntax quotes it
        o.escaping = () -> context.options.format == OutputFormat.TABLE;
        context.terminal = terminal;
        int code;
        try {
            CommandLine cli = Commands.commandLine(context, args);
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError x) {
            // never for an input: every reader and the engine have limits (README-hardening.md); a bug if reached
            e.println("svtoms: internal error: " + x + " (the input's limits should have prevented it)");
            code = FAILURE;
        } finally {
            o.flush();
            e.flush();
        }
        if (o.checkError()) {
            e.println("svtoms: " + CheckedOutput.MESSAGE);
            e.flush();
            return code == OK ? OUTPUT_FAILED : code;
        }
        if (code == OK && e.checkError()) {
            return OUTPUT_FAILED; // standard error closed: nothing can be said, but the run did not fully succeed
        }
        return code;
    }

    /**
     * The error stream (and standard output in table mode): every line printed with {@code println} has its control
     * characters (tabs excepted), bidirectional controls and line separators escaped, so one forged value cannot
     * print an extra line or recolour the terminal. {@code print} is left as given (progress uses a carriage return
     * on purpose; a rendered table has its cells escaped already, {@link TextTable}).
     */
    static final class SafeLines extends PrintWriter {
        /** Whether lines are escaped now. */
        java.util.function.BooleanSupplier escaping = () -> true;

        SafeLines(java.io.Writer out) {
            super(out, true);
        }

        SafeLines(java.io.Writer out, boolean autoFlush) {
            super(out, autoFlush);
        }

        @Override
        public void println(String x) {
            super.println(x == null || !escaping.getAsBoolean() ? x : Safe.message(x));
        }

        @Override
        public void println(Object x) {
            println(String.valueOf(x));
        }
    }
}
