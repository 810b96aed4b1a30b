/**
 * Reading, writing and overlaying svtoms data files: {@link io.github.svtoms.catalog.Catalogues} for
 * {@code svtoms-catalogue/1}, {@link io.github.svtoms.catalog.ProxyTables} and
 * {@link io.github.svtoms.catalog.References} for proxy tables and reference data, and
 * {@link io.github.svtoms.catalog.Evaluations}, {@link io.github.svtoms.catalog.Monitoring} and
 * {@link io.github.svtoms.catalog.Portfolios} for tender evaluation, delivery monitoring and portfolio
 * metrics (with {@link io.github.svtoms.proxies.valuation.DeliveryValuation} for pledged versus delivered proxy value).
 * Every reader is strict and all-or-nothing: a file with any problem yields a {@link io.github.svtoms.catalog.CatalogueFormatException} listing every problem found with its file,
 * line, column and JSON path, and nothing partial.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.catalog;

import javax.annotation.ParametersAreNonnullByDefault;
