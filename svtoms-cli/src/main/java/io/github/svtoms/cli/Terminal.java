package io.github.svtoms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command's streams are attached to, and text made safe for a terminal. Stateless.
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

    /**
     * Text for a terminal: control characters (C0, DEL, C1) and the bidirectional formatting characters
     * (which can reorder what the terminal shows) written as {@code \\u} escapes.
     *
     * @param text any text
     * @return the text, safe to print
     */
    static String safe(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (unsafe && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (unsafe) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
