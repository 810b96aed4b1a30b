/**
 * svtoms OCDS: reads Open Contracting Data Standard releases, records, release packages and record
 * packages — the shape in which UK notices are published (Find a Tender, Contracts Finder, Public
 * Contracts Scotland) — into svtoms contract profiles and evaluation schemes. Every notice gets an
 * answer: a usable {@link io.github.svtoms.core.kpi.ContractProfile} with every fact marked as read or
 * inferred, or the specific reasons why a piece is missing; plus the award criteria and the social value
 * check on them.
 *
 * <p>Jackson is an implementation detail: no Jackson type appears in the API, and no Jackson exception
 * escapes it.
 */
module io.github.svtoms.ocds {
    requires transitive io.github.svtoms.core;
    requires io.github.svtoms.catalog;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static jsr305;

    exports io.github.svtoms.ocds;
}
