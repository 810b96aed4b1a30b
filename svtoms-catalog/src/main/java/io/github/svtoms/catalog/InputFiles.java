package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The one place where svtoms opens the files it reads ({@link Format#read(Path)},
 * {@link LineFormat#reader(Path, io.github.svtoms.proxies.valuation.ValuationRequest)},
 * {@link Overlays#catalogue(io.github.svtoms.core.catalogue.Catalogue, Path)}, and the command line's inputs),
 * with the same rules everywhere:
 *
 * <ul>
 *   <li>only a <b>regular file</b> is read: an empty path, a missing file, a directory, a device
 *       ({@code /dev/zero}, {@code /dev/urandom}), a FIFO or a socket is refused before it is opened, so that an
 *       endless device cannot fill the memory and a FIFO without a writer cannot block the reader for ever (the
 *       command line reads standard input only when given {@code -});</li>
 *   <li>every read is <b>capped</b> by the bytes actually read ({@link #capped(InputStream, String, long)}), never
 *       by the size the file system reports (0 for a device, and a file may grow while it is read);</li>
 *   <li>a file that cannot be read is a {@link CatalogueFormatException} with one problem at {@code $}, line and
 *       column 0, naming the file and the operating system's reason: {@code cannot read the file: permission
 *       denied}, {@code no such file}, {@code is a directory, not a file}, {@code is not a regular file (a device,
 *       FIFO or socket)}, {@code the path is empty}, {@code larger than 16777216 bytes}.</li>
 * </ul>
 *
 * <p>Between the check and the opening a file could be replaced by a FIFO (a race the Java file API cannot
 * close); the byte cap still bounds what is read. Stateless and thread-safe.
 */
public final class InputFiles {
    /** The largest document read from a file or a stream: 16 MiB, the readers' document limit. */
    public static final long MAX_DOCUMENT_BYTES = 16L << 20;

    private InputFiles() {
    }

    /**
     * Opens a regular file for reading, its bytes capped.
     *
     * @param file the file
     * @param name the name to quote in the problem, e.g. the path as the user gave it
     * @param maxBytes the most bytes that may be read; one more fails the read with an {@link IOException}
     *        saying so, or {@link Long#MAX_VALUE} for none
     * @return the open stream, which the caller closes
     * @throws CatalogueFormatException when the path is empty, names no file, a directory or anything but a
     *         regular file, or cannot be opened (with the operating system's reason)
     */
    public static InputStream open(Path file, String name, long maxBytes) {
        Checks.notNull(file, "file");
        Checks.notNull(name, "name");
        if (file.toString().isEmpty()) {
            throw unreadable(name, "the path is empty");
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(name, reason(e), e);
        }
        if (a.isDirectory()) {
            throw unreadable(name, "is a directory, not a file");
        }
        if (!a.isRegularFile()) {
            throw unreadable(name, "is not a regular file (a device, FIFO or socket): only regular files are read");
        }
        try {
            return capped(Files.newInputStream(file), name, maxBytes);
        } catch (IOException e) {
            throw unreadable(name, reason(e), e);
        }
    }

    /**
     * Reads a whole regular file, at most {@code maxBytes}.
     *
     * @param file the file
     * @param name the name to quote in the problem
     * @param maxBytes the most bytes the file may hold
     * @return its bytes
     * @throws CatalogueFormatException as {@link #open(Path, String, long)}, when reading fails (with the reason)
     *         and when the file holds more than {@code maxBytes}
     */
    public static byte[] readAll(Path file, String name, long maxBytes) {
        try (InputStream in = open(file, name, maxBytes)) {
            return readAll(in, name, maxBytes);
        } catch (IOException e) {
            throw unreadable(name, reason(e), e);
        }
    }

    /**
     * Reads a whole stream (e.g. standard input), at most {@code maxBytes}; the stream is not closed.
     *
     * @param in the stream
     * @param name the name to quote in the problem
     * @param maxBytes the most bytes it may hold, at most {@code Integer.MAX_VALUE - 8}
     * @return its bytes
     * @throws CatalogueFormatException when reading fails or the stream holds more than {@code maxBytes}
     */
    public static byte[] readAll(InputStream in, String name, long maxBytes) {
        Checks.notNull(in, "input");
        Checks.notNull(name, "name");
        if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new io.github.svtoms.core.InvalidValueException("invalid byte limit " + maxBytes
                    + ": must be between 0 and " + (Integer.MAX_VALUE - 8));
        }
        try {
            byte[] b = in.readNBytes((int) maxBytes + 1);
            if (b.length > maxBytes) {
                throw unreadable(name, tooLarge(maxBytes));
            }
            return b;
        } catch (IOException e) {
            throw unreadable(name, reason(e), e);
        }
    }

    /**
     * A stream that counts the bytes actually read from {@code in} and fails with an {@link IOException}
     * ({@code larger than N bytes}) on the first byte beyond {@code maxBytes}. Closing it closes {@code in}.
     *
     * @param in the stream
     * @param name the name to quote (kept for symmetry with the other methods; the message names the limit)
     * @param maxBytes the limit, or {@link Long#MAX_VALUE} for none
     * @return the capped stream
     */
    public static InputStream capped(InputStream in, String name, long maxBytes) {
        Checks.notNull(in, "input");
        Checks.notNull(name, "name");
        return maxBytes == Long.MAX_VALUE ? in : new Capped(in, maxBytes);
    }

    /**
     * The reason a file operation failed, in words: {@code permission denied}, {@code no such file}, the
     * operating system's reason, else the exception's message.
     *
     * @param e the failure
     * @return the reason
     */
    public static String reason(IOException e) {
        Checks.notNull(e, "exception");
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : lowerFirst(m);
    }

    /** "No space left on device" as "no space left on device"; "EOF" and "UTF-8 ..." are left as they are. */
    private static String lowerFirst(String m) {
        return m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))
                ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }

    private static String tooLarge(long maxBytes) {
        return "larger than " + maxBytes + " bytes, the most a document may hold";
    }

    static CatalogueFormatException unreadable(String name, String why) {
        return new CatalogueFormatException(List.of(new Problem(name, 0, 0, "$", "cannot read the file: " + why)));
    }

    private static CatalogueFormatException unreadable(String name, String why, Throwable cause) {
        return new CatalogueFormatException(new Problem(name, 0, 0, "$", "cannot read the file: " + why), cause);
    }

    /** The text of a class-path resource of this module (a schema); a missing one is a packaging error. */
    static String resource(String path) {
        try (InputStream in = InputFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing schema resource " + path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read and refuses the first beyond the cap. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                count(s);
            }
            return s;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int limit) {
            // not supported: the count could not be rewound
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException(tooLarge(max));
            }
        }
    }
}
