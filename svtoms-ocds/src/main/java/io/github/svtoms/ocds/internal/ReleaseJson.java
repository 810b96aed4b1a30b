package io.github.svtoms.ocds.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.core.monitoring.NoticeKpi;
import io.github.svtoms.core.monitoring.NoticeSupplier;
import io.github.svtoms.ocds.ReleaseHeader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Builds the releases of {@code OcdsWriter} with Jackson. Stateless and thread-safe. */
public final class ReleaseJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReleaseJson() {
    }

    /**
     * The agreed metrics release.
     *
     * @param selection the KPIs
     * @param header the identifiers
     * @return the JSON text
     */
    public static String kpis(KpiSelection selection, ReleaseHeader header) {
        ObjectNode release = release(header, "contract");
        ObjectNode contract = contract(release, header);
        ArrayNode metrics = contract.putArray("agreedMetrics");
        for (Kpi k : selection.kpis()) {
            ObjectNode m = metrics.addObject();
            m.put("id", k.measure().value());
            m.put("description", "svtoms KPI from framework " + selection.framework().value() + ", theme "
                    + k.theme().value() + ", in " + k.unit().name());
            ArrayNode obs = NODES.arrayNode();
            level(obs, "minimum", k.minimum(), k);
            level(obs, "target", k.target(), k);
            level(obs, "stretch", k.stretch(), k);
            if (!obs.isEmpty()) {
                m.set("observations", obs);
            }
        }
        return write(release);
    }

    private static void level(ArrayNode obs, String id, Optional<BigDecimal> value, Kpi k) {
        value.ifPresent(v -> {
            ObjectNode o = obs.addObject();
            o.put("id", id);
            o.set("measure", NODES.numberNode(v));
            o.putObject("unit").put("name", k.unit().name());
        });
    }

    /**
     * The performance release.
     *
     * @param notice the notice content
     * @param header the identifiers
     * @return the JSON text
     */
    public static String performance(ContractPerformanceNotice notice, ReleaseHeader header) {
        ObjectNode release = release(header, "implementation");
        ArrayNode parties = release.putArray("parties");
        for (NoticeSupplier s : notice.suppliers()) {
            ObjectNode p = parties.addObject();
            p.put("id", s.identifier());
            p.put("name", s.name());
            p.putArray("roles").add("supplier");
        }
        ObjectNode contract = contract(release, header);
        ArrayNode metrics = contract.putObject("implementation").putArray("metrics");
        String start = midnight(notice.period().start());
        String end = midnight(notice.period().end());
        for (NoticeKpi k : notice.kpis()) {
            ObjectNode m = metrics.addObject();
            m.put("id", k.measure().value());
            m.put("title", k.name());
            ObjectNode o = m.putArray("observations").addObject();
            o.put("id", k.measure().value() + "-" + notice.period().start() + "-" + notice.period().end());
            ObjectNode period = o.putObject("period");
            period.put("startDate", start);
            period.put("endDate", end);
            ObjectNode c = o.putObject("measureClassification");
            c.put("id", k.ocdsRating());
            c.put("description", k.rating().words());
        }
        return write(release);
    }

    private static ObjectNode release(ReleaseHeader h, String tag) {
        ObjectNode r = NODES.objectNode();
        r.put("ocid", h.ocid());
        r.put("id", h.releaseId());
        r.put("date", INSTANT.format(h.date()));
        r.putArray("tag").add(tag);
        r.put("initiationType", "tender");
        r.put("language", "en");
        return r;
    }

    private static ObjectNode contract(ObjectNode release, ReleaseHeader h) {
        ObjectNode c = release.putArray("contracts").addObject();
        c.put("id", h.contractId());
        c.put("awardID", h.awardId());
        return c;
    }

    private static String midnight(LocalDate d) {
        return INSTANT.format(d.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static String write(ObjectNode release) {
        try {
            return MAPPER.writeValueAsString(release) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a release tree: " + e.getOriginalMessage(), e);
        }
    }
}
