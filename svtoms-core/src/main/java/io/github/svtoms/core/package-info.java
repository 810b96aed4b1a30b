/**
 * Root of the svtoms core API: the exception hierarchy shared by every svtoms module, and the rules
 * every module applies the same way — argument checks ({@link io.github.svtoms.core.internal.Checks}), the id
 * rule ({@link io.github.svtoms.core.IdRule}) and the ids enums have in files
 * ({@link io.github.svtoms.core.FileId}, {@link io.github.svtoms.core.FileIds}).
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core;

import javax.annotation.ParametersAreNonnullByDefault;
