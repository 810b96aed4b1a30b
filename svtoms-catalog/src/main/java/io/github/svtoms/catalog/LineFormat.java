package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A line-oriented svtoms format for large inputs: a JSON Lines file, one record (one JSON object) per line,
 * read and written record by record in constant memory, with limits per record rather than per file. The
 * formats are the line-format constants of {@link Formats} ({@link Formats#COMMITMENT_LINES}).
 *
 * <p>A record has no {@code "format"} member (the file's extension, {@code .jsonl}, or the caller says which
 * format it is); {@link #tag()} names the format in documentation and {@link #schema()} is the JSON Schema of
 * one record. Records are read against the settings of a valuation request (its catalogue, its currency)
 * with the rules of the document format they come from, and each record is all-or-nothing; a bad record is
 * reported with its line and does not stop the reader ({@link LineReader}).
 *
 * <p>Limits per record: {@value #MAX_RECORD_BYTES} bytes without the line end, nesting depth
 * {@value #MAX_NESTING_DEPTH}, JSON numbers of {@value #MAX_NUMBER_LENGTH} characters; decimals follow the
 * decimal rule of the formats (at most 30 integer and 20 fraction digits). A line may end with {@code \n} or
 * {@code \r\n}; an empty line is a bad record; the bytes must be UTF-8 without a byte-order mark.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> what one record holds
 */
public final class LineFormat<T> {
    /** The longest record, in bytes, without its line end. */
    public static final int MAX_RECORD_BYTES = io.github.svtoms.catalog.json.CommitmentLinesCodec.MAX_RECORD_BYTES;
    /** The deepest nesting of objects and arrays in a record. */
    public static final int MAX_NESTING_DEPTH = io.github.svtoms.catalog.json.CommitmentLinesCodec.MAX_NESTING_DEPTH;
    /** The longest JSON number token in a record, in characters. */
    public static final int MAX_NUMBER_LENGTH = io.github.svtoms.catalog.json.CommitmentLinesCodec.MAX_NUMBER_LENGTH;

    /** Reads one record against a request's settings. */
    @FunctionalInterface
    interface RecordReader<T> {
        T read(String fileName, int line, byte[] bytes, int length, ValuationRequest settings);
    }

    private final String tag;
    private final Class<T> type;
    private final RecordReader<T> reader;
    private final LineReader.TooLong tooLong;
    private final Function<T, String> writer;

    LineFormat(String tag, Class<T> type, RecordReader<T> reader, LineReader.TooLong tooLong, Function<T, String> writer) {
        this.tag = tag;
        this.type = type;
        this.reader = reader;
        this.tooLong = tooLong;
        this.writer = writer;
    }

    /** @return the name of the format, e.g. {@code svtoms-commitment-lines/1} (not written in the files) */
    public String tag() {
        return tag;
    }

    /** @return the Java type of one record */
    public Class<T> type() {
        return type;
    }

    /**
     * The class-path resource of the JSON Schema (draft 2020-12) of one record, in this module.
     *
     * @return e.g. {@code /io/github/svtoms/catalog/schema/svtoms-commitment-lines-1.schema.json}
     */
    public String schemaResource() {
        return "/io/github/svtoms/catalog/schema/" + tag.replace('/', '-') + ".schema.json";
    }

    /**
     * The text of the JSON Schema of one record.
     *
     * @return the schema, UTF-8 JSON
     * @throws UncheckedIOException when the resource cannot be read (a packaging error)
     */
    public String schema() {
        return InputFiles.resource(schemaResource());
    }

    /**
     * A reader of the records of a stream, read against a request's settings.
     *
     * @param in the bytes, read from their start; not closed by the reader
     * @param fileName the name to quote in problems
     * @param settings the request whose catalogue and currency the records are read against (its own lines
     *        play no part)
     * @return the reader
     */
    public LineReader<T> reader(InputStream in, String fileName, ValuationRequest settings) {
        Checks.notNull(in, "input");
        Checks.notNull(fileName, "file name");
        Checks.notNull(settings, "settings");
        return new LineReader<>(in, fileName, MAX_RECORD_BYTES, (f, line, b, n) -> reader.read(f, line, b, n, settings),
                tooLong, null);
    }

    /**
     * A reader of the records of a file, which {@link LineReader#close()} closes.
     *
     * @param file the file; problems quote its file name
     * @param settings the request whose catalogue and currency the records are read against
     * @return the reader
     * @throws CatalogueFormatException when the file cannot be opened or is not a regular file (with the reason,
     *         {@link InputFiles})
     */
    public LineReader<T> reader(Path file, ValuationRequest settings) {
        Checks.notNull(file, "file");
        Checks.notNull(settings, "settings");
        String name = Format.name(file);
        // a regular file only (InputFiles); no cap on the whole file, which is read in constant memory: each
        // record is capped at MAX_RECORD_BYTES by the bytes actually read
        InputStream in = InputFiles.open(file, name, Long.MAX_VALUE);
        return new LineReader<>(in, name, MAX_RECORD_BYTES, (f, line, b, n) -> reader.read(f, line, b, n, settings),
                tooLong, in);
    }

    /**
     * One record: the JSON object of a value on one line, without the line end.
     *
     * @param value the value
     * @return the JSON text
     */
    public String toLine(T value) {
        return writer.apply(Checks.notNull(value, "value"));
    }

    /** @return the tag */
    @Override
    public String toString() {
        return tag;
    }
}
