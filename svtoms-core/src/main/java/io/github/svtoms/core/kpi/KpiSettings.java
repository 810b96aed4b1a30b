package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link KpiSelector} sizes a selection and which rules it adds to the framework's own.
 *
 * <p>Size bands: a contract below a band's upper bound gets at most that band's number of KPIs; a
 * contract at or above every bound gets {@link #largestCap()}. The defaults ({@link #DEFAULT}) are
 * under £100,000: 3 ("light"); under £1,000,000: 6 ("medium"); otherwise 10. A profile's own
 * {@link ContractProfile#maxKpis()} overrides the band. Contract values must be in the bands'
 * currency: svtoms never converts currencies.
 *
 * <p>The priority-group limit applies when the framework sets none (ELFT asks for three groups; three
 * is also the default). Buyer mandatory themes apply whatever framework is used; by default an NHS
 * buyer must include {@code fighting-climate-change} (NHS England, from 1 April 2022). Central
 * government is not given one by default: PPN 06/20 sets a minimum weighting, not a mandatory theme.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param sizeBands the bands, in increasing order of upper bound, all in one currency, with caps that
 *                  never decrease
 * @param largestCap the cap for contracts at or above every band's bound, at least the last band's cap
 * @param defaultPriorityGroupLimit how many requested priority groups get hire KPIs when the framework
 *                                  sets no limit, at least 1
 * @param buyerMandatoryThemes themes each kind of buyer must include, whatever the framework
 */
public record KpiSettings(List<SizeBand> sizeBands, int largestCap, int defaultPriorityGroupLimit,
                          Map<BuyerType, List<ThemeId>> buyerMandatoryThemes) {

    /** The climate theme NHS England makes mandatory in every tender. */
    public static final ThemeId FIGHTING_CLIMATE_CHANGE = ThemeId.of("fighting-climate-change");

    /** The defaults: 3 / 6 / 10 KPIs split at £100,000 and £1,000,000; 3 priority groups; NHS climate. */
    public static final KpiSettings DEFAULT = new KpiSettings(
            List.of(new SizeBand("light", Money.of("100000.00", "GBP"), 3),
                    new SizeBand("medium", Money.of("1000000.00", "GBP"), 6)),
            10, 3, Map.of(BuyerType.NHS, List.of(FIGHTING_CLIMATE_CHANGE)));

    /**
     * Validates the settings and copies the collections.
     *
     * @throws InvalidValueException when a band is out of order, in another currency, or a cap or
     *                               limit is below 1
     */
    public KpiSettings {
        sizeBands = List.copyOf(Checks.notNull(sizeBands, "size bands"));
        for (int i = 1; i < sizeBands.size(); i++) {
            SizeBand before = sizeBands.get(i - 1);
            SizeBand band = sizeBands.get(i);
            if (!band.below().currency().equals(before.below().currency())) {
                throw new InvalidValueException("size band '" + band.name() + "' is in "
                        + band.below().currency().getCurrencyCode() + " but '" + before.name() + "' is in "
                        + before.below().currency().getCurrencyCode() + ": all bands share one currency");
            }
            if (band.below().compareTo(before.below()) <= 0) {
                throw new InvalidValueException("size band '" + band.name() + "' (below " + band.below()
                        + ") must have a higher bound than '" + before.name() + "' (below " + before.below() + ")");
            }
            if (band.maxKpis() < before.maxKpis()) {
                throw new InvalidValueException("size band '" + band.name() + "' allows " + band.maxKpis()
                        + " KPIs, fewer than the smaller band '" + before.name() + "' (" + before.maxKpis()
                        + "): a larger contract never gets a smaller cap");
            }
        }
        int lastCap = sizeBands.isEmpty() ? 1 : sizeBands.get(sizeBands.size() - 1).maxKpis();
        if (largestCap < lastCap) {
            throw new InvalidValueException("invalid largest cap " + largestCap + ": must be at least 1 and at least"
                    + " the last band's cap " + lastCap);
        }
        if (defaultPriorityGroupLimit < 1) {
            throw new InvalidValueException("invalid default priority group limit " + defaultPriorityGroupLimit
                    + ": must be at least 1");
        }
        Checks.notNull(buyerMandatoryThemes, "buyer mandatory themes");
        Map<BuyerType, List<ThemeId>> copy = new EnumMap<>(BuyerType.class);
        buyerMandatoryThemes.forEach((buyer, themes) -> copy.put(Checks.notNull(buyer, "buyer type"),
                List.copyOf(Checks.notNull(themes, "mandatory themes of " + buyer))));
        buyerMandatoryThemes = Map.copyOf(copy);
    }

    /**
     * A copy with other size bands.
     *
     * @param bands the bands
     * @param capAbove the cap above every band
     * @return the modified copy
     */
    public KpiSettings withSizeBands(List<SizeBand> bands, int capAbove) {
        return new KpiSettings(bands, capAbove, defaultPriorityGroupLimit, buyerMandatoryThemes);
    }

    /**
     * A copy with another default priority-group limit.
     *
     * @param limit at least 1
     * @return the modified copy
     */
    public KpiSettings withDefaultPriorityGroupLimit(int limit) {
        return new KpiSettings(sizeBands, largestCap, limit, buyerMandatoryThemes);
    }

    /**
     * A copy with other buyer mandatory themes.
     *
     * @param themes the themes per buyer type (a missing buyer type has none)
     * @return the modified copy
     */
    public KpiSettings withBuyerMandatoryThemes(Map<BuyerType, List<ThemeId>> themes) {
        return new KpiSettings(sizeBands, largestCap, defaultPriorityGroupLimit, themes);
    }

    /**
     * The themes a kind of buyer must include.
     *
     * @param buyer the buyer type
     * @return the themes, possibly empty
     */
    public List<ThemeId> mandatoryThemesFor(BuyerType buyer) {
        return buyerMandatoryThemes.getOrDefault(Checks.notNull(buyer, "buyer type"), List.of());
    }

    /**
     * The currency of the size bands, if there are any bands.
     *
     * @return the currency, or null when there are no bands
     */
    @javax.annotation.Nullable
    Currency currency() {
        return sizeBands.isEmpty() ? null : sizeBands.get(0).below().currency();
    }

    /**
     * A contract-size band: contracts worth less than {@code below} get at most {@code maxKpis} KPIs.
     *
     * <p>Immutable and thread-safe; value equality over all components.
     *
     * @param name a short name, e.g. {@code light}
     * @param below the exclusive upper bound, greater than zero
     * @param maxKpis the cap, at least 1
     */
    public record SizeBand(String name, Money below, int maxKpis) {
        /**
         * Validates the band.
         *
         * @throws InvalidValueException when the name is blank, the bound not positive or the cap below 1
         */
        public SizeBand {
            Checks.notBlank(name, "size band name");
            Checks.notNull(below, "size band bound");
            if (below.signum() <= 0) {
                throw new InvalidValueException("size band '" + name + "' bound " + below + " must be greater than 0");
            }
            if (maxKpis < 1) {
                throw new InvalidValueException("size band '" + name + "' cap " + maxKpis + " must be at least 1");
            }
        }
    }
}
