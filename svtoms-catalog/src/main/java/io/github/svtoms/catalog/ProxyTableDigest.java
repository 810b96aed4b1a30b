package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.ProxyTable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which proxy table, exactly: its id, its edition and the SHA-256 of its canonical {@code svtoms-proxies/1}
 * form (the UTF-8 bytes {@link Formats#PROXY_TABLE} writes). Two tables with the same entries, provenance and
 * notes have the same hash however they were built or read; a changed figure, note or edition changes it. A
 * written valuation request records this for the table it was valued with, so that reading it back against
 * another table is refused instead of silently revaluing it.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the table's id
 * @param edition the table's edition
 * @param sha256 64 lower-case hexadecimal digits
 */
public record ProxyTableDigest(String id, String edition, String sha256) {
    /**
     * Validates the parts.
     *
     * @param id not blank
     * @param edition not blank
     * @param sha256 64 lower-case hexadecimal digits
     * @throws io.github.svtoms.core.InvalidValueException when a part is blank or the hash malformed
     */
    public ProxyTableDigest {
        Checks.notBlank(id, "proxy table id");
        Checks.notBlank(edition, "proxy table edition");
        Checks.notNull(sha256, "proxy table sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new io.github.svtoms.core.InvalidValueException("invalid proxy table sha256 '" + sha256
                    + "': must be 64 lower-case hexadecimal digits");
        }
    }

    /**
     * The digest of a table.
     *
     * @param table the table
     * @return its id, edition and the SHA-256 of its canonical form
     */
    public static ProxyTableDigest of(ProxyTable table) {
        Checks.notNull(table, "proxy table");
        return new ProxyTableDigest(table.id(), table.edition(), sha256Hex(Formats.PROXY_TABLE.toJson(table)));
    }

    /** The SHA-256 of a text's UTF-8 bytes, as 64 lower-case hexadecimal digits. */
    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * How messages name the table: {@code 'svtoms-open-proxies' edition 2025.2 (sha256 1f2e…)}.
     *
     * @return the id, edition and the first 12 digits of the hash
     */
    public String describe() {
        return "'" + id + "' edition " + edition + " (sha256 " + sha256.substring(0, 12) + "…)";
    }
}
