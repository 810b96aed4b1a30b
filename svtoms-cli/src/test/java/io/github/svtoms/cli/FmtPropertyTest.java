package io.github.svtoms.cli;

import io.github.svtoms.core.money.Money;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(InstancioExtension.class)
class FmtPropertyTest {
    @Test
    @Seed(12345)
    void moneyIsHalfEvenToThePennyWithGroupingAndParsesBack() {
        List<Long> units = Instancio.ofList(Long.class).size(1000).create();
        List<Integer> scales = Instancio.ofList(Integer.class).size(1000).create();
        for (int i = 0; i < 1000; i++) {
            BigDecimal amount = BigDecimal.valueOf(units.get(i) % 1_000_000_000_000L, Math.floorMod(scales.get(i), 6));
            String s = Fmt.money(Money.of(amount, Money.currency("GBP")));
            assertTrue(s.matches("-?£\\d{1,3}(,\\d{3})*\\.\\d{2}"), s);
            BigDecimal back = new BigDecimal(s.replace("£", "").replace(",", ""));
            assertEquals(amount.setScale(2, RoundingMode.HALF_EVEN), back, s);
        }
    }

    @Test
    @Seed(54321)
    void csvCellsRoundTripWhateverTheirCharacters() throws Exception {
        List<String> cells = Instancio.ofList(String.class).size(1000).create();
        Csv csv = new Csv("a", "b");
        for (String c : cells) {
            csv.row(c + ",\"x\"", c);
        }
        var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        var rows = mapper.readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(csv.render()).readAll();
        assertEquals(1001, rows.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(List.of(cells.get(i) + ",\"x\"", cells.get(i)), rows.get(i + 1));
        }
    }
}
