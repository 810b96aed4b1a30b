package io.github.svtoms.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an {@code --out} file whole or not at all: the text goes to a new temporary file in the same directory
 * ({@code .NAME.RANDOM.tmp}), is forced to the disk, and is then moved over the target in one atomic rename, so
 * that a failure (a full disk, a killed process) leaves the previous file as it was and no partial page; the
 * temporary file is deleted on failure. A target that exists and is not a regular file (a device such as
 * {@code /dev/null}, a FIFO) is written directly, since it cannot be replaced. Stateless.
 */
final class OutFile {
    private OutFile() {
    }

    /**
     * Writes the text to the file as UTF-8, replacing it atomically.
     *
     * @param argument the path as given on the command line (quoted in the message)
     * @param text the content
     * @throws OutputFailure when the file cannot be written, with the operating system's reason; the previous
     *         file, if any, is unchanged
     */
    static void write(String argument, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target;
        try {
            target = Path.of(argument);
        } catch (InvalidPathException e) {
            throw failure(argument, new IOException("invalid path: " + e.getReason(), e));
        }
        if (argument.isEmpty()) {
            throw failure(argument, new IOException("the path is empty"));
        }
        if (Files.isDirectory(target)) {
            throw failure(argument, new IOException("is a directory"));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                throw failure(argument, e);
            }
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the failure reported is the write's
            }
            throw failure(argument, e);
        }
    }

    private static OutputFailure failure(String argument, IOException e) {
        return new OutputFailure("cannot write " + argument + ": " + io.github.svtoms.catalog.InputFiles.reason(e), e);
    }

}
