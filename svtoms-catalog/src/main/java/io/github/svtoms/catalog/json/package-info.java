/**
 * Internal: the strict Jackson mapper, the package-private DTO records of each format, their
 * validation and mapping to the domain types, and the canonical writers. Not exported.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.catalog.json;

import javax.annotation.ParametersAreNonnullByDefault;
