package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.InputFiles;
import io.github.svtoms.catalog.Overlays;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every way the library opens a file ({@link Format#read(Path)} of every format, {@link
 * io.github.svtoms.catalog.LineFormat#reader(Path, ValuationRequest)}, {@link Overlays#catalogue(
 * io.github.svtoms.core.catalogue.Catalogue, Path)}) goes through {@link InputFiles}: devices and FIFOs are refused
 * before they are opened, reads are capped by the bytes read, and the reasons are in words. And the valuation
 * report, the one document that grows far beyond its request, is written as it goes.
 */
class ReadingEntryPointsTest {
    /** A hang (a FIFO without a writer) or a filled heap is stopped here; a refusal takes milliseconds. */
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String NOT_REGULAR = ":0:0: $: cannot read the file: is not a regular file (a device, FIFO or "
            + "socket): only regular files are read";

    private static List<Consumer<Path>> entryPoints() {
        List<Consumer<Path>> all = new ArrayList<>();
        for (Format<?> f : Formats.all()) {
            if (f.canRead()) {
                all.add(f::read);
            }
        }
        var base = Bundled.catalogue(); // loaded here, not in the timed reads
        ValuationRequest settings = settings();
        all.add(p -> Overlays.catalogue(base, p));
        all.add(p -> Formats.COMMITMENT_LINES.reader(p, settings));
        return all;
    }

    private static ValuationRequest settings() {
        return Bundled.valuationRequest(java.util.Currency.getInstance("GBP"),
                io.github.svtoms.proxies.PriceYear.parse("2025-26")).build();
    }

    @Test
    void endlessDevicesAndFifosAreRefusedBeforeTheyAreOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is needed");
        List<Consumer<Path>> points = entryPoints();
        for (Path p : List.of(Path.of("/dev/zero"), Path.of("/dev/urandom"), fifo)) {
            assumeTrue(Files.exists(p));
            for (Consumer<Path> read : points) {
                // before: /dev/zero filled the heap in half a second; a FIFO without a writer blocked for ever
                CatalogueFormatException e = assertTimeoutPreemptively(QUICK,
                        () -> assertThrows(CatalogueFormatException.class, () -> read.accept(p)));
                assertEquals(p.getFileName() + NOT_REGULAR, e.problems().get(0).toString());
            }
        }
    }

    @Test
    void aDirectoryAnEmptyPathAndAMissingFileAreNamedAsSuch(@TempDir Path dir) {
        for (Consumer<Path> read : entryPoints()) {
            assertEquals(dir.getFileName() + ":0:0: $: cannot read the file: is a directory, not a file",
                    assertThrows(CatalogueFormatException.class, () -> read.accept(dir)).problems().get(0).toString());
            assertEquals(":0:0: $: cannot read the file: the path is empty",
                    assertThrows(CatalogueFormatException.class, () -> read.accept(Path.of(""))).problems().get(0).toString());
            assertEquals("none.json:0:0: $: cannot read the file: no such file",
                    assertThrows(CatalogueFormatException.class, () -> read.accept(dir.resolve("none.json"))).problems()
                            .get(0).toString());
        }
    }

    /** The cap counts the bytes read, whatever size the file system reports. */
    @Test
    void theCapCountsTheBytesActuallyRead() throws IOException {
        byte[] ten = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = InputFiles.capped(new ByteArrayInputStream(ten), "x", 10)) {
            assertArrayEquals(ten, in.readAllBytes());
        }
        try (InputStream in = InputFiles.capped(new ByteArrayInputStream(ten), "x", 9)) {
            IOException e = assertThrows(IOException.class, in::readAllBytes);
            assertEquals("larger than 9 bytes, the most a document may hold", e.getMessage());
        }
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> InputFiles.readAll(new ByteArrayInputStream(ten), "<stdin>", 9));
        assertEquals("<stdin>:0:0: $: cannot read the file: larger than 9 bytes, the most a document may hold",
                e.problems().get(0).toString());
        // an endless stream: read to the cap and one byte, then refused
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertTimeoutPreemptively(QUICK, () -> assertThrows(CatalogueFormatException.class,
                () -> Formats.CATALOGUE.read(InputFiles.capped(endless, "e", 1 << 20), "e")));
    }

    /** The operating system's reason, in words (a root test runner cannot be denied a file, so the mapping is checked). */
    @Test
    void reasonsAreInWords() {
        assertEquals("permission denied", InputFiles.reason(new AccessDeniedException("/x")));
        assertEquals("no such file", InputFiles.reason(new NoSuchFileException("/x")));
        assertEquals("input/output error", InputFiles.reason(new FileSystemException("/x", null, "Input/output error")));
        assertEquals("no space left on device", InputFiles.reason(new IOException("No space left on device")));
        assertEquals("EOF reached", InputFiles.reason(new IOException("EOF reached")));
    }

    /**
     * The valuation report of a large request is written as it goes: the text reaches the writer in pieces no
     * larger than the generator's buffer, never as one string of the whole (which was 39 times the request), and
     * the bytes are those of {@link Format#toJson(Object)}.
     */
    @Test
    void theValuationReportIsWrittenAsItGoes() throws IOException {
        ValuationRequest base;
        try (InputStream in = getClass().getResourceAsStream("/hostile/valuation-request-base.json")) {
            base = Formats.VALUATION_REQUEST.read(in, "valuation-request-base.json");
        }
        ValuationRequest.Builder b = base.toBuilder().lines(List.of());
        List<io.github.svtoms.proxies.valuation.CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            var l = base.lines().get(i % base.lines().size());
            lines.add(l.toBuilder().id("line-" + i).build());
        }
        ValuationRequest big = b.lines(lines).build();
        ValuationReport report = ValuationReport.of(big, ValuationEngine.value(big));
        String whole = Formats.VALUATION_REPORT.toJson(report);
        StringBuilder got = new StringBuilder();
        int[] largest = {0};
        Writer w = new Writer() {
            @Override
            public void write(char[] c, int off, int len) {
                largest[0] = Math.max(largest[0], len);
                got.append(c, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
                throw new AssertionError("the caller's writer is not closed");
            }
        };
        Formats.VALUATION_REPORT.write(report, w);
        assertEquals(whole, got.toString());
        assertTrue(whole.length() > 1_000_000, "a report of " + whole.length() + " characters");
        assertTrue(largest[0] <= 16_384, "a piece of " + largest[0] + " characters");
    }
}
