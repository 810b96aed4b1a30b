/**
 * svtoms on Apache Spark: commitment lines from any Spark source valued per partition by one
 * {@link io.github.svtoms.proxies.valuation.ValuationEngine} per executor JVM, exact totals per contract,
 * organisation, theme, outcome, measure and value type equal to the library's
 * {@link io.github.svtoms.proxies.valuation.ValuationEngine#summarise}, the portfolio metrics of
 * {@link io.github.svtoms.core.portfolio} per organisation, and every bad row in a rejected-rows Dataset.
 *
 * <p>Entry points: {@link io.github.svtoms.spark.SparkValuation} (valuation and totals),
 * {@link io.github.svtoms.spark.SparkPortfolio} (portfolio metrics), {@link io.github.svtoms.spark.Schemas}
 * (every input and output schema) and {@link io.github.svtoms.spark.ValueLinesJob} (the {@code spark-submit}
 * main class). Spark itself is provided by the cluster.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.spark;

import javax.annotation.ParametersAreNonnullByDefault;
