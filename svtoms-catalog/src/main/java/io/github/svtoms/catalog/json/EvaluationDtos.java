package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The package-private DTO records of {@code svtoms-evaluation-request/1}, exactly as the file holds them;
 * absent members are {@code null}. Validation and mapping happen in {@link EvaluationCodec}. The result
 * {@code svtoms-evaluation/1} is only written ({@link EvaluationResultWriter}): its records are the last
 * five.
 *
 * <p>Immutable records (maps and lists as Jackson built them, in file order, never exposed).
 */
final class EvaluationDtos {
    private EvaluationDtos() {
    }

    record Document(String currency, String framework, String commencement, ContractDto contract,
                    List<CriterionDto> criteria, SplitDto socialValueSplit, String priceScoring,
                    List<String> socialValueThemes, Integer socialValueOutcomes, List<BidDto> bids) {
        static final Document EMPTY = new Document(null, null, null, null, null, null, null, null, null, null);
    }

    /** The contract value in the document's currency, with its VAT basis. */
    record ContractDto(String value, Boolean valueIncludesVat, String valueOtherBasis) {
    }

    /** One criterion: exactly one of {@code weight} (percentage), {@code rank} or {@code importance} (words). */
    record CriterionDto(String id, String name, String kind, String weight, Integer rank, String importance,
                        String proxyValueMode) {
    }

    record SplitDto(String specified, String open) {
    }

    record BidDto(String id, String name, String price, Map<String, String> quality, Map<String, MarksDto> socialValue,
                  String committedProxyValue) {
    }

    record ResultDocument(String currency, String framework, LawDtos.EditionDto edition, FrameworkCheckDto frameworkCheck,
                          List<LawDtos.DutyDto> duties, String winner, List<BidResultDto> ranking) {
    }

    record FrameworkCheckDto(String framework, Boolean passed, List<FindingDto> findings) {
    }

    record FindingDto(String rule, Boolean passed, String severity, String detail) {
    }

    record BidResultDto(Integer rank, String bid, String name, String price, String total, String qualityAndSocialValue,
                        String aboveNextBy, String derivation, List<ScoreDto> criteria) {
    }

    record ScoreDto(String criterion, String kind, String weight, String points, String derivation,
                    Map<String, String> inputs) {
    }

    /** A social value mark: one decimal string for both parts, or {@code {"specified", "open"}}. */
    @JsonDeserialize(using = MarksDeserializer.class)
    record MarksDto(String mark, SplitDto split) {
        /** @return what is written: the one decimal string, or the two parts */
        @JsonValue
        Object written() {
            return mark != null ? mark : split;
        }
    }

    /** Reads {@link MarksDto} from a string or an object; anything else is an error naming both forms. */
    static final class MarksDeserializer extends JsonDeserializer<MarksDto> {
        @Override
        public MarksDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return new MarksDto(StrictJson.whole(p, p.getText()), null);
            }
            if (t == JsonToken.START_OBJECT) {
                return new MarksDto(null, ctxt.readValue(p, SplitDto.class));
            }
            return (MarksDto) ctxt.reportInputMismatch(MarksDto.class, "expected a mark as a decimal string or an "
                    + "object {\"specified\": ..., \"open\": ...}, found %s", StrictJson.describe(t));
        }
    }
}
