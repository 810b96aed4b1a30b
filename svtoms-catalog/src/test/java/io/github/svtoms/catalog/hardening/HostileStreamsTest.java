package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.SvtomsException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Huge inputs generated while they are read (never held in memory: a reader that buffered them whole
 * would run out of time or memory), and 10,000 seeded random corruptions of valid files: only
 * {@link SvtomsException}s may come out, never a JDK or Jackson exception.
 */
class HostileStreamsTest {
    /** A prefix, then {@code filler} repeated up to {@code size} bytes, then a suffix: produced on demand. */
    static InputStream generated(String prefix, String filler, long size, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] unit = filler.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                long p = position++;
                if (p < head.length) {
                    return head[(int) p] & 0xFF;
                }
                p -= head.length;
                if (p < size) {
                    return unit[(int) (p % unit.length)] & 0xFF;
                }
                p -= size;
                return p < tail.length ? tail[(int) p] & 0xFF : -1;
            }

            @Override
            public int read(byte[] buffer, int off, int len) {
                int n = 0;
                while (n < len) {
                    long p = position - head.length;
                    if (p >= 0 && p < size) {
                        // the bulk of the stream: copy the filler in runs
                        int run = (int) Math.min(len - n, size - p);
                        for (int k = 0; k < run; k++) {
                            buffer[off + n + k] = unit[(int) ((p + k) % unit.length)];
                        }
                        position += run;
                        n += run;
                        continue;
                    }
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[off + n++] = (byte) b;
                }
                return n;
            }
        };
    }

    static CatalogueFormatException rejected(InputStream in, BiFunction<InputStream, String, Object> reader) {
        // a safety bound, not a performance target: up to 16 MiB are read and bound before a limit trips
        // (about 1.5 s on an idle machine for the 1 GiB catalogue), on a machine that may be busy
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(CatalogueFormatException.class, () -> reader.apply(in, "huge.json")));
    }

    static final long GIB = 1L << 30;

    @Test
    void aOneGibibyteDocumentStopsAtTheSizeLimit() {
        // 1 GiB of measures (never materialised): the 16 MiB document limit stops the read
        CatalogueFormatException e = rejected(generated("{\"format\": \"svtoms-catalogue/1\", \"measures\": [",
                "{\"id\": \"m\", \"outcome\": \"o\", \"name\": \"n\", \"unit\": \"people\", \"categories\": [\"goods\"]},",
                GIB, "]}"), Formats.CATALOGUE::read);
        assertTrue(e.problems().get(0).message().contains("Document length"), e.getMessage());
    }

    @Test
    void aHugeStringStopsAtTheStringLimit() {
        // a 64 MiB name: the 1 MiB string limit stops it
        CatalogueFormatException e = rejected(generated("{\"format\": \"svtoms-proxies/1\", \"id\": \"t\", \"name\": \"",
                "x", 64L << 20, "\"}"), Formats.PROXY_TABLE::read);
        assertEquals("$.name", e.problems().get(0).path(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("String value length"), e.getMessage());
    }

    @Test
    void a100MillionLevelNestStopsAtDepth64() {
        CatalogueFormatException e = rejected(generated("{\"format\": \"svtoms-reference/1\", \"extra\": ",
                "[", 100_000_000L, ""), Formats.REFERENCE_DATA::read);
        assertTrue(e.getMessage().contains("nesting depth") || e.getMessage().contains("unknown member 'extra'"),
                e.getMessage());
        // where an array of objects belongs, binding refuses the second bracket without descending further
        CatalogueFormatException deep = rejected(generated("{\"format\": \"svtoms-reference/1\", \"discountSchedules\": ",
                "[", 100_000_000L, ""), Formats.REFERENCE_DATA::read);
        assertEquals("huge.json:1:56: $.discountSchedules[0]: expected an object, found an array", deep.getMessage());
    }

    @Test
    void aHugeNumberStopsAtTheNumberLimit() {
        CatalogueFormatException e = rejected(generated("{\"format\": \"svtoms-reference/1\", \"discountSchedules\": "
                + "[{\"id\": \"gb\", \"name\": \"G\", \"bands\": [{\"from\": ", "9", 100_000_000L, "}]}]}"), Formats.REFERENCE_DATA::read);
        // Jackson counts the digits against its text limit: the 1 MiB string limit trips first
        assertTrue(e.getMessage().contains("exceeds the maximum allowed (1048576"), e.getMessage());
    }

    @Test
    void tenThousandSeededCorruptionsGiveOnlyTypedErrors() throws Exception {
        List<String> readers = List.of("catalogue", "proxies", "reference");
        List<byte[]> bases = List.of(HostileCorpusTest.bytes("catalogue-base.json"), HostileCorpusTest.bytes("proxies-base.json"),
                HostileCorpusTest.bytes("reference-base.json"));
        Random random = new Random(20250611L);
        int typed = 0;
        int valid = 0;
        for (int i = 0; i < 10_000; i++) {
            int which = random.nextInt(3);
            byte[] bytes = bases.get(which).clone();
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                switch (random.nextInt(4)) {
                    case 0 -> bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8)); // flip a bit
                    case 1 -> bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);         // replace a byte
                    case 2 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));               // truncate
                    default -> {                                                                        // drop a byte
                        if (bytes.length > 1) {
                            int at = random.nextInt(bytes.length);
                            byte[] shorter = new byte[bytes.length - 1];
                            System.arraycopy(bytes, 0, shorter, 0, at);
                            System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                            bytes = shorter;
                        }
                    }
                }
                if (bytes.length == 0) {
                    break;
                }
            }
            byte[] input = bytes;
            int index = i;
            try {
                HostileCorpusTest.read(readers.get(which), new ByteArrayInputStream(input), "fuzz-" + i + ".json");
                valid++;
            } catch (SvtomsException e) {
                assertEquals(CatalogueFormatException.class, e.getClass(),
                        () -> "corruption " + index + ": " + new String(input, StandardCharsets.UTF_8));
                typed++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("corruption " + i + " let " + e + " escape; input:\n"
                        + new String(input, StandardCharsets.UTF_8), e);
            }
        }
        assertEquals(10_000, typed + valid);
        assertTrue(typed > 8_000, "only " + typed + " corruptions were rejected: the corruptions are too mild");
    }
}
