package io.github.svtoms.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiFunction;

/** Opens the bundled data files, which live in this module's own package directory. Stateless. */
final class Resources {
    /** The package directory of the bundled files, relative to this class. */
    static final String DEFAULT = "default/";

    private Resources() {
    }

    static <T> T read(String name, BiFunction<InputStream, String, T> reader) {
        String file = DEFAULT + name;
        try (InputStream in = Resources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new CatalogueFormatException(java.util.List.of(new Problem(file, 0, 0, "$",
                        "bundled file is missing from the svtoms-catalog module")));
            }
            return reader.apply(in, file);
        } catch (IOException e) {
            throw new CatalogueFormatException(new Problem(file, 0, 0, "$", "cannot read bundled file: " + e), e);
        }
    }
}
