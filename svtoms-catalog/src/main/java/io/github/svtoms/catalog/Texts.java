package io.github.svtoms.catalog;

import io.github.svtoms.core.Checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Reading a file through a stream reader, and writing JSON text as UTF-8, for the facades. Stateless. */
final class Texts {
    private Texts() {
    }

    static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        try (InputStream in = Files.newInputStream(Checks.notNull(file, "file"))) {
            return reader.apply(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw Catalogues.unreadable(file, e);
        }
    }

    static void write(String json, OutputStream out) {
        Checks.notNull(out, "output");
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
