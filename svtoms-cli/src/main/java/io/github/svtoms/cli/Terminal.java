package io.github.svtoms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command's streams are attached to. Stateless.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * Whether the process's standard error is a terminal. On Linux this is read from {@code /proc/self/fd/2}
     * (so it holds when standard output is redirected to a file); elsewhere it falls back to
     * {@link System#console()}, which needs standard input and output to be a terminal too.
     *
     * @return whether progress may be shown on standard error
     */
    static boolean isStandardError() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux, or not readable: ask the JVM
        }
        return System.console() != null;
    }
}
