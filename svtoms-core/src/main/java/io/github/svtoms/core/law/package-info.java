/**
 * The vocabulary of the rules buyers work under since the Procurement Act 2023: a
 * {@link io.github.svtoms.core.law.ContractValue contract value} that says whether VAT is in, a
 * {@link io.github.svtoms.core.law.Threshold threshold} stated on one VAT basis, the
 * {@link io.github.svtoms.core.law.EvidenceGrade evidence grade} of a fact ([V] read in the primary text,
 * [S] from consistent secondary sources), and a {@link io.github.svtoms.core.law.DutyFinding finding} whose
 * {@link io.github.svtoms.core.law.Verdict verdict} can be "cannot be checked" as well as met or not met.
 *
 * <p>This package sits at the bottom of svtoms-core beside {@code money}: the catalogue, KPI selection,
 * evaluation, monitoring and portfolio packages use it; it uses none of them.
 *
 * <p><b>VAT.</b> Thresholds in the Act and the PPNs are VAT-inclusive; OCDS notices carry {@code amount}
 * (net) and {@code amountGross}. A rule is tested on the basis it states. Where only the other basis is
 * known, the answer is inferred only when it cannot depend on the VAT (VAT is never negative, so the gross
 * value is at least the net value): a net value above a VAT-inclusive threshold is above it whatever the
 * VAT; a gross value at or below a net threshold is at or below it. Every other case is
 * {@link io.github.svtoms.core.law.Verdict#CANNOT_BE_CHECKED}, never a pass or a fail.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.law;

import javax.annotation.ParametersAreNonnullByDefault;
