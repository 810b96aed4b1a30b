package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;

import javax.annotation.Nullable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One svtoms file format: its tag ({@code "format"} member), its JSON Schema, and how to read and write
 * the Java value it holds. The formats are the constants of {@link Formats}, in the way
 * {@link java.time.format.DateTimeFormatter} has {@code ISO_DATE}.
 *
 * <p>Reading is strict and all-or-nothing: malformed JSON, a wrong tag, an unknown member, {@code null},
 * a coercion, a bad decimal or id, a dangling reference — any problem fails the whole read with one
 * {@link CatalogueFormatException} listing every problem found, each with file, line, column and JSON
 * path. Writing is canonical (members in the format's order, two-space indentation, one member or
 * element per line, optional members omitted, final newline) and deterministic, so read then write
 * reproduces a canonical file byte for byte.
 *
 * <p>A read that looks things up (a request's measures in a catalogue, its proxy table, its default
 * price index) uses the format's {@link #context()}, the bundled data unless
 * {@link #withContext(ReadContext) another is given}. Report formats the library only writes
 * ({@link #canRead()} false) refuse to read.
 *
 * <p>Immutable and thread-safe; {@link #withContext(ReadContext)} returns a new format.
 *
 * @param <T> the Java type a document of this format holds
 */
public final class Format<T> {
    /** The file name quoted in problems found by {@link #parse(String)}. */
    public static final String STRING_SOURCE = "<string>";

    /** Reads one document against a context. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in, String fileName, ReadContext context);
    }

    private final String tag;
    private final Class<T> type;
    @Nullable
    private final Reader<T> reader;
    private final Function<T, String> writer;
    private final StreamWriter<T> streamWriter;
    private final ReadContext context;

    /** Writes one document as it goes, to a writer it flushes and does not close. */
    @FunctionalInterface
    interface StreamWriter<T> {
        void write(T value, java.io.Writer out) throws IOException;
    }

    Format(String tag, Class<T> type, @Nullable Reader<T> reader, Function<T, String> writer, ReadContext context) {
        this(tag, type, reader, writer, (v, out) -> {
            out.write(writer.apply(v));
            out.flush();
        }, context);
    }

    Format(String tag, Class<T> type, @Nullable Reader<T> reader, Function<T, String> writer, StreamWriter<T> streamWriter,
           ReadContext context) {
        this.tag = tag;
        this.type = type;
        this.reader = reader;
        this.writer = writer;
        this.streamWriter = streamWriter;
        this.context = context;
    }

    /** @return the tag every document of this format starts with, e.g. {@code svtoms-valuation-request/1} */
    public String tag() {
        return tag;
    }

    /** @return the Java type of a document */
    public Class<T> type() {
        return type;
    }

    /**
     * The class-path resource of this format's JSON Schema (draft 2020-12), in this module.
     *
     * @return e.g. {@code /io/github/svtoms/catalog/schema/svtoms-valuation-request-1.schema.json}
     */
    public String schemaResource() {
        return "/io/github/svtoms/catalog/schema/" + tag.replace('/', '-') + ".schema.json";
    }

    /**
     * The text of this format's JSON Schema, for a validator of the caller's choice.
     *
     * @return the schema, UTF-8 JSON
     * @throws UncheckedIOException when the resource cannot be read (a packaging error)
     */
    public String schema() {
        return InputFiles.resource(schemaResource());
    }

    /** @return whether this format can be read; report formats the library only writes cannot */
    public boolean canRead() {
        return reader != null;
    }

    /** @return what reads look things up in */
    public ReadContext context() {
        return context;
    }

    /**
     * This format reading against another context, e.g. a user's catalogue and proxy table.
     *
     * @param value the context
     * @return the new format; this one is unchanged
     */
    public Format<T> withContext(ReadContext value) {
        return new Format<>(tag, type, reader, writer, streamWriter, Checks.notNull(value, "context"));
    }

    /**
     * Reads a file; problems quote its file name.
     *
     * @param file the file
     * @return what it holds
     * @throws CatalogueFormatException listing every problem, or when the file cannot be read: not a regular
     *         file (a directory, a device, a FIFO), larger than {@link InputFiles#MAX_DOCUMENT_BYTES} (counted as
     *         read), or refused by the system (with its reason, e.g. {@code permission denied})
     * @throws UnsupportedOperationException when this format cannot be read
     */
    public T read(Path file) {
        Reader<T> r = reader();
        return open(file, (in, name) -> r.read(in, name, context));
    }

    /**
     * Reads a document.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return what it holds
     * @throws CatalogueFormatException listing every problem
     * @throws UnsupportedOperationException when this format cannot be read
     */
    public T read(InputStream in, String fileName) {
        Reader<T> r = reader();
        return r.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"), context);
    }

    private Reader<T> reader() {
        if (reader == null) {
            throw new UnsupportedOperationException(tag + " is a report svtoms writes but does not read");
        }
        return reader;
    }

    /**
     * Reads a document held in a string; problems quote the file name {@value #STRING_SOURCE}.
     *
     * @param json the JSON text
     * @return what it holds
     * @throws CatalogueFormatException listing every problem
     * @throws UnsupportedOperationException when this format cannot be read
     */
    public T parse(String json) {
        return read(new ByteArrayInputStream(Checks.notNull(json, "json").getBytes(StandardCharsets.UTF_8)), STRING_SOURCE);
    }

    /**
     * The canonical text of a value.
     *
     * @param value the value
     * @return the JSON text, ending with a newline
     * @throws io.github.svtoms.core.InvalidValueException when the value holds something the format cannot
     *         express (e.g. a discount schedule a valuation request cannot name)
     */
    public String toJson(T value) {
        return writer.apply(Checks.notNull(value, "value"));
    }

    /**
     * Writes a value as UTF-8; the same bytes as {@link #toJson(Object)}. A format whose documents grow with their
     * content ({@link Formats#VALUATION_REPORT}, whose lines carry their years and derivations) writes as it goes,
     * never holding the text whole.
     *
     * @param value the value
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(T value, OutputStream out) {
        Checks.notNull(value, "value");
        Checks.notNull(out, "output");
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(value, w);
    }

    /**
     * Writes a value as text to a writer; the same text as {@link #toJson(Object)}, written as it goes where the
     * format can ({@link #write(Object, OutputStream)}).
     *
     * @param value the value
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException when writing fails
     */
    public void write(T value, java.io.Writer out) {
        Checks.notNull(value, "value");
        Checks.notNull(out, "output");
        try {
            streamWriter.write(value, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value to a file as UTF-8, replacing it.
     *
     * @param value the value
     * @param file the file
     * @throws UncheckedIOException when writing fails
     */
    public void write(T value, Path file) {
        String json = toJson(value); // whole before the file is touched: a value the format cannot express leaves it
        try {
            Files.writeString(Checks.notNull(file, "file"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the tag */
    @Override
    public String toString() {
        return tag;
    }

    /**
     * Opens a regular file ({@link InputFiles#open}, capped at {@link InputFiles#MAX_DOCUMENT_BYTES}) and reads it
     * with {@code read}, quoting its file name; a failure to open or to close is a problem with the reason.
     */
    static <R> R open(Path file, BiFunction<InputStream, String, R> read) {
        Checks.notNull(file, "file");
        String name = name(file);
        try (InputStream in = InputFiles.open(file, name, InputFiles.MAX_DOCUMENT_BYTES)) {
            return read.apply(in, name);
        } catch (IOException e) {
            throw new CatalogueFormatException(new Problem(name, 0, 0, "$", "cannot read the file: "
                    + InputFiles.reason(e)), e);
        }
    }

    /** The name a file's problems quote: its last part, or the path itself when it has none (empty, a root). */
    static String name(Path file) {
        Path n = file.getFileName();
        return n == null || n.toString().isEmpty() ? file.toString() : n.toString();
    }
}
