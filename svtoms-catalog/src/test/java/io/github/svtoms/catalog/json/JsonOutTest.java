package io.github.svtoms.catalog.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The canonical layout Jackson writes, checked against text written out by hand. */
class JsonOutTest {
    record Inner(String name, Integer count) {
    }

    record Outer(String text, List<String> none, Map<String, String> empty, List<Inner> items, String absent,
                 Boolean flag, Map<String, String> values) {
    }

    @Test
    void layoutIsTwoSpacesOneMemberPerLineEmptyContainersClosedAndFinalNewline() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("2024-25", "102.37");
        values.put("2012-13", "74.43");
        String json = JsonOut.write("svtoms-test/1", new Outer("t", List.of(), Map.of(),
                List.of(new Inner("a", 3), new Inner("b", null)), null, true, values));
        assertEquals("""
                {
                  "format": "svtoms-test/1",
                  "text": "t",
                  "none": [],
                  "empty": {},
                  "items": [
                    {
                      "name": "a",
                      "count": 3
                    },
                    {
                      "name": "b"
                    }
                  ],
                  "flag": true,
                  "values": {
                    "2024-25": "102.37",
                    "2012-13": "74.43"
                  }
                }
                """, json);
    }

    @Test
    void onlyWhatJsonRequiresIsEscapedAndControlCharactersUseLowercaseHex() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String json = JsonOut.write("svtoms-test/1", new Inner(controls + "\"\\/\u007f\u2028£é😀", null));
        // \b \t \n \f \r have their short escapes; the other 27 controls are written as six-character escapes
        String expected = "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d"
                + "\\u001e\\u001f\\\"\\\\/\u007f\u2028£é😀";
        assertEquals("{\n  \"format\": \"svtoms-test/1\",\n  \"name\": \"" + expected + "\"\n}\n", json);
    }

    @Test
    void decimalsKeepTheirScaleInPlainNotation() {
        assertEquals("2400000.00", JsonOut.decimal(new BigDecimal("2400000.00")));
        assertEquals("1200", JsonOut.decimal(new BigDecimal("1.2E+3")));
        assertEquals("0.000001", JsonOut.decimal(new BigDecimal("1E-6")));
        assertEquals("0.50", JsonOut.decimal(Optional.of(new BigDecimal("0.50"))));
        assertNull(JsonOut.decimal(Optional.empty()));
    }
}
