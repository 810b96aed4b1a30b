package io.github.svtoms.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request formats {@code validate} knows besides the catalogue module's three and LM3: each reads the
 * file strictly and, for requests, runs it through its engine so that semantic errors show too. Stateless.
 */
final class RequestFormats {
    private RequestFormats() {
    }

    static List<String> known() {
        List<String> k = new ArrayList<>(List.of("svtoms-catalogue/1", "svtoms-proxies/1", "svtoms-reference/1", Lm3File.FORMAT));
        return k;
    }

    /** A summary of a valid request, or empty when the tag is not a request format. */
    static Optional<String> validate(Context context, Input input, String tag) {
        return Optional.empty();
    }
}
