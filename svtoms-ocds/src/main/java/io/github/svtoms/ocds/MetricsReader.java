package io.github.svtoms.ocds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.monitoring.StatutoryRating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the agreed metrics and performance observations of one OCDS release in the shape
 * {@link OcdsWriter} writes (the OCDS metrics extension and the UK extension's {@code measureClassification}):
 * {@code contracts[].agreedMetrics[]} and {@code contracts[].implementation.metrics[]}. Strict where
 * {@link OcdsReader} is tolerant: it reads releases svtoms or another publisher wrote to that shape, and a
 * release that breaks it is an {@link InvalidValueException} saying where. Stateless and thread-safe.
 */
public final class MetricsReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private MetricsReader() {
    }

    /**
     * An agreed metric (a KPI): its id and the levels its observations give.
     *
     * <p>Immutable and thread-safe.
     *
     * @param contractId the contract's id
     * @param id the metric's id (svtoms writes the measure id)
     * @param levels by observation id ({@code minimum}, {@code target}, {@code stretch} as svtoms writes them),
     *               in the release's order, each a number read exactly
     * @param units by observation id, the {@code unit.name} when given
     */
    public record AgreedMetric(String contractId, String id, Map<String, BigDecimal> levels, Map<String, String> units) {
        /** Copies the maps, keeping their order. */
        public AgreedMetric {
            Checks.notBlank(contractId, "contract id");
            Checks.notBlank(id, "metric id");
            levels = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(levels, "levels")));
            units = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(units, "units")));
        }
    }

    /**
     * A rated observation of an implementation metric (a KPI in a Contract Performance Notice).
     *
     * <p>Immutable and thread-safe.
     *
     * @param contractId the contract's id
     * @param metricId the metric's id (svtoms writes the measure id)
     * @param title the metric's title, if any
     * @param start the period's start date (the date part as written), if given
     * @param end the period's end date (the date part as written), if given
     * @param code the {@code measureClassification.id} as written
     * @param rating the statutory rating whose OCDS code is {@code code}; empty for a code outside the five
     */
    public record Rating(String contractId, String metricId, Optional<String> title, Optional<LocalDate> start,
                         Optional<LocalDate> end, String code, Optional<StatutoryRating> rating) {
        /** Validates the parts. */
        public Rating {
            Checks.notBlank(contractId, "contract id");
            Checks.notBlank(metricId, "metric id");
            Checks.notNull(title, "title");
            Checks.notNull(start, "start");
            Checks.notNull(end, "end");
            Checks.notBlank(code, "rating code");
            Checks.notNull(rating, "rating");
        }
    }

    /**
     * What a release holds.
     *
     * <p>Immutable and thread-safe.
     *
     * @param ocid the release's ocid
     * @param releaseId the release's id
     * @param agreed the agreed metrics of every contract, in order
     * @param ratings the rated observations of every contract's implementation metrics, in order
     */
    public record Metrics(String ocid, String releaseId, List<AgreedMetric> agreed, List<Rating> ratings) {
        /** Copies the lists. */
        public Metrics {
            Checks.notBlank(ocid, "ocid");
            Checks.notBlank(releaseId, "release id");
            agreed = List.copyOf(agreed);
            ratings = List.copyOf(ratings);
        }
    }

    /**
     * Reads a release.
     *
     * @param json the release's JSON text
     * @return its metrics
     * @throws InvalidValueException when the text is not a release of that shape, naming the JSON path
     */
    public static Metrics read(String json) {
        Checks.notNull(json, "release text");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("not a JSON release: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("not a JSON release: $ is not an object");
        }
        List<AgreedMetric> agreed = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        JsonNode contracts = array(root, "contracts", "$");
        for (int i = 0; i < contracts.size(); i++) {
            JsonNode c = contracts.get(i);
            String cp = "$.contracts[" + i + "]";
            String contractId = text(c, "id", cp);
            JsonNode am = array(c, "agreedMetrics", cp);
            for (int j = 0; j < am.size(); j++) {
                JsonNode m = am.get(j);
                String mp = cp + ".agreedMetrics[" + j + "]";
                Map<String, BigDecimal> levels = new LinkedHashMap<>();
                Map<String, String> units = new LinkedHashMap<>();
                JsonNode obs = array(m, "observations", mp);
                for (int k = 0; k < obs.size(); k++) {
                    JsonNode o = obs.get(k);
                    String op = mp + ".observations[" + k + "]";
                    String id = text(o, "id", op);
                    JsonNode measure = o.path("measure");
                    if (!measure.isNumber()) {
                        throw new InvalidValueException("no number at " + op + ".measure");
                    }
                    levels.put(id, measure.decimalValue());
                    JsonNode unit = o.path("unit").path("name");
                    if (unit.isTextual()) {
                        units.put(id, unit.asText());
                    }
                }
                agreed.add(new AgreedMetric(contractId, text(m, "id", mp), levels, units));
            }
            JsonNode im = array(c.path("implementation"), "metrics", cp + ".implementation");
            for (int j = 0; j < im.size(); j++) {
                JsonNode m = im.get(j);
                String mp = cp + ".implementation.metrics[" + j + "]";
                String metricId = text(m, "id", mp);
                Optional<String> title = m.path("title").isTextual() ? Optional.of(m.path("title").asText()) : Optional.empty();
                JsonNode obs = array(m, "observations", mp);
                for (int k = 0; k < obs.size(); k++) {
                    JsonNode o = obs.get(k);
                    String op = mp + ".observations[" + k + "]";
                    if (!o.has("measureClassification")) {
                        continue;
                    }
                    String code = text(o.path("measureClassification"), "id", op + ".measureClassification");
                    ratings.add(new Rating(contractId, metricId, title, date(o.path("period"), "startDate", op),
                            date(o.path("period"), "endDate", op), code, rating(code)));
                }
            }
        }
        return new Metrics(text(root, "ocid", "$"), text(root, "id", "$"), agreed, ratings);
    }

    /** The member's array; empty when absent; an error when it is something else. */
    private static JsonNode array(JsonNode node, String field, String path) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!v.isArray()) {
            throw new InvalidValueException("not an array at " + path + "." + field);
        }
        return v;
    }

    private static Optional<StatutoryRating> rating(String code) {
        for (StatutoryRating r : StatutoryRating.values()) {
            if (r.ocdsCode().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidValueException("no text at " + path + "." + field);
        }
        return v.asText();
    }

    private static Optional<LocalDate> date(JsonNode period, String field, String path) {
        JsonNode v = period.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(v.asText()).toLocalDate());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("invalid date-time '" + v.asText() + "' at " + path + ".period." + field);
        }
    }
}
