/** A consumer application of the svtoms modules, run on the module path by the tests. */
@ParametersAreNonnullByDefault
package io.github.svtoms.jpmstest;

import javax.annotation.ParametersAreNonnullByDefault;
