/**
 * In-flight monitoring of social value commitments (ELFT, Brighton &amp; Hove: winning responses become
 * contract terms and are checked): {@link io.github.svtoms.core.monitoring.Commitment commitments} against
 * {@link io.github.svtoms.core.monitoring.ActualReport reported actuals}, assessed at an as-of date by
 * {@link io.github.svtoms.core.monitoring.DeliveryMonitor} into a
 * {@link io.github.svtoms.core.monitoring.MonitoringResult} with a pro-rata expectation and a RAG status
 * per commitment.
 *
 * <p><b>Dates are half-open, like {@code java.time}</b>: a commitment runs from its start date (inclusive)
 * to its end date (exclusive) — 2022-04-01 to 2023-04-01 is one year of 365 days — and so does a report's
 * period (a quarter is 2022-04-01 to 2022-07-01). An as-of date is the start of that day: the elapsed days
 * are the days from the start to the as-of date, and a report counts once its period has ended on or before
 * the as-of date.
 *
 * <p>Quantities are exact {@link java.math.BigDecimal}s; divisions use
 * {@link java.math.MathContext#DECIMAL128}; only {@code display…} methods round. This package values
 * nothing in money: a caller values {@link io.github.svtoms.core.monitoring.MonitoringResult#deliveredQuantities()}
 * with the valuation engine.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.monitoring;

import javax.annotation.ParametersAreNonnullByDefault;
