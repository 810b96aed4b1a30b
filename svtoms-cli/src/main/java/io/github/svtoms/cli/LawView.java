package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Shows the rules of the Procurement Act 2023 era in tables: the framework edition chosen by commencement date
 * and why, and the duty findings with their verdict and evidence grade. Every line of file-derived text is
 * escaped for the terminal ({@link Safe#terminal}). Stateless.
 */
final class LawView {
    private LawView() {
    }

    /**
     * The edition lines — {@code edition uk-svm-2027 (commenced 2027-02-01)}, {@code why family 'uk-svm': …} — when
     * the edition is dated (a family's edition, or a framework with a period); a framework without a period applies
     * whenever it is named, and nothing is shown.
     */
    static void edition(PrintWriter out, Optional<EditionResolution> edition) {
        edition.filter(e -> e.edition().flatMap(Framework::period).isPresent()).ifPresent(e -> {
            ValuationView.kv(out, "edition", Safe.terminal(e.edition().map(f -> f.id().value()).orElse("none")
                    + " (commenced " + e.commencement() + ")"));
            ValuationView.kv(out, "why", Safe.terminal(e.reason()));
            if (!e.alsoInForce().isEmpty()) {
                ValuationView.kv(out, "also in force", String.join(", ", e.alsoInForce().stream().map(FrameworkId::value)
                        .toList()));
            }
        });
    }

    /**
     * The duty findings, one line each: verdict, rule, evidence grade, then the detail.
     *
     * @param title the section title
     */
    static void duties(PrintWriter out, String title, List<DutyFinding> duties) {
        if (duties.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (DutyFinding d : duties) {
            out.println("  " + String.format("%-17s", verdict(d)) + " " + Safe.terminal(d.rule())
                    + d.evidence().map(g -> " [" + g.tag() + "]").orElse("") + ": " + Safe.terminal(d.detail()));
        }
    }

    /** The verdict in words: {@code met}, {@code NOT MET} (a duty), {@code not met (advice)}, … */
    static String verdict(DutyFinding d) {
        return switch (d.verdict()) {
            case MET -> "met";
            case NOT_MET -> d.level() == DutyLevel.ERROR ? "NOT MET" : "not met (advice)";
            case NOT_APPLICABLE -> "not applicable";
            case CANNOT_BE_CHECKED -> "cannot be checked";
        };
    }
}
