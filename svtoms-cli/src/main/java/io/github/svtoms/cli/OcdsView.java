package io.github.svtoms.cli;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.ContractFacts;
import io.github.svtoms.ocds.ContractPeriod;
import io.github.svtoms.ocds.ContractReading;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Provenance;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.SocialValueCheck;
import io.github.svtoms.ocds.Suitability;
import io.github.svtoms.ocds.Weight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the OCDS commands show what was read from a notice or a lot: the profile's facts with the
 * inferred ones marked, the reasons, the award criteria and the social value check, as table cells,
 * CSV cells and the lines of a profile block. Stateless.
 */
final class OcdsView {
    /** Appended to a table cell whose fact was inferred rather than read. */
    static final String INFERRED_MARK = "*";

    private OcdsView() {
    }

    /** An enum constant as svtoms writes it in files: lowercase, {@code _} as {@code -}. */
    static String id(Enum<?> e) {
        return e instanceof FileId f ? f.id() : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A fact's value as a cell, marked {@value #INFERRED_MARK} when inferred; empty when absent. */
    static <T> String marked(Optional<Fact<T>> fact, Function<T, String> show) {
        return fact.map(f -> show.apply(f.value()) + (f.isInferred() ? INFERRED_MARK : "")).orElse("");
    }

    /** Money rounded for people ({@link Fmt#money}). */
    static String money(Money m) {
        return Fmt.money(m);
    }

    /** A yes / no / empty cell for a suitability flag. */
    static String flag(Optional<Boolean> b) {
        return b.map(v -> v ? "yes" : "no").orElse("");
    }

    /** The sector tags, comma-separated. */
    static String sectors(List<String> tags) {
        return String.join(", ", tags);
    }

    /**
     * The names of the facts that were inferred, in the order of the profile block.
     *
     * @param f the facts
     * @return e.g. {@code [years, buyer, sectors, commencement]}
     */
    static List<String> inferred(ContractFacts f) {
        List<String> names = new ArrayList<>();
        add(names, "category", f.category());
        add(names, "period", f.period());
        add(names, "years", f.years());
        add(names, "buyer", Optional.of(f.buyer()));
        add(names, "sectors", Optional.of(f.sectors()));
        add(names, "commencement", f.commencement());
        return names;
    }

    private static void add(List<String> names, String name, Optional<? extends Fact<?>> fact) {
        if (fact.isPresent() && fact.get().isInferred()) {
            names.add(name);
        }
    }

    /** The weighting of the criteria as words, e.g. {@code percentages} or {@code cannot be checked}. */
    static String weighting(CriteriaReading c) {
        return switch (c.weighting()) {
            case NONE_PUBLISHED -> "none published";
            case PERCENTAGES -> "percentages";
            case CANNOT_BE_CHECKED -> "cannot be checked";
            case INCOMPLETE -> "incomplete";
            case VARIES_BY_LOT -> "varies by lot";
        };
    }

    /** The social value check as words: {@code found}, {@code not found} or {@code no criteria}. */
    static String presence(SocialValueCheck sv) {
        return id(sv.presence()).replace('-', ' ');
    }

    /** The social value weight in percent, when it can be told: {@code 10%}. */
    static String socialValueWeight(SocialValueCheck sv) {
        return sv.weight().map(OcdsView::percent).orElse("");
    }

    /** A percentage as given, trailing zeros dropped: {@code 17.5%}. */
    static String percent(BigDecimal p) {
        return Fmt.number(p) + "%";
    }

    /** One criterion with its weight: {@code Quality 40%}, {@code price (rank 1)}, {@code Delivery (no weight)}. */
    static String criterion(AwardCriterion c) {
        return c.name() + " " + c.weight().map(OcdsView::weight).orElse("(no weight)")
                + (c.isSocialValue() ? " [social value]" : "");
    }

    private static String weight(Weight w) {
        if (w.percent().isPresent()) {
            return percent(w.percent().get()) + (w.provenance() == Provenance.INFERRED ? INFERRED_MARK : "");
        }
        return "(" + w.kind().ocdsCode() + " " + w.number().toPlainString() + ")";
    }

    /** The criteria with their weights, separated by {@code ; }. */
    static String criteria(CriteriaReading c) {
        return String.join("; ", c.criteria().stream().map(OcdsView::criterion).toList());
    }

    /** A reason as one short phrase without its path: {@code the contract value is zero: amount 0}. */
    static String phrase(Reason r) {
        return r.kind().description() + (r.detail().isEmpty() ? "" : ": " + r.detail());
    }

    /** Every reason of a reading, profile first, then the criteria's. */
    static List<Reason> reasons(ContractReading r) {
        List<Reason> all = new ArrayList<>(r.profile().reasons());
        all.addAll(r.criteria().reasons());
        return all;
    }

    /** The profile answer for a table: {@code usable}, or the profile's reasons as phrases. */
    static String answer(ContractReading r) {
        return r.profile().isUsable() ? "usable"
                : String.join("; ", r.profile().reasons().stream().map(OcdsView::phrase).toList());
    }

    /** A contract period as a cell: dates and durations as the notice gives them. */
    static String period(ContractPeriod p) {
        return p.toString();
    }

    /**
     * The lines of a profile block: each fact with its value and where it was read or how it was inferred.
     * Free text from the notice is escaped for the terminal.
     *
     * @param f the facts
     * @return rows of three cells: fact, value, provenance and how
     */
    static List<String[]> factLines(ContractFacts f) {
        List<String[]> rows = new ArrayList<>();
        line(rows, "category", f.category(), c -> c.id());
        line(rows, "value", f.netValue(), v -> money(v) + " net of VAT");
        line(rows, "gross value", f.grossValue(), v -> money(v) + " including VAT");
        line(rows, "period", f.period(), OcdsView::period);
        line(rows, "years", f.years(), String::valueOf);
        line(rows, "buyer", Optional.of(f.buyer()), b -> b.id());
        line(rows, "sectors", Optional.of(f.sectors()), t -> t.isEmpty() ? "(none)" : sectors(t));
        line(rows, "commencement", f.commencement(), String::valueOf);
        Suitability s = f.suitability();
        rows.add(new String[] {"SME / VCSE", (s.sme().isPresent() ? flag(s.sme()) : "not stated") + " / "
                + (s.vcse().isPresent() ? flag(s.vcse()) : "not stated"), "read: " + s.source()});
        return rows;
    }

    private static <T> void line(List<String[]> rows, String name, Optional<Fact<T>> fact, Function<T, String> show) {
        fact.ifPresent(f -> rows.add(new String[] {name, show.apply(f.value()),
                (f.isInferred() ? "inferred: " : "read: ") + f.how()}));
    }
}
