/**
 * Helpers shared by the packages of this module; not exported, not API.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.proxies.internal;

import javax.annotation.ParametersAreNonnullByDefault;
