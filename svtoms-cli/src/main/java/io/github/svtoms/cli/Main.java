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
 * <p>Exit codes: {@value #OK} success, {@value #FAILURE} unexpected failure, {@value #USAGE} usage error,
 * {@value #INVALID_INPUT} invalid input (a data file that breaks its format, or a request the engine
 * rejects). Stateless and thread-safe: every call of {@link #run} builds its own command tree.
 */
public final class Main {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: an unexpected failure (one line on stderr; the trace only with {@code --debug}). */
    public static final int FAILURE = 1;
    /** Exit code: the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit code: an input file or request is invalid. */
    public static final int INVALID_INPUT = 3;

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
     * @return the exit code: {@value #OK}, {@value #FAILURE}, {@value #USAGE} or {@value #INVALID_INPUT}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, false);
    }

    /**
     * Runs the command; output that cannot be written (standard output closed, a full disk) ends the run
     * with {@value #FAILURE} and a message, never with success.
     *
     * @param terminal whether standard error is a terminal, where progress may be shown
     */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, boolean terminal) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(new CheckedOutput(out), StandardCharsets.UTF_8), false);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Context context = new Context(o, e, in);
        context.terminal = terminal;
        int code;
        try {
            CommandLine cli = Commands.commandLine(context, args);
            code = cli.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
        if (code == OK && o.checkError()) {
            e.println("svtoms: " + CheckedOutput.MESSAGE);
            e.flush();
            return FAILURE;
        }
        return code;
    }
}
