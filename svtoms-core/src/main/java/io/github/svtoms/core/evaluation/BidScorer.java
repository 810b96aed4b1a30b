package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores every bid on every criterion of a scheme. Holds the per-tender figures; not shared. */
final class BidScorer {
    private final EvaluationScheme scheme;
    private final List<BigDecimal> prices;

    BidScorer(EvaluationScheme scheme, List<Bid> bids) {
        this.scheme = scheme;
        validate(scheme, bids);
        List<BigDecimal> all = new ArrayList<>();
        bids.forEach(b -> all.add(b.price().amount()));
        this.prices = List.copyOf(all);
    }

    private static void validate(EvaluationScheme scheme, List<Bid> bids) {
        if (bids.isEmpty()) {
            throw new InvalidValueException("no bids to evaluate: a tender evaluation needs at least one bid");
        }
        Currency currency = bids.get(0).price().currency();
        Set<BidId> ids = new HashSet<>();
        for (Bid bid : bids) {
            if (!ids.add(bid.id())) {
                throw new InvalidValueException("duplicate bid id '" + bid.id() + "': bid ids must be unique");
            }
            if (!bid.price().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, bid.price().currency());
            }
            checkMarks(scheme, bid, bid.qualityMarks().keySet(), CriterionKind.QUALITY);
            checkMarks(scheme, bid, bid.socialValueMarks().keySet(), CriterionKind.SOCIAL_VALUE);
            for (Criterion c : scheme.criteria()) {
                boolean missing = switch (c.kind()) {
                    case PRICE -> false;
                    case QUALITY -> !bid.qualityMarks().containsKey(c.id());
                    case SOCIAL_VALUE -> c.isMarked() ? !bid.socialValueMarks().containsKey(c.id())
                            : bid.committedProxyValue().isEmpty();
                };
                if (missing) {
                    throw new InvalidValueException("bid '" + bid.id() + "' has no " + (c.isMarked() ? "mark"
                            : "committed proxy value") + " for criterion '" + c.id() + "': every bid is scored on every criterion");
                }
            }
        }
    }

    private static void checkMarks(EvaluationScheme scheme, Bid bid, Set<CriterionId> marked, CriterionKind kind) {
        for (CriterionId id : marked) {
            Criterion c;
            try {
                c = scheme.criterion(id);
            } catch (UnknownIdException e) {
                throw new UnknownIdException("bid '" + bid.id() + "' has marks for unknown criterion '" + id
                        + "': not in the evaluation scheme");
            }
            if (c.kind() != kind || !c.isMarked()) {
                throw new InvalidValueException("bid '" + bid.id() + "' has " + kind + " marks for criterion '" + id
                        + "', which is a " + c.kind() + " criterion" + (c.proxyValueMode().isPresent() ? " scored from proxy value" : ""));
            }
        }
    }

    List<CriterionScore> score(Bid bid, List<Bid> all) {
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion c : scheme.criteria()) {
            ScoreDerivation d = switch (c.kind()) {
                case PRICE -> price(bid, c);
                case QUALITY -> quality(bid, c);
                case SOCIAL_VALUE -> c.isMarked() ? socialValue(bid, c) : proxy(bid, all, c);
            };
            scores.add(new CriterionScore(c.id(), c.kind(), c.weight(), d));
        }
        return scores;
    }

    private ScoreDerivation price(Bid bid, Criterion c) {
        PriceScoring method = scheme.priceScoring();
        ScoreDerivation d = method.score(bid.price().amount(), prices, c.weight());
        if (d == null || d.points().signum() < 0 || d.points().compareTo(c.weight()) > 0) {
            throw new InvalidValueException("price scoring method '" + method.methodName() + "' gave "
                    + (d == null ? "no result" : Numbers.plain(d.points()) + " points") + " for bid '" + bid.id()
                    + "': price points must be between 0 and the weight " + Numbers.plain(c.weight()));
        }
        return d;
    }

    private static ScoreDerivation quality(Bid bid, Criterion c) {
        BigDecimal mark = bid.qualityMarks().get(c.id());
        BigDecimal points = mark.multiply(c.weight()).divide(Numbers.HUNDRED);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("mark", mark);
        inputs.put("weight", c.weight());
        return new ScoreDerivation(points, "mark " + Numbers.plain(mark) + " of 100 × weight " + Numbers.plain(c.weight())
                + " = " + Numbers.plain(points), inputs);
    }

    private ScoreDerivation socialValue(Bid bid, Criterion c) {
        SocialValueMarks marks = bid.socialValueMarks().get(c.id());
        SocialValueSplit split = scheme.socialValueSplit();
        BigDecimal combined = marks.combined(split);
        BigDecimal points = combined.multiply(c.weight()).divide(Numbers.HUNDRED);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("specifiedMark", marks.specified());
        inputs.put("specifiedShare", split.specifiedPercent());
        inputs.put("openMark", marks.open());
        inputs.put("openShare", split.openPercent());
        inputs.put("combinedMark", combined);
        inputs.put("weight", c.weight());
        return new ScoreDerivation(points, "(specified " + Numbers.plain(marks.specified()) + " × "
                + Numbers.plain(split.specifiedPercent()) + "% + open " + Numbers.plain(marks.open()) + " × "
                + Numbers.plain(split.openPercent()) + "%) = " + Numbers.plain(combined) + " of 100 × weight "
                + Numbers.plain(c.weight()) + " = " + Numbers.plain(points), inputs);
    }

    private static ScoreDerivation proxy(Bid bid, List<Bid> all, Criterion c) {
        ProxyValueMode mode = c.proxyValueMode().orElseThrow();
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        BigDecimal value = committed(bid);
        BigDecimal price = bid.price().amount();
        inputs.put("committedProxyValue", value);
        Bid best;
        BigDecimal points;
        String what;
        if (mode == ProxyValueMode.RELATIVE_TO_BEST) {
            best = Collections.max(all, Comparator.comparing(BidScorer::committed));
            BigDecimal bestValue = committed(best);
            inputs.put("bestCommittedProxyValue", bestValue);
            inputs.put("weight", c.weight());
            if (bestValue.signum() == 0) {
                return nothingCommitted(mode, inputs);
            }
            points = value.multiply(c.weight()).divide(bestValue, Numbers.MC);
            what = "committed proxy value " + Numbers.plain(value) + " ÷ best " + Numbers.plain(bestValue);
        } else {
            // compare ratios v_i / p_i exactly: v_i × p_j against v_j × p_i
            best = Collections.max(all, (x, y) -> committed(x).multiply(y.price().amount())
                    .compareTo(committed(y).multiply(x.price().amount())));
            BigDecimal bestValue = committed(best);
            BigDecimal bestPrice = best.price().amount();
            inputs.put("bidPrice", price);
            inputs.put("bestBidCommittedProxyValue", bestValue);
            inputs.put("bestBidPrice", bestPrice);
            inputs.put("weight", c.weight());
            if (bestValue.signum() == 0) {
                return nothingCommitted(mode, inputs);
            }
            // (v ÷ p) ÷ (vBest ÷ pBest) × w, with a single division
            points = value.multiply(bestPrice).multiply(c.weight()).divide(price.multiply(bestValue), Numbers.MC);
            what = "(committed proxy value " + Numbers.plain(value) + " ÷ bid price " + Numbers.plain(price)
                    + ") ÷ best ratio (" + Numbers.plain(bestValue) + " ÷ " + Numbers.plain(bestPrice) + ", bid '"
                    + best.id() + "')";
        }
        return new ScoreDerivation(points, mode.modeName() + ": " + what + " × weight " + Numbers.plain(c.weight()) + " = "
                + Numbers.plain(points), inputs);
    }

    private static ScoreDerivation nothingCommitted(ProxyValueMode mode, Map<String, BigDecimal> inputs) {
        return new ScoreDerivation(BigDecimal.ZERO, mode.modeName() + ": no bid commits any proxy value, so every bid"
                + " scores 0 on this criterion", inputs);
    }

    private static BigDecimal committed(Bid bid) {
        return bid.committedProxyValue().map(Money::amount).orElseThrow();
    }
}
