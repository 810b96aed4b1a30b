package io.github.svtoms.cli;

import io.github.svtoms.catalog.Catalogues;
import io.github.svtoms.catalog.OverlayReport;
import io.github.svtoms.catalog.Overlaid;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.ProxyTables;
import io.github.svtoms.catalog.References;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code svtoms catalogue validate FILE}: checks any svtoms file, recognised by its {@code "format"} tag. */
@Command(name = "validate", description = {"Check a catalogue, proxy table, reference file, LM3 file or request, "
        + "recognised by its \"format\" tag.", "Prints a one-line summary; problems go to stderr as FILE:LINE:COLUMN: JSON-PATH: what is wrong (exit code 3)."})
final class Validate implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "FILE", description = "The file to check, or - for standard input.")
    String file;

    Validate(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        String tag = StrictReader.formatTag(input);
        String summary = switch (tag) {
            case "svtoms-catalogue/1" -> {
                Overlaid<Catalogue> o = Catalogues.overlay(context.catalogue(), input.stream(), input.name());
                OverlayReport r = o.report();
                Catalogue base = context.catalogue();
                Catalogue c = o.value();
                yield (c.frameworks().size() - base.frameworks().size()) + " new framework(s), "
                        + (c.measures().size() - base.measures().size()) + " new measure(s)"
                        + (r.replaced().isEmpty() ? "" : "; as an overlay it replaces " + String.join(", ",
                        r.replaced().stream().map(OverlayReport.Entry::toString).toList()));
            }
            case "svtoms-proxies/1" -> {
                ProxyTable t = ProxyTables.read(input.stream(), input.name());
                List<String> unknown = t.entries().keySet().stream()
                        .filter(m -> context.catalogue().measure(m).isEmpty()).map(m -> m.value()).toList();
                yield t.size() + " proxy entr" + (t.size() == 1 ? "y" : "ies") + " in " + t.currency().getCurrencyCode()
                        + (unknown.isEmpty() ? "" : "; not in the catalogue (never used): " + String.join(", ", unknown));
            }
            case "svtoms-reference/1" -> {
                ReferenceData d = References.read(input.stream(), input.name());
                yield d.discountSchedules().size() + " discount schedule(s), " + d.priceIndices().size() + " price index(es)";
            }
            case Lm3File.FORMAT -> {
                Lm3File f = Lm3File.read(input);
                yield "LM3 " + f.compute().multiplier().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
            }
            default -> RequestFormats.validate(context, input, tag)
                    .orElseThrow(() -> new CatalogueFormatException(List.of(new Problem(input.name(), 1, 1, "$.format",
                            "unknown format \"" + tag + "\"; known: " + String.join(", ", RequestFormats.known())))));
        };
        context.out.println(input.name() + ": valid " + tag + " (" + summary + ")");
        return 0;
    }
}
