/**
 * The social value catalogue: {@link io.github.svtoms.core.catalogue.Framework frameworks},
 * {@link io.github.svtoms.core.catalogue.Theme themes}, {@link io.github.svtoms.core.catalogue.Outcome outcomes}
 * and {@link io.github.svtoms.core.catalogue.Measure measures} with their
 * {@link io.github.svtoms.core.catalogue.Unit units}, priority frameworks whose priorities map onto
 * measures, and the validated, immutable {@link io.github.svtoms.core.catalogue.Catalogue} that holds them.
 * Framework editions are dated: the {@link io.github.svtoms.core.catalogue.EditionResolver} picks the edition
 * of a family (e.g. {@code uk-svm}) in force on a procurement's commencement date. A
 * {@link io.github.svtoms.core.catalogue.LocalDefinition} says what "local" means.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are returned as {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.catalogue;

import javax.annotation.ParametersAreNonnullByDefault;
