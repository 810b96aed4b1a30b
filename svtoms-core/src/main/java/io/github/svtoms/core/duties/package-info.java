/**
 * Procurement duties beside social value that svtoms can check, each as a
 * {@link io.github.svtoms.core.law.Requirement} with its reason, evidence grade and source
 * ({@link io.github.svtoms.core.duties.ProcurementDuties}): a PPN 006 Carbon Reduction Plan, a supplier's
 * modern slavery statement, NHS modern-slavery expectations, and whether a framework edition's scope covers a
 * procurement. The Procurement Act 2023 KPI duty (s.52) lives with KPI selection
 * ({@link io.github.svtoms.core.kpi.KpiDuty}), the rating duty (s.71) with monitoring
 * ({@link io.github.svtoms.core.monitoring.PerformanceAssessment}) and the importance of award criteria (s.23)
 * with evaluation ({@link io.github.svtoms.core.evaluation.ImportanceCheck}).
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.duties;

import javax.annotation.ParametersAreNonnullByDefault;
