package io.github.svtoms.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random corruption of valid releases — members removed, renamed or replaced by values of other types,
 * numbers made huge, negative or fractional, dates garbled, the text truncated or spliced — never makes
 * the reader throw: every notice and lot still gets a usable profile or at least one reason, and no
 * reading ends in {@link ReasonKind#INTERNAL_ERROR}. Seeded: the same cases every run.
 */
@ExtendWith(InstancioExtension.class)
class CorruptionPropertyTest {
    private static final long SEED = 20250311L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> SCRAPS = List.of("", " ", "40", "40%", "15-40%", "0", "-1", "2025-02-30",
            "2025-04-01T25:00:00Z", "1e999999", "NaN", "GBP", "gbp", "XXX", "services", "price", "quality",
            "percentageExact", "order", "pointsExact", "Social value", "85000000", "4542110", "rn", "\u0000", "é✓",
            "Regional or local authority", "07", "UK_CA_TYPE", "publicAuthorityCentralGovernment");

    private static final String SPLICE = "{}[],:\"\\é\u0000";

    /** One case: which base document, how many mutations, and the seed of the rest. */
    record Spec(long seed, int base, int mutations, boolean textLevel) {
    }

    @Test
    void corruptedReleasesNeverThrow() throws IOException {
        List<JsonNode> bases = List.of(MAPPER.readTree(Json.json(Json.RELEASE)),
                real("real/scotland-SRel67-264.json"), real("real/england-WRel11-294.json"),
                real("real/england-Release146-53.json"));
        List<Spec> specs = Instancio.ofList(Spec.class).size(1500).withSeed(SEED)
                .generate(field(Spec::base), gen -> gen.ints().range(0, bases.size() - 1))
                .generate(field(Spec::mutations), gen -> gen.ints().range(1, 12))
                .create();
        assertEquals(1500, specs.size());
        int usable = 0;
        int unusable = 0;
        for (Spec s : specs) {
            Random r = new Random(s.seed());
            JsonNode tree = bases.get(s.base()).deepCopy();
            for (int i = 0; i < s.mutations(); i++) {
                tree = mutate(tree, r);
            }
            String text = s.textLevel() ? garble(tree.toString(), r) : tree.toString();
            OcdsDocument d = OcdsReader.standard().readJson(text, "case-" + s.seed() + ".json");
            for (Reason p : d.problems()) {
                assertFalse(p.kind() == ReasonKind.INTERNAL_ERROR, () -> p + " in " + text);
            }
            for (Notice n : d.notices()) {
                for (ContractReading c : n.readings()) {
                    ProfileReading pr = c.profile();
                    assertTrue(pr.isUsable() != !pr.reasons().isEmpty(), text);
                    for (Reason x : pr.reasons()) {
                        assertFalse(x.kind() == ReasonKind.INTERNAL_ERROR, () -> x + " in " + text);
                    }
                    for (Reason x : c.criteria().reasons()) {
                        assertFalse(x.kind() == ReasonKind.INTERNAL_ERROR, () -> x + " in " + text);
                    }
                    if (pr.isUsable()) {
                        usable++;
                        assertTrue(pr.profile().orElseThrow().value().signum() > 0);
                    } else {
                        unusable++;
                    }
                }
            }
        }
        // the cases reach both outcomes
        assertTrue(usable > 100, "usable readings: " + usable);
        assertTrue(unusable > 100, "unusable readings: " + unusable);
    }

    private static JsonNode real(String resource) throws IOException {
        try (InputStream in = CorruptionPropertyTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }

    /** A place in the tree: a container and a member name or an index. */
    private record Place(JsonNode container, String name, int index) {
    }

    private static void places(JsonNode n, List<Place> out) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                out.add(new Place(n, name, -1));
                places(n.get(name), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new Place(n, null, i));
                places(n.get(i), out);
            }
        }
    }

    private static JsonNode mutate(JsonNode root, Random r) {
        List<Place> all = new ArrayList<>();
        places(root, all);
        if (all.isEmpty()) {
            return randomValue(r);
        }
        Place p = all.get(r.nextInt(all.size()));
        int op = r.nextInt(5);
        if (p.container() instanceof ObjectNode o) {
            switch (op) {
                case 0 -> o.remove(p.name());
                case 1 -> {
                    JsonNode v = o.remove(p.name());
                    o.set(p.name().substring(0, p.name().length() / 2) + " " + p.name().substring(p.name().length() / 2), v);
                }
                default -> o.set(p.name(), randomValue(r));
            }
        } else if (p.container() instanceof ArrayNode a) {
            switch (op) {
                case 0 -> a.remove(p.index());
                case 1 -> a.add(a.get(p.index()).deepCopy());
                default -> a.set(p.index(), randomValue(r));
            }
        }
        return root;
    }

    private static JsonNode randomValue(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(SCRAPS.get(r.nextInt(SCRAPS.size())));
            case 2 -> NODES.numberNode(new BigDecimal(r.nextLong()).movePointLeft(r.nextInt(30) - 10));
            case 3 -> NODES.numberNode(r.nextInt(3) - 1);
            case 4 -> NODES.booleanNode(r.nextBoolean());
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(NODES.textNode(SCRAPS.get(r.nextInt(SCRAPS.size()))));
            case 7 -> NODES.objectNode().put("amount", r.nextInt(1000) - 500).put("currency", "GBP");
            default -> NODES.objectNode().put("number", r.nextInt(200) - 50).put("weight",
                    List.of("percentageExact", "pointsExact", "order", "decimalExact", "bogus").get(r.nextInt(5)));
        };
    }

    /** Text-level damage: truncation, a spliced character, or a doubled stretch. */
    private static String garble(String text, Random r) {
        int at = r.nextInt(text.length());
        return switch (r.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + SPLICE.charAt(r.nextInt(SPLICE.length())) + text.substring(at);
            default -> text.substring(0, at) + text.substring(at / 2);
        };
    }

    @Test
    void bytesThatAreNotTextNeverThrow() {
        Random r = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = Json.json(Json.RELEASE).getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 5; k++) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
            OcdsDocument d = OcdsReader.standard().read(new java.io.ByteArrayInputStream(bytes), "bytes.json");
            assertTrue(d.problems().stream().noneMatch(p -> p.kind() == ReasonKind.INTERNAL_ERROR), d.problems()::toString);
        }
    }
}
