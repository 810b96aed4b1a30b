package io.github.svtoms.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OCDS 1.1 release schema with the metrics extension and the UK extension merged in, as OCDS tooling
 * applies extensions: each extension's {@code release-schema.json} is a JSON Merge Patch (RFC 7386) of the
 * release schema. Checked with networknt json-schema-validator as draft-04 (the schema's {@code $schema}).
 * The files and their licences are in {@code src/test/resources/io/github/svtoms/ocds/schema/} (see
 * ATTRIBUTION.md there).
 */
final class OcdsSchema {
    private static final ObjectMapper TREE = new ObjectMapper();
    /** The release schema alone. */
    static final JsonNode BASE = load("release-schema-1.1.json");
    /** The release schema with the metrics extension and the UK extension merged in. */
    static final JsonNode MERGED = merge(merge(BASE.deepCopy(), load("metrics-extension-release-schema.json")),
            load("uk-extension-release-schema.json"));
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MERGED);
    private static final JsonSchema BASE_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(BASE);

    private OcdsSchema() {
    }

    static JsonNode load(String name) {
        try (InputStream in = OcdsSchema.class.getResourceAsStream("schema/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + name);
            }
            return TREE.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 7386: a patch member null removes, an object merges into an object, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode t = target != null && target.isObject() ? (ObjectNode) target : TREE.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                t.remove(e.getKey());
            } else {
                t.set(e.getKey(), merge(t.get(e.getKey()), e.getValue()));
            }
        }
        return t;
    }

    /** The validator's messages against the merged schema, sorted; empty when valid. */
    static List<String> errors(String json) {
        return messages(SCHEMA, json);
    }

    /** The validator's messages against the release schema without extensions. */
    static List<String> baseErrors(String json) {
        return messages(BASE_SCHEMA, json);
    }

    private static List<String> messages(JsonSchema schema, String json) {
        try {
            return schema.validate(TREE.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
