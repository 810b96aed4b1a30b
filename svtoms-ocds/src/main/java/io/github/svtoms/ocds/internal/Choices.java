package io.github.svtoms.ocds.internal;

import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the value and the period of a notice or a lot are taken from, in order; the first place that
 * gives a usable one wins, and when none does, the reasons are those of the first place that stated
 * something (or "not in the notice"). Stateless and thread-safe.
 *
 * <ul>
 *   <li>Whole notice: the award ({@code awards[]} without {@code relatedLots} or naming every lot: the
 *       only such award that states one, or every one when they agree), then the tender ({@code tender.value}, {@code tender.contractPeriod}); for the
 *       period, then its only lot's, or its lots' when every lot has the same (inferred).</li>
 *   <li>A lot: its own ({@code lots[].value}, {@code lots[].contractPeriod}), then the awards whose
 *       {@code relatedLots} name it; then, for a notice's only lot, the notice's; for a period of one
 *       of several lots, the notice's period (inferred). A lot of several never takes the notice's
 *       value, which covers all of them.</li>
 * </ul>
 */
final class Choices {
    private Choices() {
    }

    /** The first usable outcome; else the first stated one's reasons; else {@code none}. */
    static <R extends Outcome> R first(List<Supplier<Optional<R>>> places, BiFunction<List<Reason>, Boolean, R> failed,
                                      Reason none) {
        Optional<R> firstStated = Optional.empty();
        for (Supplier<Optional<R>> place : places) {
            Optional<R> o = place.get();
            if (o.isEmpty()) {
                continue;
            }
            if (o.get().usable()) {
                return o.get();
            }
            if (firstStated.isEmpty() && o.get().stated()) {
                firstStated = o;
            }
        }
        if (firstStated.isPresent() && !firstStated.get().reasons().isEmpty()) {
            return failed.apply(firstStated.get().reasons(), true);
        }
        return failed.apply(List.of(none), firstStated.isPresent());
    }

    /**
     * The awards' value or period: the only award that states one; all of them when every one is usable
     * and they agree on {@code key}; otherwise a failed outcome saying they differ.
     */
    static <R extends Outcome> Optional<R> fromAwards(List<Node> awards, Function<Node, R> read, Function<R, Object> key,
                                                      BiFunction<List<Reason>, Boolean, R> failed, ReasonKind differ) {
        List<R> stated = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Node a : awards) {
            R r = read.apply(a);
            if (r.stated()) {
                stated.add(r);
                paths.add(a.path());
            }
        }
        if (stated.size() <= 1) {
            return stated.stream().findFirst();
        }
        boolean agree = stated.stream().allMatch(Outcome::usable) && stated.stream().map(key).distinct().count() == 1;
        if (agree) {
            return Optional.of(stated.get(0));
        }
        return Optional.of(failed.apply(List.of(new Reason(differ, stated.size() + " awards: " + Texts.list(paths, 4),
                paths.get(0))), true));
    }

    /**
     * The awards that stand for the whole notice: those without {@code relatedLots}, or whose
     * {@code relatedLots} name every lot (an award for some lots only is not the whole contract).
     */
    static List<Node> awardsOfWhole(List<Node> awards, List<String> lotIds) {
        List<Node> out = new ArrayList<>();
        for (Node a : awards) {
            List<String> related = new ArrayList<>();
            a.get("relatedLots").elements().forEach(n -> n.text().ifPresent(related::add));
            if (related.isEmpty() || related.containsAll(lotIds)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The awards whose {@code relatedLots} name the lot. */
    static List<Node> awardsOf(List<Node> awards, String lotId) {
        List<Node> out = new ArrayList<>();
        for (Node a : awards) {
            if (a.get("relatedLots").elements().stream().anyMatch(n -> n.text().filter(lotId::equals).isPresent())) {
                out.add(a);
            }
        }
        return out;
    }
}
