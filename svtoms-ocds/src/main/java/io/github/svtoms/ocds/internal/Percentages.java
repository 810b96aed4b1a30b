package io.github.svtoms.ocds.internal;

import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.Provenance;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.Weight;
import io.github.svtoms.ocds.WeightKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The percentage each weight comes to: a percentage is itself (at most 100); a decimal share is × 100
 * (at most 1); points are a share of the points of all criteria — exact when the division terminates,
 * otherwise rounded to hundredths by the largest remainder, so that the percentages still add up to
 * exactly 100; a rank has none. Only an exact percentage or decimal read from {@code numbers[]} is
 * {@link Provenance#READ}. Stateless and thread-safe.
 */
final class Percentages {
    /** What numbers without a unit are read as. */
    enum As {
        PERCENT, DECIMAL, POINTS, ORDER
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** The weight, or empty (with a reason) when out of range. */
    static Optional<Weight> weight(RawWeight raw, As plainAs, List<Reason> reasons, String path) {
        WeightKind kind = raw.kind().orElseGet(() -> plainKind(plainAs, raw.rangeMiddle()));
        BigDecimal n = raw.number();
        String how = raw.how() + (raw.kind().isEmpty() ? ", read as " + kind.ocdsCode() : "");
        if (n.signum() < 0) {
            reasons.add(new Reason(ReasonKind.WEIGHT_OUT_OF_RANGE, n.toPlainString() + " is below 0", path));
            return Optional.empty();
        }
        Optional<BigDecimal> percent = switch (kind) {
            case PERCENTAGE_EXACT, PERCENTAGE_RANGE_MIDDLE -> Optional.of(n);
            case DECIMAL_EXACT, DECIMAL_RANGE_MIDDLE -> Optional.of(n.multiply(HUNDRED));
            case POINTS_EXACT, POINTS_RANGE_MIDDLE, ORDER -> Optional.empty();
        };
        if (percent.isPresent() && percent.get().compareTo(HUNDRED) > 0) {
            reasons.add(new Reason(ReasonKind.WEIGHT_OUT_OF_RANGE, n.toPlainString() + " as " + kind.ocdsCode()
                    + " is above 100 %", path));
            return Optional.empty();
        }
        boolean read = raw.fromNumbers() && raw.kind().isPresent()
                && (kind == WeightKind.PERCENTAGE_EXACT || kind == WeightKind.DECIMAL_EXACT || kind == WeightKind.ORDER);
        if (kind == WeightKind.DECIMAL_EXACT || kind == WeightKind.DECIMAL_RANGE_MIDDLE) {
            how += ", × 100 = " + percent.orElseThrow().stripTrailingZeros().toPlainString() + " %";
        }
        return Optional.of(new Weight(kind, n, percent, read ? Provenance.READ : Provenance.INFERRED, how));
    }

    private static WeightKind plainKind(As as, boolean range) {
        return switch (as) {
            case PERCENT -> range ? WeightKind.PERCENTAGE_RANGE_MIDDLE : WeightKind.PERCENTAGE_EXACT;
            case DECIMAL -> range ? WeightKind.DECIMAL_RANGE_MIDDLE : WeightKind.DECIMAL_EXACT;
            case POINTS -> range ? WeightKind.POINTS_RANGE_MIDDLE : WeightKind.POINTS_EXACT;
            case ORDER -> WeightKind.ORDER;
        };
    }

    /** Every criterion's points as a percentage of the total; every criterion has a points weight. */
    static List<AwardCriterion> fromPoints(List<AwardCriterion> criteria, List<Reason> reasons, String path) {
        BigDecimal total = criteria.stream().map(c -> c.weight().orElseThrow().number()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (total.signum() == 0) {
            reasons.add(new Reason(ReasonKind.WEIGHTS_NOT_100, "the points add up to 0", path));
            return criteria;
        }
        List<BigDecimal> exact = new ArrayList<>();
        boolean terminates = true;
        for (AwardCriterion c : criteria) {
            try {
                exact.add(c.weight().orElseThrow().number().multiply(HUNDRED).divide(total));
            } catch (ArithmeticException e) {
                terminates = false;
                break;
            }
        }
        List<BigDecimal> percents = terminates ? exact : largestRemainder(criteria, total);
        String rule = terminates ? "" : ", rounded to hundredths by largest remainder";
        List<AwardCriterion> out = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            AwardCriterion c = criteria.get(i);
            Weight w = c.weight().orElseThrow();
            out.add(c.withWeight(w.withPercent(percents.get(i), w.number().toPlainString() + " of "
                    + total.toPlainString() + " points = " + percents.get(i).toPlainString() + " %" + rule)));
        }
        return out;
    }

    private static List<BigDecimal> largestRemainder(List<AwardCriterion> criteria, BigDecimal total) {
        int n = criteria.size();
        BigDecimal[] floor = new BigDecimal[n];
        BigDecimal[] remainder = new BigDecimal[n];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal share = criteria.get(i).weight().orElseThrow().number().multiply(HUNDRED)
                    .divide(total, 12, RoundingMode.DOWN);
            floor[i] = share.setScale(2, RoundingMode.DOWN);
            remainder[i] = share.subtract(floor[i]);
            allocated = allocated.add(floor[i]);
        }
        int cents = HUNDRED.subtract(allocated).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainder[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < cents && k < n; k++) {
            int i = order.get(k);
            floor[i] = floor[i].add(new BigDecimal("0.01"));
        }
        return List.of(floor);
    }
}
