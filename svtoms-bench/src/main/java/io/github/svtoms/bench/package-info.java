/**
 * Benchmarks of svtoms (JMH) and the side-by-side references they are compared with: a straightforward
 * {@link java.math.BigDecimal} valuation, a primitive fixed-point loop (the limit), a raw Jackson tree
 * parse and a LibreOffice spreadsheet. Not a library: nothing here is API.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.bench;

import javax.annotation.ParametersAreNonnullByDefault;
