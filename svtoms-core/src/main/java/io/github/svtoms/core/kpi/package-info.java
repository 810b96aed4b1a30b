/**
 * KPI selection: turns a {@link io.github.svtoms.core.kpi.ContractProfile contract profile} into a
 * small, relevant and proportionate set of {@link io.github.svtoms.core.kpi.Kpi KPIs} with minimum,
 * target and stretch levels scaled to the contract, and a reason for every choice and every exclusion
 * ({@link io.github.svtoms.core.kpi.KpiSelector}).
 *
 * <p>Selection lives in svtoms-core, which has no access to financial proxy values: a proxy can never
 * steer which outcomes are sought (Kent framework, principle 12).
 *
 * <p>Every type here is immutable and thread-safe unless its documentation says otherwise (builders
 * are not). Parameters and return values are non-null unless annotated {@code @Nullable}; optional
 * values are returned as {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.kpi;

import javax.annotation.ParametersAreNonnullByDefault;
