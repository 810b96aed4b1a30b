package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.core.SvtomsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Properties;

/**
 * Builds the command tree for one run and maps failures to exit codes and one-line messages. Stateless.
 */
final class Commands {
    private Commands() {
    }

    /** The commands, in the order {@code svtoms --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CatalogueCommand.class, ProxiesCommand.class, SelectCommand.class,
            ValueCommand.class, ReportCommand.class, EvaluateCommand.class, MonitorCommand.class, PortfolioCommand.class,
            Lm3Command.class, OcdsCommand.class, ChecklistCommand.class);

    static CommandLine commandLine(Context context) {
        return commandLine(context, null);
    }

    /**
     * The command tree for a command line. When its first word names a command, only that command is added:
     * building the model of every command costs a tenth of a second at start-up; help, a global option first
     * or an unknown word get them all.
     */
    static CommandLine commandLine(Context context, @javax.annotation.Nullable String[] line) {
        CommandLine cli = new CommandLine(new Svtoms(context), new Factory(context));
        String first = line == null || line.length == 0 ? null : line[0];
        boolean named = SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : SUBCOMMANDS) {
            if (!named || name(c).equals(first)) {
                cli.addSubcommand(c);
            }
        }
        context.commandLine = cli;
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(context.out);
        cli.setErr(context.err);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("svtoms: " + ex.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return Main.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> failure(ex, context));
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /**
     * The exit code and message of a failure: bad input ({@link CatalogueFormatException}, any
     * {@link SvtomsException}, an input that could not be read) is {@value Main#INVALID_INPUT}; output that could
     * not be written ({@link OutputFailure}) is {@value Main#OUTPUT_FAILED}; anything else is an internal error,
     * {@value Main#FAILURE}. Every line goes through the error stream's escaping ({@link Main.SafeLines}).
     */
    /** The most problems of one file printed; the others are counted on one more line. */
    static final int MAX_PROBLEMS_SHOWN = 100;

    static int failure(Exception ex, Context context) {
        context.out.flush();
        if (ex instanceof CatalogueFormatException f) {
            List<io.github.svtoms.catalog.Problem> problems = f.problems();
            problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> context.err.println(p.toString()));
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                context.err.println("svtoms: " + problems.get(0).file() + ": " + (problems.size() - MAX_PROBLEMS_SHOWN)
                        + " more problems not shown (" + problems.size() + " in all)");
            }
            return Main.INVALID_INPUT;
        }
        if (ex instanceof SvtomsException s) {
            context.err.println("svtoms: " + s.getMessage());
            return Main.INVALID_INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException io) {
            context.err.println("svtoms: " + io.getMessage());
            if (context.options.debug) {
                ex.printStackTrace(context.err);
            }
            // an output that could not be written, else an input that could not be read to its end
            return ex instanceof OutputFailure ? Main.OUTPUT_FAILED : Main.INVALID_INPUT;
        }
        context.err.println("svtoms: internal error: " + ex
                + (context.options.debug ? "" : " (run with --debug for the stack trace)"));
        if (context.options.debug) {
            ex.printStackTrace(context.err);
        }
        return Main.FAILURE;
    }

    /** The top command: global options and the subcommands. */
    @Command(name = "svtoms", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
            versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = true,
            description = {"Social value in public procurement, measured honestly: the catalogue of measures, KPI "
                    + "selection, valuation with financial proxies, evaluation, monitoring and reports.", ""},
            footer = {"", "Exit codes: 0 success, 1 internal error, 2 usage error, 3 invalid input, 4 output not written.",
                    "Start with:  svtoms value examples/elft-soft-fm.json"})
    static final class Svtoms implements Runnable {
        @Spec
        CommandSpec spec;
        @Mixin
        final GlobalOptions options;

        Svtoms(Context context) {
            this.options = context.options;
        }

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "missing command");
        }
    }

    /** Reads the version from the filtered {@code version.properties}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Commands.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"svtoms " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Creates commands that take the run's {@link Context} in their constructor. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context context;

        Factory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Context.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
