package io.github.svtoms.jpmstest;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.calc.Lm3Study;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Uses the public API on the module path — the default catalogue, a KPI selection, a valuation with the
 * bundled proxies and deflator, a format read and written with its schema — and checks which packages each svtoms module exports. Prints one
 * {@code key=value} line per fact and exits with 0, or with 1 when a check fails.
 *
 * <p>Not instantiable; {@link #main(String[])} is thread-confined.
 */
public final class Main {
    /** Packages a consumer must not see. */
    static final List<String> INTERNAL = List.of("io.github.svtoms.catalog.json", "io.github.svtoms.proxies.internal");

    private Main() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        if (!run(System.out)) {
            System.exit(1);
        }
    }

    /**
     * Runs the checks and prints the facts.
     *
     * @param out where to print
     * @return whether every check passed (the module checks pass only on the module path)
     */
    static boolean run(PrintStream out) {
        boolean ok = true;
        Module self = Main.class.getModule();
        out.println("consumer.named=" + self.isNamed());
        for (Class<?> c : List.of(Catalogue.class, ProxyTable.class, Formats.class)) {
            out.println("module." + c.getSimpleName() + "=" + c.getModule().getName());
            ok &= c.getModule().isNamed();
        }
        for (String pkg : INTERNAL) {
            Module owner = pkg.startsWith("io.github.svtoms.catalog") ? Formats.class.getModule() : ProxyTable.class.getModule();
            boolean exported = owner.isExported(pkg, self);
            out.println("exported." + pkg + "=" + exported);
            ok &= !exported && owner.getPackages().contains(pkg);
        }

        Catalogue catalogue = Bundled.catalogue();
        out.println("catalogue.measures=" + catalogue.measures().size());
        out.println("catalogue.frameworks=" + catalogue.frameworks().size());

        KpiSelection selection = new KpiSelector(catalogue).select(ContractProfile.builder()
                .framework(FrameworkId.of("kent")).value(Money.of("1000000.00", "GBP")).years(3)
                .category(ContractCategory.SERVICES).sectors("care").buyer(BuyerType.LOCAL_AUTHORITY)
                .priorities("kent-local-employment", "kent-green-and-sustainable").build());
        out.println("selection.kpis=" + selection.selectedMeasures());

        Valuation valuation = ValuationEngine.value(
                Bundled.valuationRequest(Currency.getInstance("GBP"), PriceYear.parse("2024-25"))
                        .contract(new Contract(Money.of("1200000.00", "GBP"), 3))
                        .discounting(Discounting.greenBook())
                        .line(CommitmentLine.builder("jobs", MeasureId.of("local-employment"), new BigDecimal("10"))
                                .duration(3).build())
                        .build());
        out.println("valuation.presentValue=" + valuation.totals().presentValue());
        out.println("valuation.derivationSteps=" + valuation.lines().get(0).derivation().steps().size());
        // a format read and written through Jackson inside the module, and its schema resource
        Lm3Study study = Formats.LM3.parse("{\"format\": \"svtoms-lm3/1\", \"currency\": \"GBP\", "
                + "\"rounds\": {\"r1\": \"100\", \"r2\": \"40\", \"r3\": \"10\"}}");
        out.println("lm3.multiplier=" + study.lm3().multiplier());
        out.println("lm3.lossless=" + study.equals(Formats.LM3.parse(Formats.LM3.toJson(study))));
        out.println("schema.lm3=" + Formats.LM3.schema().contains("\"const\": \"svtoms-lm3/1\""));
        out.println("formats=" + Formats.all().size());
        ok &= valuation.totals().presentValue().signum() > 0 && !selection.kpis().isEmpty();
        out.println("ok=" + ok);
        return ok;
    }
}
