package io.github.svtoms.core.kpi;

/**
 * Rule 3's cap on the number of KPIs for one profile, with the text that explains it.
 *
 * @param max the most KPIs
 * @param source where the cap comes from (a size band, or the request)
 * @param reason the exclusion reason for a capped-out candidate: "cap of N KPIs for a contract of £X"
 */
record Cap(int max, String source, String reason) {

    static Cap of(KpiSettings settings, ContractProfile profile) {
        String contract = Text.money(profile.value());
        if (profile.maxKpis().isPresent()) {
            int max = profile.maxKpis().get();
            return new Cap(max, "set by the request's maximum number of KPIs", reason(max, contract));
        }
        if (settings.currency() != null && !settings.currency().equals(profile.value().currency())) {
            throw SelectionRun.currencyMismatch(profile, settings);
        }
        for (KpiSettings.SizeBand band : settings.sizeBands()) {
            if (profile.value().compareTo(band.below()) < 0) {
                return new Cap(band.maxKpis(), "size band '" + band.name() + "': contracts under "
                        + Text.money(band.below()), reason(band.maxKpis(), contract));
            }
        }
        String above = settings.sizeBands().isEmpty() ? "every contract"
                : "contracts of at least " + Text.money(settings.sizeBands().get(settings.sizeBands().size() - 1).below());
        return new Cap(settings.largestCap(), above, reason(settings.largestCap(), contract));
    }

    private static String reason(int max, String contract) {
        return "cap of " + Text.plural(max, "KPI", "KPIs") + " for a contract of " + contract;
    }

    /**
     * This cap, raised to a minimum the law or the framework requires.
     *
     * @param minimum the KPIs that must fit
     * @param why who requires them
     * @param profile the profile, for the contract value in the reason
     * @return this cap when it is already large enough, else the raised cap
     */
    Cap atLeast(int minimum, String why, ContractProfile profile) {
        if (minimum <= max) {
            return this;
        }
        return new Cap(minimum, source + ", raised to " + minimum + " by " + why,
                reason(minimum, Text.money(profile.value())));
    }
}
