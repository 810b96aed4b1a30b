package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Helpers shared by the evaluation, monitoring and portfolio format tests. */
public final class FormatTests {
    static final ObjectMapper TREE = new ObjectMapper();

    private FormatTests() {
    }

    /** An example file of the repository's examples/ directory (tests run in the module directory). */
    public static Path example(String name) {
        return Path.of("..", "examples", name);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static Schema schema(String name) {
        return Schema.of(name);
    }

    static JsonNode tree(String json) {
        try {
            return TREE.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a JSON document changed by {@code edit}, for invalid schema samples. */
    static JsonNode edited(String json, Consumer<ObjectNode> edit) {
        ObjectNode copy = (ObjectNode) tree(json);
        edit.accept(copy);
        return copy;
    }
}
