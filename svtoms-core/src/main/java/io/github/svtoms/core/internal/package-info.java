/**
 * Argument checks shared by the svtoms modules. Not API: the module exports this package only to the other
 * svtoms modules ({@code exports … to}); its contents may change in any release.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.internal;

import javax.annotation.ParametersAreNonnullByDefault;
