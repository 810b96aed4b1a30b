package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One of the bundled JSON Schemas ({@code schema/*.schema.json} beside {@link Catalogues}), checked with
 * networknt json-schema-validator as a draft 2020-12 schema. Immutable and thread-safe.
 *
 * @param name the schema's file name without {@code .schema.json}, e.g. {@code svtoms-catalogue-1}
 * @param schema the loaded schema
 */
record Schema(String name, JsonSchema schema) {
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper TREE = new ObjectMapper();

    /**
     * Loads a bundled schema.
     *
     * @param name e.g. {@code svtoms-catalogue-1}
     * @return the schema
     */
    static Schema of(String name) {
        return new Schema(name, FACTORY.getSchema(json(name)));
    }

    /**
     * The bundled schema's text as a tree.
     *
     * @param name e.g. {@code svtoms-catalogue-1}
     * @return the tree
     */
    static JsonNode json(String name) {
        try (InputStream in = Formats.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled schema " + name);
            }
            return TREE.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a document.
     *
     * @param document the document
     * @return the validator's messages, sorted; empty when the document is valid
     */
    List<String> errors(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
