/**
 * svtoms catalog: every svtoms file format as one {@link io.github.svtoms.catalog.Format} constant of
 * {@link io.github.svtoms.catalog.Formats} (tag, JSON Schema, strict reading, canonical writing) — the
 * catalogue, proxy table and reference data, the valuation, KPI, evaluation, monitoring and portfolio
 * requests and their reports, and LM3 studies; the bundled open catalogue, proxy table and reference
 * series ({@link io.github.svtoms.catalog.Bundled}), and the overlay of a user's catalogue or proxy table
 * over them ({@link io.github.svtoms.catalog.Overlays}).
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
