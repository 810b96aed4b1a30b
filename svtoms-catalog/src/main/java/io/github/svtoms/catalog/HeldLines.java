package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The ids and measures of lines that the counting rules may yet leave out (a part's whole may come after it), held
 * until a streamed report ends: in memory up to {@value #IN_MEMORY} of them, beyond that in a temporary file,
 * deleted when read back or closed. Mutable; confined to one report on one thread.
 */
final class HeldLines implements Closeable {
    static final int IN_MEMORY = 10_000;

    private final List<String[]> held = new ArrayList<>();
    private Path spool;
    private BufferedWriter out;

    void add(String lineId, MeasureId measure) {
        try {
            if (out == null && held.size() < IN_MEMORY) {
                held.add(new String[] {lineId, measure.value()});
                return;
            }
            if (out == null) {
                spool = Files.createTempFile("svtoms-counted-", ".txt");
                out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                for (String[] h : held) {
                    write(h[0], h[1]);
                }
                held.clear();
            }
            write(lineId, measure.value());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the lines that may be left out in a temporary file: "
                    + e.getMessage(), e);
        }
    }

    /** One line per entry: the measure id (which has no space), a space, the line id with \, CR and LF escaped. */
    private void write(String id, String measure) throws IOException {
        out.write(measure);
        out.write(' ');
        out.write(id.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        out.write('\n');
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Gives every held line, in the order added, to {@code each} (line id, measure). */
    void forEach(BiConsumer<String, MeasureId> each) {
        try {
            if (out == null) {
                held.forEach(h -> each.accept(h[0], MeasureId.of(h[1])));
                return;
            }
            out.close();
            try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                for (String s = in.readLine(); s != null; s = in.readLine()) {
                    int sp = s.indexOf(' ');
                    each.accept(unescape(s.substring(sp + 1)), MeasureId.of(s.substring(0, sp)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        } catch (IOException e) {
            // the file is in the temporary directory; nothing else refers to it
        } finally {
            out = null;
            spool = null;
        }
    }
}
