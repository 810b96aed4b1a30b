package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.evaluation.Bid;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.evaluation.ProxyValueMode;
import io.github.svtoms.core.evaluation.SocialValueMarks;
import io.github.svtoms.core.evaluation.SocialValueSplit;
import io.github.svtoms.core.evaluation.StandardPriceScoring;
import io.github.svtoms.core.money.Money;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static io.github.svtoms.catalog.FormatTests.in;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 seeded generated evaluation requests: write → read gives an equal request (exact decimal scale,
 * names with characters that need escaping, both forms of social value marks), write → read → write is
 * byte-identical, both documents validate against their schemas, and a request read back evaluates.
 */
@ExtendWith(InstancioExtension.class)
class EvaluationPropertyTest {
    private static final long SEED = 12345L;
    private static final String AWKWARD = " \"q\" \\ \n\t £ é — ✓ \u0001";
    private static final List<String> THEMES = List.of("covid-19-recovery", "tackling-economic-inequality",
            "fighting-climate-change", "equal-opportunity", "wellbeing");
    private static final List<String> FRAMEWORKS = List.of("nhs-2022", "kent", "elft", "brighton-hove", "bsol-stp");

    /** The free parts of one generated request; the rest is drawn from a Random seeded by {@code seed}. */
    record Spec(long seed, int criteria, int bids, String name, boolean framework) {
    }

    @Test
    void generatedRequestsRoundTripExactly() {
        List<Spec> specs = Instancio.ofList(Spec.class).size(1000).withSeed(SEED)
                .generate(field(Spec::criteria), gen -> gen.ints().range(1, 6))
                .generate(field(Spec::bids), gen -> gen.ints().range(1, 6))
                .generate(field(Spec::name), gen -> gen.string().minLength(1).maxLength(20))
                .create();
        assertEquals(1000, specs.size());
        Catalogue catalogue = Bundled.catalogue();
        Schema requestSchema = FormatTests.schema("svtoms-evaluation-request-1");
        Schema resultSchema = FormatTests.schema("svtoms-evaluation-1");
        for (Spec s : specs) {
            EvaluationRequest request = request(s, new Random(s.seed()), catalogue);
            String json = Formats.EVALUATION_REQUEST.toJson(request);
            EvaluationRequest back = Formats.EVALUATION_REQUEST.withContext(ReadContext.of(catalogue)).read(in(json), "gen.json");
            assertEquals(request, back, json);
            assertEquals(json, Formats.EVALUATION_REQUEST.toJson(back));
            assertEquals(List.of(), requestSchema.errors(tree(json)), json);
            String result = Formats.EVALUATION_RESULT.toJson(back.evaluate());
            assertEquals(List.of(), resultSchema.errors(tree(result)), result);
        }
    }

    /** Weights in hundredths adding up to exactly 100, at most one price criterion, every bid fully marked. */
    static EvaluationRequest request(Spec s, Random r, Catalogue catalogue) {
        int n = s.criteria();
        int[] hundredths = new int[n];
        int left = 10_000;
        for (int i = 0; i < n - 1; i++) {
            hundredths[i] = 1 + r.nextInt(left - (n - 1 - i));
            left -= hundredths[i];
        }
        hundredths[n - 1] = left;
        List<Criterion> criteria = new ArrayList<>();
        boolean proxyScored = false;
        for (int i = 0; i < n; i++) {
            BigDecimal weight = BigDecimal.valueOf(hundredths[i], 2).stripTrailingZeros();
            weight = weight.scale() < 0 ? weight.setScale(0) : weight;
            CriterionId id = CriterionId.of("c" + i + (r.nextBoolean() ? ".q" : "-x"));
            int kind = i == 0 ? r.nextInt(3) : 1 + r.nextInt(2);
            String name = s.name() + (r.nextBoolean() ? AWKWARD : "");
            if (kind == 0) {
                criteria.add(Criterion.price(id, name, weight));
            } else if (kind == 1) {
                criteria.add(Criterion.quality(id, name, weight));
            } else if (r.nextInt(4) == 0) {
                criteria.add(Criterion.socialValueFromProxy(id, name, weight, ProxyValueMode.values()[r.nextInt(2)]));
                proxyScored = true;
            } else {
                criteria.add(Criterion.socialValue(id, name, weight));
            }
        }
        int specified = r.nextInt(101);
        EvaluationScheme scheme = new EvaluationScheme(criteria,
                new SocialValueSplit(BigDecimal.valueOf(specified), BigDecimal.valueOf(100 - specified)),
                StandardPriceScoring.values()[r.nextInt(2)],
                THEMES.subList(0, r.nextInt(THEMES.size() + 1)).stream().map(ThemeId::of).toList(),
                r.nextBoolean() ? Optional.of(r.nextInt(5)) : Optional.empty());
        Currency currency = Money.currency(r.nextBoolean() ? "GBP" : "EUR");
        List<Bid> bids = new ArrayList<>();
        Map<BidId, String> names = new LinkedHashMap<>();
        for (int b = 0; b < s.bids(); b++) {
            BidId id = BidId.of("bid-" + b);
            Map<CriterionId, BigDecimal> quality = new LinkedHashMap<>();
            Map<CriterionId, SocialValueMarks> social = new LinkedHashMap<>();
            for (Criterion c : criteria) {
                if (c.kind() == CriterionKind.QUALITY) {
                    quality.put(c.id(), mark(r));
                } else if (c.kind() == CriterionKind.SOCIAL_VALUE && c.isMarked()) {
                    social.put(c.id(), r.nextBoolean() ? SocialValueMarks.of(mark(r)) : new SocialValueMarks(mark(r), mark(r)));
                }
            }
            Money price = Money.of(BigDecimal.valueOf(1 + r.nextInt(10_000_000), r.nextInt(3)), currency);
            Optional<Money> proxy = proxyScored || r.nextInt(5) == 0
                    ? Optional.of(Money.of(BigDecimal.valueOf(r.nextInt(5_000_000), r.nextInt(3)), currency)) : Optional.empty();
            bids.add(new Bid(id, price, quality, social, proxy));
            if (r.nextBoolean()) {
                names.put(id, s.name() + AWKWARD + b);
            }
        }
        Optional<Framework> framework = s.framework()
                ? catalogue.framework(FrameworkId.of(FRAMEWORKS.get(r.nextInt(FRAMEWORKS.size())))) : Optional.empty();
        return new EvaluationRequest(framework, scheme, bids, names);
    }

    private static BigDecimal mark(Random r) {
        return r.nextInt(3) == 0 ? BigDecimal.valueOf(r.nextInt(101)) : BigDecimal.valueOf(r.nextInt(10_001), 2);
    }
}
