package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A qualitative story told beside the numbers (Kent: stories are valued beside numbers), e.g. a person
 * who found work through the contract. A story without the subject's consent is kept for the record but is
 * not publishable.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param title a short title
 * @param narrative the story
 * @param date when it happened or was told
 * @param link where more can be read, if anywhere
 * @param consent whether the people in it consented to publication
 */
public record EvidenceStory(String title, String narrative, LocalDate date, Optional<URI> link, boolean consent) {
    /**
     * Validates the story.
     *
     * @param title not blank
     * @param narrative not blank
     * @param date the date
     * @param link the link or empty
     * @param consent the consent flag
     */
    public EvidenceStory {
        Checks.notBlank(title, "story title");
        Checks.notBlank(narrative, "story narrative");
        Checks.notNull(date, "story date");
        Checks.notNull(link, "story link");
    }

    /**
     * Whether the story may be published: only with consent.
     *
     * @return {@link #consent()}
     */
    public boolean publishable() {
        return consent;
    }
}
