/**
 * svtoms core: the immutable social value catalogue (frameworks, themes, outcomes, measures, units),
 * exact money, and the rules that select KPIs and evaluate and monitor contracts. It has no runtime
 * dependency; in particular it never sees a financial proxy value, so money cannot steer which
 * outcomes are sought.
 */
module io.github.svtoms.core {
    requires static jsr305;

    exports io.github.svtoms.core;
    exports io.github.svtoms.core.money;
    exports io.github.svtoms.core.catalogue;
    exports io.github.svtoms.core.kpi;
}
