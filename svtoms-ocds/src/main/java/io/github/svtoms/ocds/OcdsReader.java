package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.ocds.internal.Engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads OCDS documents — a release, a record, a release package, a record package, a JSON array of them,
 * or several one after another (JSON Lines) — into {@link OcdsDocument}s, and scans files and directories
 * of them.
 *
 * <p>Reading never throws for what a document contains: invalid JSON, a reading limit, a value that is
 * not OCDS become the document's {@link OcdsDocument#problems() problems}; a notice with a piece missing
 * gets {@link Reason reasons}. Numbers are read exactly (as {@code BigDecimal}, with their scale);
 * duplicate member names are tolerated (the last wins), and so are member names broken by whitespace.
 *
 * <p>Limits, each making the rest of the document a {@link ReasonKind#LIMIT_EXCEEDED} problem: nesting
 * depth {@value #MAX_NESTING_DEPTH}; string length {@value #MAX_STRING_LENGTH} characters; number length
 * {@value #MAX_NUMBER_LENGTH} characters; member name length {@value #MAX_NAME_LENGTH} characters;
 * document size {@value #MAX_DOCUMENT_LENGTH} bytes. A document is held in memory while it is read; a
 * scan holds one document at a time when given a consumer.
 *
 * <p>A contract profile needs a framework, which a notice does not name: the reader puts its
 * {@link #framework()} (by default {@value #DEFAULT_FRAMEWORK}) in every profile.
 *
 * <p>Immutable and thread-safe.
 */
public final class OcdsReader {
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters (4 MiB). */
    public static final int MAX_STRING_LENGTH = 4 << 20;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest member name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1024;
    /** The largest document read, in bytes (64 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 64L << 20;
    /** The deepest directory level a scan descends to below its starting directory. */
    public static final int MAX_SCAN_DEPTH = 32;
    /** The framework of the profiles of {@link #standard()}: the bundled open measures. */
    public static final String DEFAULT_FRAMEWORK = "svtoms-open";

    private static final OcdsReader STANDARD = builder().build();

    private final FrameworkId framework;
    private final CpvSectorTable sectorTable;
    private final SocialValueTerms socialValueTerms;
    private final Optional<Catalogue> catalogue;
    private final Engine engine;

    private OcdsReader(Builder b) {
        this.framework = b.framework;
        this.sectorTable = b.sectorTable;
        this.socialValueTerms = b.socialValueTerms;
        this.catalogue = Optional.ofNullable(b.catalogue);
        this.engine = new Engine(framework, sectorTable, socialValueTerms);
    }

    /**
     * The reader with the defaults: framework {@value #DEFAULT_FRAMEWORK}, the bundled CPV sector table
     * and the standard social value terms.
     *
     * @return the reader
     */
    public static OcdsReader standard() {
        return STANDARD;
    }

    /**
     * A builder preset with the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The framework put in every profile.
     *
     * @return the framework id
     */
    public FrameworkId framework() {
        return framework;
    }

    /**
     * The CPV sector table.
     *
     * @return the table
     */
    public CpvSectorTable sectorTable() {
        return sectorTable;
    }

    /**
     * The terms that recognise a social value criterion.
     *
     * @return the terms
     */
    public SocialValueTerms socialValueTerms() {
        return socialValueTerms;
    }

    /**
     * Reads a file. A file that cannot be read (missing, a directory, an I/O error) gives a document with
     * a {@link ReasonKind#UNREADABLE} problem.
     *
     * @param file the file
     * @return the document, named by the path
     */
    public OcdsDocument read(Path file) {
        Checks.notNull(file, "file");
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            return new OcdsDocument(source, DocumentKind.UNKNOWN, List.of(), List.of(new Reason(ReasonKind.UNREADABLE,
                    Files.exists(file) ? "not a regular file" : "no such file", "$")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return engine.read(in, source);
        } catch (IOException e) {
            return new OcdsDocument(source, DocumentKind.UNKNOWN, List.of(), List.of(new Reason(ReasonKind.UNREADABLE,
                    io.github.svtoms.catalog.InputFiles.reason(e), "$")));
        } catch (UncheckedIOException e) {
            return new OcdsDocument(source, DocumentKind.UNKNOWN, List.of(), List.of(new Reason(ReasonKind.UNREADABLE,
                    e.getCause() != null ? io.github.svtoms.catalog.InputFiles.reason(e.getCause())
                            : String.valueOf(e.getMessage()), "$")));
        }
    }

    /**
     * Reads a stream (UTF-8, UTF-16 or UTF-32, detected). The stream is read to its end (or to the first
     * problem) and not closed.
     *
     * @param in the stream
     * @param source its name, for the notices' locations
     * @return the document
     * @throws io.github.svtoms.core.InvalidValueException when the name is blank (a caller's mistake;
     *                                                     nothing the stream contains throws)
     */
    public OcdsDocument read(InputStream in, String source) {
        Checks.notNull(in, "input stream");
        Checks.notBlank(source, "source name");
        return engine.read(in, source);
    }

    /**
     * Reads JSON text.
     *
     * @param json the text
     * @param source its name, for the notices' locations
     * @return the document
     * @throws io.github.svtoms.core.InvalidValueException when the name is blank
     */
    public OcdsDocument readJson(String json, String source) {
        Checks.notNull(json, "json");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * Reads a file, or every {@code .json} and {@code .jsonl} file (any case) under a directory, in the
     * order of their paths, and counts.
     *
     * @param fileOrDirectory a file or a directory
     * @return every document and the counts
     * @throws OcdsException when the path does not exist or the directory cannot be listed
     */
    public OcdsScan scan(Path fileOrDirectory) {
        List<OcdsDocument> documents = new ArrayList<>();
        ScanSummary summary = scan(fileOrDirectory, documents::add);
        return new OcdsScan(documents, summary);
    }

    /**
     * The counts over documents already read, with this reader's minimum weighting check when it has a
     * catalogue (as {@link #scan(Path)} counts them).
     *
     * @param documents the documents
     * @return the counts
     */
    public ScanSummary summary(OcdsDocument... documents) {
        ScanTally tally = new ScanTally(catalogue.orElse(null), framework);
        for (OcdsDocument d : documents) {
            tally.add(Checks.notNull(d, "document"));
        }
        return tally.summary();
    }

    /**
     * Reads a file or a directory like {@link #scan(Path)}, handing each document to a consumer as soon as
     * it is read, so that only one is held at a time.
     *
     * @param fileOrDirectory a file or a directory
     * @param each receives each document, in path order
     * @return the counts
     * @throws OcdsException when the path does not exist or the directory cannot be listed
     */
    public ScanSummary scan(Path fileOrDirectory, Consumer<OcdsDocument> each) {
        Checks.notNull(each, "consumer");
        ScanTally tally = new ScanTally(catalogue.orElse(null), framework);
        for (Path file : files(fileOrDirectory)) {
            OcdsDocument d = read(file);
            tally.add(d);
            each.accept(d);
        }
        return tally.summary();
    }

    /**
     * The files a scan reads: the file itself, or the regular {@code .json} and {@code .jsonl} files (any
     * case, not hidden) under a directory, at most {@value #MAX_SCAN_DEPTH} levels down, without following
     * symbolic links to directories, sorted by path.
     *
     * @param fileOrDirectory a file or a directory
     * @return the files
     * @throws OcdsException when the path does not exist or the directory cannot be listed
     */
    public static List<Path> files(Path fileOrDirectory) {
        Checks.notNull(fileOrDirectory, "path");
        if (!Files.exists(fileOrDirectory)) {
            throw new OcdsException("cannot scan '" + fileOrDirectory + "': no such file or directory");
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> walk = Files.walk(fileOrDirectory, MAX_SCAN_DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(OcdsReader::isOcdsFileName).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new OcdsException("cannot list '" + fileOrDirectory + "': " + e.getMessage(), e);
        }
    }

    private static boolean isOcdsFileName(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".json") || lower.endsWith(".jsonl"));
    }

    @Override
    public String toString() {
        return "OcdsReader[framework=" + framework + ", " + sectorTable + ", " + socialValueTerms + "]";
    }

    /** Collects a reader's settings. Not thread-safe; use one per thread. */
    public static final class Builder {
        private FrameworkId framework = FrameworkId.of(DEFAULT_FRAMEWORK);
        private CpvSectorTable sectorTable = CpvSectorTable.standard();
        private SocialValueTerms socialValueTerms = SocialValueTerms.standard();
        private Catalogue catalogue;

        private Builder() {
        }

        /**
         * Sets the framework put in every profile.
         *
         * @param id the framework id
         * @return this builder
         */
        public Builder framework(FrameworkId id) {
            this.framework = Checks.notNull(id, "framework");
            return this;
        }

        /**
         * Sets the CPV sector table.
         *
         * @param table the table
         * @return this builder
         */
        public Builder sectorTable(CpvSectorTable table) {
            this.sectorTable = Checks.notNull(table, "sector table");
            return this;
        }

        /**
         * Sets the terms that recognise a social value criterion.
         *
         * @param terms the terms
         * @return this builder
         */
        public Builder socialValueTerms(SocialValueTerms terms) {
            this.socialValueTerms = Checks.notNull(terms, "social value terms");
            return this;
        }

        /**
         * Sets the catalogue a scan checks the minimum social value weighting against: the edition of the
         * reader's framework (or family) in force on each notice's commencement date ({@link WeightingCheck}).
         * Without one, a scan counts every reading as not applicable.
         *
         * @param value the catalogue
         * @return this builder
         */
        public Builder catalogue(Catalogue value) {
            this.catalogue = Checks.notNull(value, "catalogue");
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public OcdsReader build() {
            return new OcdsReader(this);
        }
    }
}
