/**
 * Derivations: the ordered steps by which a figure was computed, each with its kind, its named inputs
 * (exact decimals or text), its exact result and a human sentence. A program can re-check every step
 * from its inputs; a person can read the sentences.
 *
 * <p>Every type is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.proxies.derivation;

import javax.annotation.ParametersAreNonnullByDefault;
