package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress line: only when enabled (standard error is a terminal), only after a second, cleared at the end. */
class ProgressTest {
    @Test
    void shownAfterASecondEveryHalfSecondAndCleared() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        Progress p = new Progress(new PrintWriter(text), true, () -> now[0]);
        p.tick(4096);
        assertEquals("", text.toString(), "not in the first second");
        now[0] = 2_000_000_000L; // 2 s: 8,192 lines, 4,096 a second
        p.tick(8192);
        assertEquals("\rsvtoms: 8,192 lines (4,096 a second)", text.toString());
        p.tick(8193);
        p.tick(12_288);
        assertEquals("\rsvtoms: 8,192 lines (4,096 a second)", text.toString(), "not again within half a second");
        now[0] = 4_000_000_000L;
        p.tick(1_048_576);
        assertEquals("\rsvtoms: 8,192 lines (4,096 a second)\rsvtoms: 1,048,576 lines (262,144 a second)", text.toString());
        text.getBuffer().setLength(0);
        p.done();
        assertEquals("\r" + " ".repeat("svtoms: 1,048,576 lines (262,144 a second)".length()) + "\r", text.toString());
    }

    @Test
    void nothingWhenStandardErrorIsNotATerminal() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        Progress p = new Progress(new PrintWriter(text), false, () -> now[0]);
        now[0] = 10_000_000_000L;
        p.tick(4096);
        p.done();
        assertEquals("", text.toString());
    }
}
