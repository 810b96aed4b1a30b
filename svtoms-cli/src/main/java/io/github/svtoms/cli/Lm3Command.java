package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.money.MoneyFormat;
import io.github.svtoms.proxies.calc.Lm3;
import io.github.svtoms.proxies.calc.Lm3Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.Callable;

/** {@code svtoms lm3 FILE}: the LM3 local multiplier of an {@code svtoms-lm3/1} file. */
@Command(name = "lm3", description = {"Compute the Local Multiplier 3 (New Economics Foundation) from an svtoms-lm3/1 file.",
        "LM3 = (R1 + R2 + R3) / R1 over the three rounds of spending."})
final class Lm3Command implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "FILE", description = "An svtoms-lm3/1 file, or - for standard input.")
    String file;

    Lm3Command(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        Lm3Study f = Formats.LM3.read(input.stream(), input.name());
        Lm3 lm3 = f.lm3();
        BigDecimal shown = lm3.multiplier().setScale(2, RoundingMode.HALF_EVEN);
        switch (context.format()) {
            case JSON -> {
                ObjectNode root = Json.object();
                root.put("format", "svtoms-lm3-result/1");
                root.put("currency", f.round1().currency().getCurrencyCode());
                ObjectNode rounds = root.putObject("rounds");
                rounds.put("r1", f.round1().amount().toPlainString());
                rounds.put("r2", f.round2().amount().toPlainString());
                rounds.put("r3", f.round3().amount().toPlainString());
                root.put("total", lm3.total().amount().toPlainString());
                root.put("multiplier", shown.toPlainString());
                root.put("multiplierExact", lm3.multiplier().toPlainString());
                ArrayNode d = root.putArray("derivation");
                lm3.derivation().sentences().forEach(d::add);
                context.out.print(Json.write(root));
            }
            case CSV -> context.out.print(new Csv("currency", "r1", "r2", "r3", "total", "multiplier")
                    .row(f.round1().currency().getCurrencyCode(), f.round1().amount().toPlainString(),
                            f.round2().amount().toPlainString(), f.round3().amount().toPlainString(),
                            lm3.total().amount().toPlainString(), shown.toPlainString()).render());
            case TABLE -> {
                var out = context.out;
                out.println("LM3 local multiplier");
                f.description().ifPresent(d -> out.println(d));
                out.println();
                out.print(new TextTable("round", "what", "amount")
                        .row("R1", "income (contract value)", Fmt.money(f.round1()))
                        .row("R2", "spent locally on suppliers and staff", Fmt.money(f.round2()))
                        .row("R3", "re-spent locally by them", Fmt.money(f.round3()))
                        .row("", "total", Fmt.money(lm3.total())).render());
                out.println();
                String per = MoneyFormat.prefix(f.round1().currency());
                out.println("LM3 = " + shown.toPlainString() + "  (every " + per + "1 of income is worth " + per
                        + shown.toPlainString() + " to the local economy)");
                lm3.derivation().sentences().forEach(s -> out.println("  " + s));
            }
        }
        return 0;
    }
}
