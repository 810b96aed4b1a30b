package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code svtoms proxies export}. */
@Command(name = "proxies", description = "Export the effective proxy table.",
        subcommands = ProxiesCommand.Export.class)
final class ProxiesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: export");
    }

    /** {@code svtoms proxies export}. */
    @Command(name = "export", description = "Write the effective proxy table (the bundled one with any --proxies overlays) as svtoms-proxies/1.")
    static final class Export implements Callable<Integer> {
        private final Context context;

        Export(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.out.print(Formats.PROXY_TABLE.toJson(context.proxies()));
            return 0;
        }
    }
}
