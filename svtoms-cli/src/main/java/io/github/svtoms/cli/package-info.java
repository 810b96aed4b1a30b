/**
 * The {@code svtoms} command: catalogue, proxies, KPI selection, valuation, evaluation, monitoring,
 * portfolio metrics, LM3 and HTML reports, on top of the svtoms library modules. An application, not
 * an API: {@link io.github.svtoms.cli.Main} is the only public type.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.cli;

import javax.annotation.ParametersAreNonnullByDefault;
