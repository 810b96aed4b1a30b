package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table from CPV codes (Common Procurement Vocabulary) to svtoms sector tags. A row names a CPV code —
 * a division ({@code 85000000}), a group ({@code 85300000}), a class ({@code 75230000}) or a finer
 * category — and applies to it and every code below it in the CPV tree, i.e. every code that starts with
 * the row's significant digits (its {@link Row#prefix() prefix}: the digits before the trailing zeros,
 * at least two). A code takes the row with the longest matching prefix, so {@code 85200000} (veterinary
 * services) can have no tag while the rest of division 85 (health and social work) has some.
 *
 * <p>The {@link #standard()} table is bundled as {@code io/github/svtoms/ocds/cpv-sectors.tsv} and
 * documented in {@code README-ocds.md}; it maps only to the sector tags used by the measures of the
 * bundled svtoms-open catalogue. Sector tags from this table are always {@link Provenance#INFERRED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CpvSectorTable {
    private static final Pattern CODE = Pattern.compile("([0-9]{8})(?:-[0-9])?");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final String RESOURCE = "cpv-sectors.tsv";

    /**
     * One row: a CPV code, its sector tags (empty for none) and the code's label.
     *
     * <p>Immutable and thread-safe; value equality over all components.
     *
     * @param code eight digits, without the check digit
     * @param sectors svtoms sector tags, no duplicates, possibly empty
     * @param label the CPV label, not blank
     */
    public record Row(String code, List<String> sectors, String label) {
        /**
         * Validates the row and copies the list.
         *
         * @param code eight digits
         * @param sectors valid sector tags, no duplicates
         * @param label not blank
         * @throws InvalidValueException when a rule is broken
         */
        public Row {
            Checks.notNull(code, "CPV code");
            if (!code.matches("[0-9]{8}")) {
                throw new InvalidValueException("invalid CPV code '" + code + "' in the sector table: expected eight"
                        + " digits without the check digit");
            }
            sectors = List.copyOf(Checks.notNull(sectors, "sectors"));
            if (new LinkedHashSet<>(sectors).size() != sectors.size()) {
                throw new InvalidValueException("duplicate sector tag in CPV row " + code + ": " + sectors);
            }
            for (String s : sectors) {
                if (!TAG.matcher(s).matches()) {
                    throw new InvalidValueException("invalid sector tag '" + s + "' in CPV row " + code
                            + ": lowercase letters, digits, '-' and '.', 1-64 characters");
                }
            }
            Checks.notBlank(label, "CPV label");
        }

        /**
         * The code's significant digits: the code without its trailing zeros, at least two digits
         * ({@code 85300000} gives {@code 853}, {@code 45112700} gives {@code 451127}).
         *
         * @return the prefix every code below this one starts with
         */
        public String prefix() {
            int end = code.length();
            while (end > 2 && code.charAt(end - 1) == '0') {
                end--;
            }
            return code.substring(0, end);
        }
    }

    private static final class Holder {
        static final CpvSectorTable STANDARD = load();
    }

    private final List<Row> rows;
    private final Map<String, Row> byPrefix;

    private CpvSectorTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Row> map = new HashMap<>();
        for (Row r : this.rows) {
            if (map.put(r.prefix(), r) != null) {
                throw new InvalidValueException("duplicate CPV code " + r.code() + " in the sector table: each code"
                        + " may be given once");
            }
        }
        this.byPrefix = Map.copyOf(map);
    }

    /**
     * The bundled table.
     *
     * @return the table
     */
    public static CpvSectorTable standard() {
        return Holder.STANDARD;
    }

    /**
     * A table of own rows.
     *
     * @param rows the rows; codes unique
     * @return the table
     * @throws InvalidValueException when a code repeats
     */
    public static CpvSectorTable of(List<Row> rows) {
        return new CpvSectorTable(Checks.notNull(rows, "rows"));
    }

    /**
     * The rows, ordered by code.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows.stream().sorted(Comparator.comparing(Row::code)).toList();
    }

    /**
     * Every sector tag the table can give, in order of first appearance by code.
     *
     * @return the tags
     */
    public List<String> sectorTags() {
        Set<String> out = new LinkedHashSet<>();
        rows().forEach(r -> out.addAll(r.sectors()));
        return List.copyOf(out);
    }

    /**
     * Whether a text is a CPV code: eight digits, optionally followed by {@code -} and a check digit.
     *
     * @param code any text
     * @return {@code true} for a CPV code
     */
    public static boolean isCpvCode(String code) {
        return CODE.matcher(Checks.notNull(code, "CPV code")).matches();
    }

    /**
     * The row for a CPV code: the one with the longest {@link Row#prefix() prefix} the code starts with.
     *
     * @param code eight digits, optionally with {@code -} and a check digit
     * @return the row, or empty when no prefix matches
     * @throws InvalidValueException when the text is not a CPV code
     */
    public Optional<Row> rowFor(String code) {
        var m = CODE.matcher(Checks.notNull(code, "CPV code"));
        if (!m.matches()) {
            throw new InvalidValueException("invalid CPV code '" + code + "': expected eight digits, optionally"
                    + " followed by '-' and a check digit");
        }
        String digits = m.group(1);
        for (int n = 8; n >= 2; n--) {
            Row r = byPrefix.get(digits.substring(0, n));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static CpvSectorTable load() {
        try (InputStream in = CpvSectorTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new OcdsException("the bundled CPV sector table " + RESOURCE + " is missing from svtoms-ocds");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new OcdsException(RESOURCE + ":" + n + ": expected 3 tab-separated columns, found " + cols.length);
                }
                List<String> tags = cols[1].equals("-") ? List.of() : List.of(cols[1].split(","));
                rows.add(new Row(cols[0], tags, cols[2]));
            }
            return new CpvSectorTable(rows);
        } catch (IOException e) {
            throw new OcdsException("cannot read the bundled CPV sector table " + RESOURCE, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpvSectorTable other && byPrefix.equals(other.byPrefix);
    }

    @Override
    public int hashCode() {
        return byPrefix.hashCode();
    }

    @Override
    public String toString() {
        return "CpvSectorTable[" + rows.size() + " rows]";
    }
}
