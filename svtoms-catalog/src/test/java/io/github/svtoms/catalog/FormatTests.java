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
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Asserts that each README holds, verbatim, the lines of a test between its {@code // --- README example
     * start} and {@code end} markers (less the test's indentation), so the README shows what the test runs.
     */
    static void assertReadmesShow(Class<?> test, List<Path> readmes) {
        String source = text(Path.of("src", "test", "java", test.getName().replace('.', '/') + ".java"));
        int start = source.indexOf('\n', source.indexOf("// --- README example start")) + 1;
        int end = source.lastIndexOf('\n', source.indexOf("// --- README example end")) + 1;
        assertTrue(start > 0 && end > start, test.getName());
        StringBuilder expected = new StringBuilder();
        source.substring(start, end).lines().forEach(l -> expected.append(l.length() >= 8 ? l.substring(8) : l.strip())
                .append('\n'));
        for (Path readme : readmes) {
            assertTrue(text(readme).contains("```java\n" + expected + "```\n"), readme + " does not show " + test.getSimpleName()
                    + ":\n" + expected);
        }
    }
}
