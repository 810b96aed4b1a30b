package io.github.svtoms.catalog.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (records) for a line-oriented format, in constant memory: each line ends at
 * {@code \n} (a {@code \r} before it is dropped; the last line needs no line end). A line longer than the
 * record limit is passed over without being held (only {@link #tooLong()} says so), so a huge or endless
 * line cannot exhaust memory.
 *
 * <p>Mutable, confined to one reader on one thread. Public only for the readers in
 * {@code io.github.svtoms.catalog}; not exported.
 */
public final class LineSplitter {
    private final InputStream in;
    private final int max;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private boolean eof;
    private byte[] record = new byte[1024];
    private int length;
    private boolean tooLong;
    private long line;

    /**
     * Splits a stream.
     *
     * @param in the bytes, read from their start, not closed here
     * @param max the longest record kept, in bytes, without its line end
     */
    public LineSplitter(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the stream (no line left)
     * @throws IOException when the stream cannot be read
     */
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean started = false;
        while (true) {
            if (position == end) {
                if (eof) {
                    if (!started) {
                        return false;
                    }
                    break;
                }
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    eof = true;
                } else {
                    position = 0;
                    end = n;
                }
                continue;
            }
            started = true;
            int i = position;
            while (i < end && buffer[i] != '\n') {
                i++;
            }
            append(position, i - position);
            if (i < end) {
                position = i + 1;
                break;
            }
            position = end;
        }
        line++;
        if (!tooLong && length > 0 && record[length - 1] == '\r') {
            length--;
        }
        if (length > max) {
            tooLong = true;
        }
        return true;
    }

    /** Keeps up to one byte more than the limit (a {@code \r} that may end the line). */
    private void append(int from, int count) {
        if (tooLong) {
            return;
        }
        if (length + count > max + 1) {
            tooLong = true;
            return;
        }
        if (length + count > record.length) {
            record = Arrays.copyOf(record, Math.min(max + 1, Math.max(record.length * 2, length + count)));
        }
        System.arraycopy(buffer, from, record, length, count);
        length += count;
    }

    /** @return the current line's bytes, from index 0 ({@link #length()} of them); overwritten by {@link #next()} */
    public byte[] record() {
        return record;
    }

    /** @return the number of bytes of the current line, without its line end (meaningless when {@link #tooLong()}) */
    public int length() {
        return length;
    }

    /** @return whether the current line is longer than the limit (its bytes were not kept) */
    public boolean tooLong() {
        return tooLong;
    }

    /** @return the 1-based number of the current line; 0 before the first */
    public long lineNumber() {
        return line;
    }
}
