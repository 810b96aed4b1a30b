package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV reader of {@code --lines}: its decimal rule, its header, a spreadsheet's byte-order mark, proxies. */
@ExtendWith(InstancioExtension.class)
class CsvLinesTest {
    /** The decimal rule as the JSON formats and their schemas write it. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,20})?");

    record Spec(long seed) {
    }

    @Test
    void theDecimalRuleIsTheFormatsRule() {
        String alphabet = "0123456789.-+e, ";
        int accepted = 0;
        for (Spec s : Instancio.ofList(Spec.class).size(20_000).withSeed(20250611L).create()) {
            Random r = new Random(s.seed());
            StringBuilder b = new StringBuilder();
            int length = r.nextInt(r.nextBoolean() ? 8 : 56);
            for (int i = 0; i < length; i++) {
                // mostly digits, so that long valid numbers and the 30/20-digit edges come up
                b.append(r.nextInt(4) > 0 ? (char) ('0' + r.nextInt(10)) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            // the shape, then at most 34 significant digits (BigDecimal's precision) and no negative zero
            boolean expected = DECIMAL.matcher(text).matches() && new BigDecimal(text).precision() <= 34
                    && !(text.startsWith("-") && new BigDecimal(text).signum() == 0);
            assertEquals(expected, CsvRow.plainDecimal(text), text);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 2000, "accepted: " + accepted);
        assertFalse(CsvRow.plainDecimal("1".repeat(30) + "." + "2".repeat(20))); // 50 significant digits
        assertTrue(CsvRow.plainDecimal("1".repeat(30) + "." + "2".repeat(4))); // 34
        assertFalse(CsvRow.plainDecimal("-0.00")); // a negative zero
        assertFalse(CsvRow.plainDecimal("1".repeat(31)));
        assertFalse(CsvRow.plainDecimal("0." + "2".repeat(21)));
        assertFalse(CsvRow.plainDecimal("-"));
        assertFalse(CsvRow.plainDecimal("1."));
        assertFalse(CsvRow.plainDecimal(".5"));
        assertFalse(CsvRow.plainDecimal("01"));
    }

    private static CsvLines csv(String text) {
        return new CsvLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.csv", SeededPortfolio.settings());
    }

    @Test
    void aByteOrderMarkIsAllowedAndColumnsComeInAnyOrder() {
        CsvLines in = csv("\uFEFFquantity,measure,id,proxy,proxy_price_year,theme\n2.5,local-employment,a,,,whatever\n"
                + "1,local-employment,b,100,2015-16,\n");
        CommitmentLine a = in.next();
        assertEquals("a", a.id());
        assertEquals(new BigDecimal("2.5"), a.quantity());
        assertTrue(a.proxy().isEmpty());
        assertEquals(2, in.lineNumber());
        CommitmentLine b = in.next();
        assertEquals(new BigDecimal("100"), b.proxy().orElseThrow().amount().amount(), "a proxy unlike the table's is the line's own");
        assertEquals(3, in.lineNumber());
        assertFalse(in.hasNext());
    }

    @Test
    void theTablesOwnProxyIsNotALineProxy() {
        // local-employment's proxy in the bundled table, as --format csv writes it
        var entry = SeededPortfolio.settings().proxyTable().orElseThrow()
                .proxyFor(io.github.svtoms.core.catalogue.MeasureId.of("local-employment")).orElseThrow();
        CsvLines in = csv("id,measure,quantity,proxy,proxy_price_year\na,local-employment,1,"
                + entry.amount().amount().toPlainString() + "," + entry.priceYear() + "\n");
        assertTrue(in.next().proxy().isEmpty());
    }

    @Test
    void aWrongHeaderStopsTheReading() {
        LineSource.Unreadable e = assertThrows(LineSource.Unreadable.class, () -> csv("id,measure\n"));
        assertEquals(List.of("x.csv:1:1: $: missing column 'quantity': the header row names the columns, e.g. "
                + "id,measure,quantity,start_year,duration"), e.problems().problems().stream().map(Object::toString).toList());
        e = assertThrows(LineSource.Unreadable.class, () -> csv("id,measure,quantity,id\n"));
        assertEquals("x.csv:1:4: $: column 'id' is given twice", e.problems().problems().get(0).toString());
        e = assertThrows(LineSource.Unreadable.class, () -> csv(""));
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
        CatalogueFormatException bad = assertThrows(CatalogueFormatException.class,
                () -> csv("id,measure,quantity,proxy\na,local-employment,1,5\n").next());
        assertEquals("x.csv:2:4: proxy: give both proxy and proxy_price_year, or neither", bad.getMessage());
    }

    @Test
    void theDiscountKindAndWageAreaColumnsAreOptional() {
        CsvLines in = csv("id,measure,quantity,discount_kind,wage_area\na,real-living-wage-workers,3,health,london\n"
                + "b,real-living-wage-workers,1,,\n");
        CommitmentLine a = in.next();
        assertEquals(java.util.Optional.of(io.github.svtoms.proxies.valuation.DiscountKind.HEALTH), a.discountKind());
        assertEquals(java.util.Optional.of(io.github.svtoms.proxies.valuation.WageArea.LONDON), a.wageArea());
        CommitmentLine b = in.next();
        assertTrue(b.discountKind().isEmpty(), "blank: by the proxy's value type");
        assertTrue(b.wageArea().isEmpty(), "blank: the UK rate");
        CatalogueFormatException bad = assertThrows(CatalogueFormatException.class,
                () -> csv("id,measure,quantity,discount_kind\na,local-employment,1,wellbeing\n").next());
        assertEquals("x.csv:2:4: discount_kind: unknown discount kind 'wellbeing': expected one of standard, health",
                bad.getMessage());
    }
}
