/**
 * The implementation of {@link io.github.svtoms.ocds.OcdsReader}: the tolerant Jackson tree reader with
 * its limits, and one reader per piece of a notice (value, period, buyer type, CPV codes, award
 * criteria). Not exported: nothing here is API.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.ocds.internal;

import javax.annotation.ParametersAreNonnullByDefault;
