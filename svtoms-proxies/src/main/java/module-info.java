/**
 * svtoms proxies: financial proxy values with provenance, price indices for rebasing to one price
 * year, discount schedules (HM Treasury Green Book and others), reference series, and the valuation
 * engine that turns commitment lines into gross, net and present values with a derivation for every
 * figure.
 */
module io.github.svtoms.proxies {
    requires transitive io.github.svtoms.core;
    requires static jsr305;

    exports io.github.svtoms.proxies;
    exports io.github.svtoms.proxies.derivation;
    exports io.github.svtoms.proxies.valuation;
    exports io.github.svtoms.proxies.calc;
}
