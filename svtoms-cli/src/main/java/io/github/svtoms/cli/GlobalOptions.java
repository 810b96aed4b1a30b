package io.github.svtoms.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.ArrayList;
import java.util.List;

/**
 * The options every command accepts ({@link ScopeType#INHERIT}): the user's catalogue and proxy table
 * overlays, the output format and {@code --debug}. Picocli sets them while parsing; mutable, one per run.
 */
final class GlobalOptions {
    @Option(names = "--catalogue", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A catalogue (svtoms-catalogue/1) to lay over the bundled one; repeatable, applied in order. "
                    + "Every replaced entry is reported on stderr.")
    List<String> catalogues = new ArrayList<>();

    @Option(names = "--proxies", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A proxy table (svtoms-proxies/1) to lay over the bundled one; repeatable, applied in order. "
                    + "Every replaced entry is reported on stderr.")
    List<String> proxies = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|json|csv|jsonl", scope = ScopeType.INHERIT,
            description = "Output: table (default, for people), json (the documented format), csv (one row per line or KPI) "
                    + "or, for value only, jsonl (one JSON object per commitment line).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an internal error.")
    boolean debug;
}
