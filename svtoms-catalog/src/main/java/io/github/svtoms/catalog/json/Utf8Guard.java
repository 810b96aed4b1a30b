package io.github.svtoms.catalog.json;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF, no truncated sequence) and that the file does not start with
 * a byte-order mark, and keeps a copy of every byte passed ({@link #replay()}). Jackson's byte decoder
 * accepts some malformed sequences (e.g. the overlong {@code C0 AF}), which would be read as text that no
 * svtoms writer can reproduce.
 *
 * <p>Runs of ASCII are checked eight bytes at a time; the line and column of a malformed byte are counted
 * from the copy only when one is found. The copy is what {@link Reading} reads again when it needs the
 * position of a value (a stream longer than the document limit is refused by Jackson before the copy
 * outgrows that limit by more than one buffer's worth).
 *
 * <p>Mutable, confined to one read on one thread.
 */
final class Utf8Guard extends FilterInputStream {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

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

    /** Every byte passed so far, in the runs they were read in. */
    private final List<byte[]> copy = new ArrayList<>();
    private int size;
    /** Continuation bytes still expected, and their allowed range. */
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    /** The lead byte of the current character and where it is in the copy. */
    private int lead;
    private int leadAt;

    Utf8Guard(InputStream in) {
        super(in);
    }

    /** @return every byte passed so far, to be read again */
    InputStream replay() {
        List<InputStream> runs = new ArrayList<>();
        copy.forEach(run -> runs.add(new ByteArrayInputStream(run)));
        return new SequenceInputStream(Collections.enumeration(runs));
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            copy.add(new byte[] {(byte) b});
            size++;
            check(b, size - 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            atEnd();
            return n;
        }
        int start = size - off;
        copy.add(Arrays.copyOfRange(buffer, off, off + n));
        size += n;
        int i = off;
        int end = off + n;
        while (i < end) {
            if (need == 0) {
                while (i + 8 <= end && ((long) LONGS.get(buffer, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                while (i < end && buffer[i] >= 0) {
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            check(buffer[i] & 0xFF, start + i);
            i++;
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
            throw malformed("invalid UTF-8: the file ends inside the character started by byte " + hex(lead));
        }
    }

    /** Checks byte {@code b}, at {@code at} in the copy. */
    private void check(int b, int at) throws MalformedException {
        if (at == 2 && b == 0xBF && lead == 0xEF && need == 1) {
            throw new MalformedException(1, 1, "a byte-order mark is not allowed: save the file as UTF-8 without a BOM");
        }
        if (need > 0) {
            if (b < low || b > high) {
                throw malformed("invalid UTF-8: byte " + hex(b) + " cannot follow " + hex(lead)
                        + " (overlong form, encoded surrogate or broken sequence); the file must be UTF-8");
            }
            need--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        lead = b;
        leadAt = at;
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
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
            throw malformed("invalid UTF-8: byte " + hex(b) + " cannot start a character; the file must be UTF-8");
        }
    }

    private void expect(int count, int lo, int hi) {
        need = count;
        low = lo;
        high = hi;
    }

    /**
     * The problem at the current character: its line is one more than the newlines before its lead byte,
     * its column the number of characters from the line's start up to and including it (every byte before
     * it is well-formed, so a character is a byte that is not a continuation byte; the lead itself counts
     * even when it is a stray continuation byte).
     */
    private MalformedException malformed(String message) {
        int line = 1;
        int column = 0;
        int at = 0;
        for (byte[] run : copy) {
            for (int j = 0; j < run.length && at <= leadAt; j++, at++) {
                int b = run[j] & 0xFF;
                if (b == '\n') {
                    line++;
                    column = 0;
                } else if ((b & 0xC0) != 0x80 || at == leadAt) {
                    column++;
                }
            }
        }
        return new MalformedException(line, column, message);
    }

    private static String hex(int b) {
        return String.format("0x%02X", b);
    }
}
