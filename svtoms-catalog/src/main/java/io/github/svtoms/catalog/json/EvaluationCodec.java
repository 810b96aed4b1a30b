package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.EvaluationDtos.BidDto;
import io.github.svtoms.catalog.json.EvaluationDtos.ContractDto;
import io.github.svtoms.catalog.json.EvaluationDtos.CriterionDto;
import io.github.svtoms.catalog.json.EvaluationDtos.Document;
import io.github.svtoms.catalog.json.EvaluationDtos.MarksDto;
import io.github.svtoms.catalog.json.EvaluationDtos.SplitDto;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.evaluation.AwardCriteria;
import io.github.svtoms.core.evaluation.AwardCriterion;
import io.github.svtoms.core.evaluation.Bid;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.evaluation.Importance;
import io.github.svtoms.core.evaluation.ProxyValueMode;
import io.github.svtoms.core.evaluation.SocialValueSplit;
import io.github.svtoms.core.evaluation.StandardPriceScoring;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.money.Money;

import javax.annotation.Nullable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-evaluation-request/1}: strict reading into an {@link EvaluationRequest}
 * (every problem the file has is collected, with its path, before any core type is built), canonical
 * writing. The result format {@code svtoms-evaluation/1} is written by {@link EvaluationResultWriter}.
 * Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationCodec {
    static final String KIND = "evaluation-request";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvaluationCodec() {
    }

    /**
     * Reads an evaluation request.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @param catalogue where the framework and the social value themes are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static EvaluationRequest read(InputStream in, String file, Catalogue catalogue) {
        Reading reading = new Reading(file);
        Document d = reading.bind(in, KIND, Document.class, Document.EMPTY);
        Fields f = new Fields(reading);
        int before = reading.problemCount();
        Currency currency = f.currency("$.currency", d.currency());
        String frameworkId = f.optionalId("$.framework", d.framework());
        LocalDate commencement = d.commencement() == null ? null : Values.date(f, "$.commencement", d.commencement());
        LawValues.Chosen chosen = LawValues.choose(f, catalogue, "$.framework", frameworkId, "$.commencement",
                commencement);
        ContractValue value = d.contract() == null ? null : contract(f, d.contract(), currency);
        List<Parsed> parsed = criteria(f, d.criteria());
        boolean scored = parsed.stream().allMatch(c -> c.importance() instanceof Importance.Percentage);
        EvaluationRequest request;
        if (scored) {
            Map<String, Criterion> criteria = scoring(f, parsed, parsed.size() == Fields.list(d.criteria()).size());
            SocialValueSplit split = d.socialValueSplit() == null ? SocialValueSplit.KENT_DEFAULT
                    : split(f, "$.socialValueSplit", d.socialValueSplit());
            StandardPriceScoring scoring = d.priceScoring() == null ? StandardPriceScoring.LOWEST_PRICE
                    : Values.constant(f, "$.priceScoring", d.priceScoring(), StandardPriceScoring.class,
                            "price scoring method");
            List<ThemeId> themes = themes(f, d.socialValueThemes(), catalogue);
            Integer outcomes = f.atLeast("$.socialValueOutcomes", d.socialValueOutcomes(), 0);
            EvaluationScheme scheme = Values.build(f, "$.criteria", before, () -> new EvaluationScheme(
                    List.copyOf(criteria.values()), split, scoring, themes, Optional.ofNullable(outcomes)));
            List<Bid> bids = new ArrayList<>();
            Map<BidId, String> names = new LinkedHashMap<>();
            EvaluationBids.read(f, d.bids(), criteria, currency, bids, names);
            reading.throwIfProblems();
            request = Values.build(f, "$.bids", before, () -> new EvaluationRequest(
                    Optional.ofNullable(chosen).map(LawValues.Chosen::framework), scheme, bids, names,
                    Optional.ofNullable(value), chosen == null ? Optional.empty() : chosen.edition()));
        } else {
            unscored(f, d);
            reading.throwIfProblems();
            request = Values.build(f, "$.criteria", before, () -> new EvaluationRequest(
                    Optional.ofNullable(chosen).map(LawValues.Chosen::framework),
                    new AwardCriteria(parsed.stream().map(c -> new AwardCriterion(CriterionId.of(c.id()), c.name(), c.kind(),
                            c.importance())).toList()), Optional.empty(), List.of(), Map.of(), Optional.ofNullable(value),
                    chosen == null ? Optional.empty() : chosen.edition()));
        }
        reading.throwIfProblems();
        return request;
    }

    private static ContractValue contract(Fields f, ContractDto c, Currency currency) {
        BigDecimal amount = Values.nonNegative(f, "$.contract.value", c.value());
        return LawValues.contractValue(f, "$.contract", amount == null || currency == null ? null
                : Money.of(amount, currency), c.valueIncludesVat(), c.valueOtherBasis());
    }

    /** A request with a ranked or described criterion scores no bids, so it has no scheme members either. */
    private static void unscored(Fields f, Document d) {
        String why = ": svtoms scores bids only when every criterion has a percentage weight, and this request ranks"
                + " or describes the importance of a criterion";
        if (d.bids() != null) {
            f.problem("$.bids", "bids cannot be scored" + why);
        }
        if (d.socialValueSplit() != null) {
            f.problem("$.socialValueSplit", "'socialValueSplit' belongs to a scored request" + why);
        }
        if (d.priceScoring() != null) {
            f.problem("$.priceScoring", "'priceScoring' belongs to a scored request" + why);
        }
        if (d.socialValueThemes() != null) {
            f.problem("$.socialValueThemes", "'socialValueThemes' belongs to a scored request" + why);
        }
        if (d.socialValueOutcomes() != null) {
            f.problem("$.socialValueOutcomes", "'socialValueOutcomes' belongs to a scored request" + why);
        }
    }

    /** One criterion as read: its importance in the form the file gives, and its proxy value mode. */
    private record Parsed(String path, String id, String name, CriterionKind kind, Importance importance,
                          @Nullable ProxyValueMode mode) {
    }

    /** Every criterion whose members are valid; exactly one of weight, rank and importance each. */
    private static List<Parsed> criteria(Fields f, List<CriterionDto> dtos) {
        List<Parsed> out = new ArrayList<>();
        if (f.required("$.criteria", dtos) != null && dtos.isEmpty()) {
            f.problem("$.criteria", "an evaluation request needs at least one criterion");
        }
        List<CriterionDto> list = Fields.list(dtos);
        Values.unique(f, list.stream().map(CriterionDto::id).toList(), "$.criteria", "id", "criterion id");
        int prices = 0;
        for (int i = 0; i < list.size(); i++) {
            String p = "$.criteria[" + i + "]";
            CriterionDto c = list.get(i);
            int before = f.reading().problemCount();
            String id = f.id(p + ".id", c.id());
            String name = f.text(p + ".name", c.name());
            CriterionKind kind = Values.constant(f, p + ".kind", c.kind(), CriterionKind.class, "criterion kind");
            Importance importance = importance(f, p, c);
            if (kind == CriterionKind.PRICE && ++prices == 2) {
                f.problem(p + ".kind", "a second price criterion: an evaluation scheme has at most one price criterion");
            }
            ProxyValueMode mode = c.proxyValueMode() == null ? null
                    : f.oneOf(p + ".proxyValueMode", c.proxyValueMode(), ProxyValueMode::named);
            if (mode != null && kind != null && kind != CriterionKind.SOCIAL_VALUE) {
                f.problem(p + ".proxyValueMode", "criterion '" + id + "' of kind " + Values.id(kind) + " has a proxy "
                        + "value mode: only a social-value criterion can be scored from proxy value");
            }
            if (mode != null && importance != null && !(importance instanceof Importance.Percentage)) {
                f.problem(p + ".proxyValueMode", "criterion '" + id + "' is scored from proxy value but has no"
                        + " percentage weight: only a weighted criterion is scored");
            }
            if (f.reading().problemCount() == before) {
                out.add(new Parsed(p, id, name, kind, importance, mode));
            }
        }
        return out;
    }

    /** The importance of a criterion: s.23 allows a percentage, a ranking or a description. */
    private static Importance importance(Fields f, String p, CriterionDto c) {
        int given = (c.weight() == null ? 0 : 1) + (c.rank() == null ? 0 : 1) + (c.importance() == null ? 0 : 1);
        if (given != 1) {
            f.problem(p, (given == 0 ? "no" : "more than one") + " relative importance: give exactly one of 'weight'"
                    + " (a percentage), 'rank' (1 the most important) or 'importance' (in words), as s.23 allows");
            return null;
        }
        if (c.weight() != null) {
            BigDecimal weight = f.decimal(p + ".weight", c.weight());
            if (weight != null && (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0)) {
                f.problem(p + ".weight", "invalid weight '" + c.weight() + "': a criterion weight must be greater than 0 "
                        + "and at most 100 percent");
                return null;
            }
            return weight == null ? null : Importance.percent(weight);
        }
        if (c.rank() != null) {
            Integer rank = f.atLeast(p + ".rank", c.rank(), 1);
            return rank == null ? null : Importance.rank(rank);
        }
        String words = f.text(p + ".importance", c.importance());
        return words == null ? null : Importance.described(words);
    }

    /** The scoring criteria of a request whose criteria are all weighted; their weights add up to 100. */
    private static Map<String, Criterion> scoring(Fields f, List<Parsed> parsed, boolean complete) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Parsed c : parsed) {
            BigDecimal w = ((Importance.Percentage) c.importance()).percent();
            sum = sum.add(w);
            Criterion built = Values.build(f, c.path(), f.reading().problemCount(),
                    () -> new Criterion(CriterionId.of(c.id()), c.name(), c.kind(), w, Optional.ofNullable(c.mode())));
            if (built != null) {
                out.putIfAbsent(c.id(), built);
            }
        }
        if (complete && !parsed.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            f.problem("$.criteria", "criteria weights add up to " + plain(sum) + ", not 100: the weights of an "
                    + "evaluation scheme must add up to exactly 100 percent");
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private static SocialValueSplit split(Fields f, String p, SplitDto d) {
        int before = f.reading().problemCount();
        BigDecimal specified = Values.percent(f, p + ".specified", d.specified(), "a share");
        BigDecimal open = Values.percent(f, p + ".open", d.open(), "a share");
        return Values.build(f, p, before, () -> new SocialValueSplit(specified, open));
    }

    private static List<ThemeId> themes(Fields f, List<String> ids, Catalogue catalogue) {
        List<ThemeId> out = new ArrayList<>();
        List<String> list = Fields.list(ids);
        for (int i = 0; i < list.size(); i++) {
            String p = "$.socialValueThemes[" + i + "]";
            String id = f.id(p, list.get(i));
            if (id == null) {
                continue;
            }
            ThemeId theme = ThemeId.of(id);
            if (catalogue.theme(theme).isEmpty()) {
                f.problem(p, "unknown theme '" + id + "': not in the catalogue");
            } else if (out.contains(theme)) {
                f.problem(p, "duplicate theme '" + id + "' in socialValueThemes");
            } else {
                out.add(theme);
            }
        }
        return out;
    }

    /**
     * Writes an evaluation request in the canonical form: members in the order of README-formats.md,
     * {@code socialValueSplit} and {@code priceScoring} always written, empty optional members omitted, a
     * social value mark whose two parts are equal (value and scale) written as one string.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     * @throws io.github.svtoms.core.InvalidValueException when the scheme's price scoring is not a built-in method
     */
    public static String write(EvaluationRequest request) {
        Optional<EvaluationScheme> scheme = request.scheme();
        Optional<StandardPriceScoring> scoring = scheme.map(s -> {
            if (!(s.priceScoring() instanceof StandardPriceScoring standard)) {
                throw new io.github.svtoms.core.InvalidValueException("price scoring method '" + s.priceScoring().methodName()
                        + "' cannot be written: svtoms-evaluation-request/1 knows lowest-price and linear");
            }
            return standard;
        });
        Currency currency = request.currency().or(() -> request.contractValue().map(ContractValue::currency))
                .orElseThrow(() -> new io.github.svtoms.core.InvalidValueException("an evaluation request without bids"
                        + " or a contract value has no currency, which svtoms-evaluation-request/1 requires"));
        Map<CriterionId, Optional<ProxyValueMode>> modes = new LinkedHashMap<>();
        scheme.ifPresent(s -> s.criteria().forEach(c -> modes.put(c.id(), c.proxyValueMode())));
        return JsonOut.write("svtoms-" + KIND + "/1", new Document(currency.getCurrencyCode(),
                request.edition().map(e -> e.requested().value())
                        .or(() -> request.framework().map(fw -> fw.id().value())).orElse(null),
                request.edition().map(e -> e.commencement().toString()).orElse(null),
                request.contractValue().map(v -> new ContractDto(JsonOut.decimal(v.amount().amount()),
                        v.includesVat().orElse(null), LawValues.otherBasis(v))).orElse(null),
                CatalogueWriter.each(request.criteria().criteria(), c -> criterion(c, modes.getOrDefault(c.id(),
                        Optional.empty()))),
                scheme.map(s -> new SplitDto(JsonOut.decimal(s.socialValueSplit().specifiedPercent()),
                        JsonOut.decimal(s.socialValueSplit().openPercent()))).orElse(null),
                scoring.map(StandardPriceScoring::methodName).orElse(null),
                scheme.map(s -> JsonOut.nonEmpty(CatalogueWriter.ids(s.socialValueThemes()))).orElse(null),
                scheme.flatMap(EvaluationScheme::socialValueOutcomes).orElse(null),
                CatalogueWriter.each(request.bids(), b -> bid(b, request.bidNames().get(b.id())))));
    }

    private static CriterionDto criterion(AwardCriterion c, Optional<ProxyValueMode> mode) {
        Importance i = c.importance();
        return new CriterionDto(c.id().value(), c.name(), Values.id(c.kind()),
                i instanceof Importance.Percentage p ? JsonOut.decimal(p.percent()) : null,
                i instanceof Importance.Rank r ? r.position() : null,
                i instanceof Importance.Description d ? d.text() : null, mode.map(ProxyValueMode::modeName).orElse(null));
    }

    private static BidDto bid(Bid b, @Nullable String name) {
        Map<String, String> quality = new LinkedHashMap<>();
        b.qualityMarks().forEach((k, v) -> quality.put(k.value(), JsonOut.decimal(v)));
        Map<String, MarksDto> social = new LinkedHashMap<>();
        b.socialValueMarks().forEach((k, v) -> social.put(k.value(), v.specified().equals(v.open())
                ? new MarksDto(JsonOut.decimal(v.specified()), null)
                : new MarksDto(null, new SplitDto(JsonOut.decimal(v.specified()), JsonOut.decimal(v.open())))));
        return new BidDto(b.id().value(), name, JsonOut.decimal(b.price().amount()), JsonOut.nonEmpty(quality),
                JsonOut.nonEmpty(social), JsonOut.decimal(b.committedProxyValue().map(Money::amount)));
    }
}
