/**
 * Root of the svtoms core API: the exception hierarchy shared by every svtoms module.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core;

import javax.annotation.ParametersAreNonnullByDefault;
