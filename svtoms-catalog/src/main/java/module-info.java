/**
 * svtoms catalog: the strict JSON formats {@code svtoms-catalogue/1}, {@code svtoms-proxies/1} and
 * {@code svtoms-reference/1}, the request and result formats {@code svtoms-valuation-request/1},
 * {@code svtoms-valuation/1}, {@code svtoms-kpi-request/1} and {@code svtoms-kpi-selection/1}, the
 * evaluation, monitoring and portfolio formats ({@code svtoms-evaluation-request/1},
 * {@code svtoms-monitoring/1}, {@code svtoms-portfolio/1}) and their reports, the bundled open
 * catalogue, proxy table and reference series, and the overlay of a user's catalogue or proxy table
 * over them.
 *
 * <p>Jackson is an implementation detail: no Jackson type appears in the API, and no Jackson
 * exception escapes it.
 */
module io.github.svtoms.catalog {
    requires transitive io.github.svtoms.core;
    requires transitive io.github.svtoms.proxies;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static jsr305;

    exports io.github.svtoms.catalog;

    // the package-private DTO records are created and read by Jackson reflectively
    opens io.github.svtoms.catalog.json to com.fasterxml.jackson.databind;
}
