/**
 * svtoms core: the immutable social value catalogue (frameworks, themes, outcomes, measures, units),
 * exact money, and the rules that select KPIs, evaluate tenders, monitor delivery and measure a
 * portfolio. It has no runtime dependency and no access to proxy tables: KPI selection never sees a
 * financial proxy, so money cannot steer which outcomes are sought; tender evaluation and portfolio
 * metrics receive proxy values only as plain {@code Money} figures already computed elsewhere. The
 * duties of the Procurement Act 2023 era (dated framework editions, VAT-aware thresholds, the s.52 KPI duty,
 * s.71 ratings, s.23 importance, Carbon Reduction Plans, modern slavery) and the seed reports' better value
 * tools live here too.
 */
module io.github.svtoms.core {
    requires static jsr305;

    exports io.github.svtoms.core;
    // argument checks shared by the svtoms modules: not API
    exports io.github.svtoms.core.internal to io.github.svtoms.proxies, io.github.svtoms.catalog, io.github.svtoms.ocds;
    exports io.github.svtoms.core.money;
    exports io.github.svtoms.core.law;
    exports io.github.svtoms.core.catalogue;
    exports io.github.svtoms.core.kpi;
    exports io.github.svtoms.core.evaluation;
    exports io.github.svtoms.core.monitoring;
    exports io.github.svtoms.core.portfolio;
    exports io.github.svtoms.core.duties;
    exports io.github.svtoms.core.bettervalue;
}
