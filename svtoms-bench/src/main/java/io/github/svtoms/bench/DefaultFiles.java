package io.github.svtoms.bench;

import io.github.svtoms.catalog.Bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of the bundled default catalogue: {@code svtoms-open.json} and the priority frameworks in
 * {@link Bundled#FRAMEWORKS} order. Immutable after reading (the arrays are never handed out to
 * be changed by the benchmarks).
 *
 * @param open the open catalogue
 * @param frameworks each framework file
 * @param frameworkNames each framework file's name
 */
public record DefaultFiles(byte[] open, List<byte[]> frameworks, List<String> frameworkNames) {
    /** The open catalogue's file name. */
    public static final String OPEN = "svtoms-open.json";
    private static final String ROOT = "/io/github/svtoms/catalog/default/";

    /** @return the bundled files, read from the class path */
    public static DefaultFiles read() {
        List<byte[]> fs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String id : Bundled.FRAMEWORKS) {
            names.add("frameworks/" + id + ".json");
            fs.add(bytes(ROOT + "frameworks/" + id + ".json"));
        }
        return new DefaultFiles(bytes(ROOT + OPEN), List.copyOf(fs), List.copyOf(names));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
