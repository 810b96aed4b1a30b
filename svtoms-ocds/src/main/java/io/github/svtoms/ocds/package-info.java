/**
 * Reading OCDS notices into svtoms: {@link io.github.svtoms.ocds.OcdsReader} reads a file, a stream or a
 * directory of OCDS documents (a release, a record, a release package or a record package, one or many
 * per file) and returns, per notice and per lot, a {@link io.github.svtoms.ocds.ContractReading}: the
 * {@link io.github.svtoms.ocds.ProfileReading contract profile or the reasons it cannot be built}, the
 * {@link io.github.svtoms.ocds.CriteriaReading award criteria} with the
 * {@link io.github.svtoms.core.evaluation.EvaluationScheme evaluation scheme} they define when their
 * weights are percentages that add up to 100, and the {@link io.github.svtoms.ocds.SocialValueCheck
 * social value check}. {@link io.github.svtoms.ocds.OcdsReader#scan(java.nio.file.Path)} adds the
 * counts over many notices.
 *
 * <p>Reading never throws for what a notice contains: a broken file, a missing value or an end date
 * before its start date becomes a {@link io.github.svtoms.ocds.Reason} with a
 * {@link io.github.svtoms.ocds.ReasonKind kind} and the JSON path. A value that was not stated in the
 * notice but derived from something else (years from a number of days, a sector from a CPV code, a buyer
 * type from a COFOG code or a name) is a {@link io.github.svtoms.ocds.Fact} marked
 * {@link io.github.svtoms.ocds.Provenance#INFERRED} with how it was derived.
 *
 * <p>Every type here is immutable and thread-safe unless its documentation says otherwise (builders are
 * not). Parameters and return values are non-null unless annotated {@code @Nullable}; optional values
 * are returned as {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.ocds;

import javax.annotation.ParametersAreNonnullByDefault;
