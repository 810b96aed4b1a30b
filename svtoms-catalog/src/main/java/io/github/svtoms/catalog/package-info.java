/**
 * Reading, writing and overlaying svtoms data files. Every file format is a {@link
 * io.github.svtoms.catalog.Format} constant of {@link io.github.svtoms.catalog.Formats} — its tag, its JSON
 * Schema, {@code read}, {@code parse}, {@code write} and {@code toJson} — and
 * {@link io.github.svtoms.catalog.Formats#detect(java.nio.file.Path)} finds the format a file declares. The
 * bundled catalogue, proxy table, reference data and default price index are in {@link
 * io.github.svtoms.catalog.Bundled}; a user's catalogue or proxy table is laid over them with {@link
 * io.github.svtoms.catalog.Overlays}; a read that looks things up takes them from a {@link
 * io.github.svtoms.catalog.ReadContext}, the bundled data unless given another:
 *
 * <pre>{@code
 * ValuationRequest request = Formats.VALUATION_REQUEST.read(file);          // bundled catalogue, proxies, deflator
 * Catalogue mine = Overlays.catalogue(Bundled.catalogue(), overlayFile).value();
 * ValuationRequest same = Formats.VALUATION_REQUEST.withContext(ReadContext.of(mine, Bundled.proxyTable())).read(file);
 * }</pre>
 *
 * <p>Large inputs stream: a line-oriented format ({@link io.github.svtoms.catalog.LineFormat}, such as
 * {@link io.github.svtoms.catalog.Formats#COMMITMENT_LINES}, JSON Lines of commitment lines) is read record by
 * record in constant memory by a {@link io.github.svtoms.catalog.LineReader}, with limits per record, each bad
 * record reported at its line; a valuation report can be written while the lines are valued
 * ({@link io.github.svtoms.catalog.ValuationReportWriter}).
 *
 * <p>Every reader is strict and all-or-nothing: a file with any problem yields a {@link
 * io.github.svtoms.catalog.CatalogueFormatException} listing every problem found with its file, line,
 * column and JSON path, and nothing partial. Every public type is immutable and thread-safe.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.catalog;

import javax.annotation.ParametersAreNonnullByDefault;
