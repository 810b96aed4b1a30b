package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Discount rates by year, as contiguous {@link DiscountBand bands} from {@code t = 1}. Discount factors
 * multiply year by year across bands, in {@link MathContext#DECIMAL128}:
 * {@code DF_0 = 1}, {@code DF_t = DF_{t−1} / (1 + r_t)} — so under the Green Book
 * {@code DF_31 = DF_30 / 1.03}, not {@code 1 / 1.03^31}.
 *
 * <p>A schedule whose last band is closed has a {@link #horizon()}; asking for a year beyond it is a
 * {@link ValuationException}.
 *
 * <p>Immutable and thread-safe; value equality over id, name, bands and provenance.
 */
public final class DiscountSchedule {
    private static final Provenance GREEN_BOOK = new Provenance(
            "The Green Book: appraisal and evaluation in central government", "HM Treasury", "2022",
            Optional.of("https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government"),
            "OGL v3.0", EvidenceGrade.V2, Optional.of("discount rates (social time preference rate, health rate)"));

    private final String id;
    private final String name;
    private final List<DiscountBand> bands;
    private final Optional<Provenance> provenance;

    private DiscountSchedule(String id, String name, List<DiscountBand> bands, Optional<Provenance> provenance) {
        this.id = id;
        this.name = name;
        this.bands = bands;
        this.provenance = provenance;
    }

    /**
     * A schedule from its bands.
     *
     * @param id the id, following the id rule
     * @param name a readable name
     * @param bands contiguous from {@code t = 1}; only the last may be open-ended
     * @param provenance where the rates come from, if known
     * @return the schedule
     * @throws InvalidValueException when the bands are empty, do not start at 1, leave a gap or overlap,
     *         or an open-ended band is not last
     */
    public static DiscountSchedule of(String id, String name, List<DiscountBand> bands, Optional<Provenance> provenance) {
        IdRule.check(id, "discount schedule id");
        Checks.notBlank(name, "discount schedule name");
        List<DiscountBand> copy = List.copyOf(Checks.notNull(bands, "discount bands"));
        Checks.notNull(provenance, "discount schedule provenance");
        if (copy.isEmpty()) {
            throw new InvalidValueException("discount schedule '" + id + "' has no bands");
        }
        int expected = 1;
        for (int i = 0; i < copy.size(); i++) {
            DiscountBand b = copy.get(i);
            if (b.from() != expected) {
                throw new InvalidValueException("discount schedule '" + id + "': band " + (i + 1) + " starts at t = "
                        + b.from() + " but must start at t = " + expected + " (bands are contiguous from t = 1)");
            }
            if (b.to().isEmpty() && i < copy.size() - 1) {
                throw new InvalidValueException("discount schedule '" + id + "': open-ended band " + (i + 1)
                        + " must be the last");
            }
            expected = b.to().map(t -> t + 1).orElse(Integer.MAX_VALUE);
        }
        return new DiscountSchedule(id, name, copy, provenance);
    }

    /**
     * No discounting: factor 1 at every year, no horizon. Id {@code none}.
     *
     * @return the schedule
     */
    public static DiscountSchedule none() {
        return of("none", "no discounting", List.of(DiscountBand.from(1, BigDecimal.ZERO)), Optional.empty());
    }

    /**
     * HM Treasury Green Book social time preference rate: 3.5 % for t 1–30, 3.0 % 31–75, 2.5 % 76–125,
     * 2.0 % 126–200, 1.5 % 201–300, 1.0 % from 301. Id {@code green-book}; no horizon.
     *
     * @return the schedule
     */
    public static DiscountSchedule greenBook() {
        return of("green-book", "HM Treasury Green Book social time preference rate", List.of(
                DiscountBand.of(1, 30, new BigDecimal("0.035")),
                DiscountBand.of(31, 75, new BigDecimal("0.030")),
                DiscountBand.of(76, 125, new BigDecimal("0.025")),
                DiscountBand.of(126, 200, new BigDecimal("0.020")),
                DiscountBand.of(201, 300, new BigDecimal("0.015")),
                DiscountBand.from(301, new BigDecimal("0.010"))), Optional.of(GREEN_BOOK));
    }

    /**
     * HM Treasury Green Book health discount rate: 1.5 % for t 1–30, 1.29 % 31–75, 1.07 % 76–125.
     * Id {@code green-book-health}; horizon 125.
     *
     * @return the schedule
     */
    public static DiscountSchedule greenBookHealth() {
        return of("green-book-health", "HM Treasury Green Book health discount rate", List.of(
                DiscountBand.of(1, 30, new BigDecimal("0.015")),
                DiscountBand.of(31, 75, new BigDecimal("0.0129")),
                DiscountBand.of(76, 125, new BigDecimal("0.0107"))), Optional.of(GREEN_BOOK));
    }

    /**
     * One rate for every year. Id {@code constant}; no horizon.
     *
     * @param rate the rate, in [0, 1), e.g. {@code 0.035}
     * @return the schedule
     * @throws InvalidValueException when the rate is outside [0, 1)
     */
    public static DiscountSchedule constant(BigDecimal rate) {
        DiscountBand band = DiscountBand.from(1, Checks.notNull(rate, "discount rate"));
        return of("constant", "constant rate " + rate.toPlainString(), List.of(band), Optional.empty());
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the readable name */
    public String name() {
        return name;
    }

    /** @return the bands in order, unmodifiable */
    public List<DiscountBand> bands() {
        return bands;
    }

    /** @return where the rates come from, if known */
    public Optional<Provenance> provenance() {
        return provenance;
    }

    /**
     * The last year the schedule covers.
     *
     * @return the last band's end, or empty when the last band is open-ended
     */
    public Optional<Integer> horizon() {
        return bands.get(bands.size() - 1).to();
    }

    /**
     * Whether every rate is zero (as in {@link #none()}), so that every factor is exactly 1.
     *
     * @return {@code true} when nothing is discounted
     */
    public boolean isUndiscounted() {
        return bands.stream().allMatch(b -> b.rate().signum() == 0);
    }

    /**
     * The rate applied in year {@code t}.
     *
     * @param t the year, ≥ 1
     * @return {@code r_t}
     * @throws InvalidValueException when {@code t < 1}
     * @throws ValuationException when {@code t} is beyond the horizon
     */
    public BigDecimal rate(int t) {
        if (t < 1) {
            throw new InvalidValueException("discount year t = " + t + " has no rate: rates apply from t = 1");
        }
        checkHorizon(t);
        for (DiscountBand b : bands) {
            if (b.contains(t)) {
                return b.rate();
            }
        }
        throw new IllegalStateException("bands are contiguous from t = 1; t = " + t);
    }

    /**
     * The discount factor of year {@code t}: {@code DF_0 = 1}, {@code DF_t = DF_{t−1} / (1 + r_t)}.
     *
     * @param t the year, ≥ 0
     * @return {@code DF_t} in {@link MathContext#DECIMAL128}
     * @throws InvalidValueException when {@code t < 0}
     * @throws ValuationException when {@code t} is beyond the horizon
     */
    public BigDecimal factor(int t) {
        return factors(t).get(t);
    }

    /**
     * The discount factors {@code DF_0 … DF_maxT}, computed year by year; cheaper than calling
     * {@link #factor(int)} for each year.
     *
     * @param maxT the last year, ≥ 0
     * @return an unmodifiable list of {@code maxT + 1} factors
     * @throws InvalidValueException when {@code maxT < 0}
     * @throws ValuationException when {@code maxT} is beyond the horizon
     */
    public List<BigDecimal> factors(int maxT) {
        if (maxT < 0) {
            throw new InvalidValueException("discount year t = " + maxT + " must not be negative");
        }
        checkHorizon(maxT);
        List<BigDecimal> out = new ArrayList<>(maxT + 1);
        BigDecimal df = BigDecimal.ONE;
        out.add(df);
        int band = 0;
        for (int t = 1; t <= maxT; t++) {
            while (!bands.get(band).contains(t)) {
                band++;
            }
            BigDecimal r = bands.get(band).rate();
            if (r.signum() != 0) {
                df = df.divide(BigDecimal.ONE.add(r), MathContext.DECIMAL128);
            }
            out.add(df);
        }
        return List.copyOf(out);
    }

    private void checkHorizon(int t) {
        horizon().ifPresent(h -> {
            if (t > h) {
                throw new ValuationException("discount year t = " + t + " is beyond the horizon of schedule '" + id
                        + "', which ends at t = " + h);
            }
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscountSchedule d && id.equals(d.id) && name.equals(d.name) && bands.equals(d.bands)
                && provenance.equals(d.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, bands, provenance);
    }

    @Override
    public String toString() {
        return "DiscountSchedule[" + id + ", " + bands.size() + " bands]";
    }
}
