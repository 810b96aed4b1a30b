package io.github.svtoms.catalog.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF, no truncated sequence) and that the file does not start with
 * a byte-order mark. Jackson's byte decoder accepts some malformed sequences (e.g. the overlong
 * {@code C0 AF}), which would be read as text that no svtoms writer can reproduce.
 *
 * <p>Mutable, confined to one read on one thread.
 */
final class Utf8Guard extends FilterInputStream {
    /** The bytes are not UTF-8, or start with a byte-order mark; carries the 1-based line and column. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        MalformedException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        LocatingParser.Position position() {
            return new LocatingParser.Position(line, column);
        }
    }

    private int line = 1;
    private int column;
    private long offset;
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private int lead;

    Utf8Guard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported while checking UTF-8");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws MalformedException {
        if (need > 0) {
            throw new MalformedException(line, column, "invalid UTF-8: the file ends inside the character started by byte "
                    + hex(lead));
        }
    }

    private void check(int b) throws MalformedException {
        if (offset++ == 2 && b == 0xBF && lead == 0xEF && need == 1) {
            throw new MalformedException(1, 1, "a byte-order mark is not allowed: save the file as UTF-8 without a BOM");
        }
        if (need > 0) {
            if (b < low || b > high) {
                throw new MalformedException(line, column, "invalid UTF-8: byte " + hex(b) + " cannot follow " + hex(lead)
                        + " (overlong form, encoded surrogate or broken sequence); the file must be UTF-8");
            }
            need--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        column++;
        lead = b;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            throw new MalformedException(line, column, "invalid UTF-8: byte " + hex(b)
                    + " cannot start a character; the file must be UTF-8");
        }
    }

    private void expect(int count, int lo, int hi) {
        need = count;
        low = lo;
        high = hi;
    }

    private static String hex(int b) {
        return String.format("0x%02X", b);
    }
}
