package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.LineSplitter;

import javax.annotation.Nullable;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the records of a line-oriented file one by one, in constant memory: the bytes of one line at a time
 * (at most the format's record limit) and the value read from them. Made by
 * {@link LineFormat#reader(InputStream, String, io.github.svtoms.proxies.valuation.ValuationRequest)}.
 *
 * <p>A bad record does not end the reading: {@link #next()} throws a {@link CatalogueFormatException} whose
 * problems are all at that record's line (with the column and JSON path of each), and the following call
 * reads the next line. So a caller can stop at the first bad record, or count and skip bad records; a
 * record is either read whole or not at all.
 *
 * <pre>{@code
 * try (LineReader<CommitmentLine> lines = Formats.COMMITMENT_LINES.reader(in, "lines.jsonl", request)) {
 *     while (lines.hasNext()) {
 *         try {
 *             accumulator.add(lines.next());
 *         } catch (CatalogueFormatException bad) {
 *             skipped++;                          // bad.problems(): "lines.jsonl:17:24: $.quantity: invalid decimal ..."
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p><b>Mutable and not thread-safe</b>: one reader per stream and thread.
 *
 * @param <T> what one record holds
 */
public final class LineReader<T> implements Iterator<T>, Closeable {
    /** Reads one record's bytes. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(String fileName, int line, byte[] bytes, int length);
    }

    /** What a record longer than the limit is reported as. */
    @FunctionalInterface
    interface TooLong {
        CatalogueFormatException problem(String fileName, int line);
    }

    private final LineSplitter lines;
    private final String fileName;
    private final Decoder<T> decoder;
    private final TooLong tooLong;
    @Nullable
    private final InputStream owned;
    private boolean ready;
    private boolean more;

    LineReader(InputStream in, String fileName, int maxRecordBytes, Decoder<T> decoder, TooLong tooLong,
               @Nullable InputStream owned) {
        this.lines = new LineSplitter(in, maxRecordBytes);
        this.fileName = fileName;
        this.decoder = decoder;
        this.tooLong = tooLong;
        this.owned = owned;
    }

    /**
     * Whether another line (a good or a bad record) is left.
     *
     * @return whether {@link #next()} has a record to read
     * @throws UncheckedIOException when the input cannot be read
     */
    @Override
    public boolean hasNext() {
        if (!ready) {
            try {
                more = lines.next();
            } catch (IOException e) {
                throw new UncheckedIOException(fileName + ": cannot read line " + (lines.lineNumber() + 1) + ": "
                        + e.getMessage(), e);
            }
            ready = true;
        }
        return more;
    }

    /**
     * Reads the next record.
     *
     * @return its value
     * @throws CatalogueFormatException when the record is bad: every problem it has, each at its line, column and
     *         JSON path; the reader has moved past it
     * @throws NoSuchElementException when no line is left
     * @throws UncheckedIOException when the input cannot be read
     */
    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(fileName + ": no line after line " + lines.lineNumber());
        }
        ready = false;
        int line = lineNumberAsInt();
        if (lines.tooLong()) {
            throw tooLong.problem(fileName, line);
        }
        return decoder.decode(fileName, line, lines.record(), lines.length());
    }

    /** @return the 1-based line of the record last read or refused by {@link #next()}, or of the line {@link #hasNext()} found; 0 before the first */
    public long lineNumber() {
        return lines.lineNumber();
    }

    private int lineNumberAsInt() {
        long n = lines.lineNumber();
        return n > Integer.MAX_VALUE ? 0 : (int) n;
    }

    /** @return the file name quoted in problems */
    public String fileName() {
        return fileName;
    }

    /**
     * Closes the file the reader opened ({@link LineFormat#reader(java.nio.file.Path,
     * io.github.svtoms.proxies.valuation.ValuationRequest)}); a stream the caller gave is left open.
     *
     * @throws IOException when closing the file fails
     */
    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
