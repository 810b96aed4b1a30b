package io.github.svtoms.catalog.json;

import java.util.List;

/**
 * The package-private DTO records of {@code svtoms-catalogue/1}, exactly as the file holds them:
 * every scalar is a string, integer or boolean token; absent members are {@code null}. Validation and
 * mapping to the core types happen in {@link CatalogueReader}.
 *
 * <p>Immutable records (lists as Jackson built them, never exposed).
 */
final class CatalogueDtos {
    private CatalogueDtos() {
    }

    record Document(List<FrameworkDto> frameworks, List<ThemeDto> themes, List<OutcomeDto> outcomes,
                    List<PriorityGroupDto> priorityGroups, List<MeasureDto> measures,
                    List<OverlapFamilyDto> overlapFamilies, List<PartOfDto> partOf) {
        static final Document EMPTY = new Document(null, null, null, null, null, null, null);
    }

    record OverlapFamilyDto(String id, List<String> measures, String reason) {
    }

    record PartOfDto(String part, String whole, String reason) {
    }

    record FrameworkDto(String id, String kind, String name, String publisher, String edition, String description,
                        String url, String licence, String family, LawDtos.PeriodDto period, LawDtos.ScopeDto scope,
                        String status, List<LawDtos.ProvenanceDto> provenance, RulesDto rules,
                        List<String> priorityGroups, List<PriorityDto> priorities) {
    }

    record RulesDto(String minimumSocialValueWeighting, String ambitionSocialValueWeighting,
                    List<String> mandatoryThemes, Integer minimumOutcomesPerTender, String specifiedShare,
                    Integer priorityGroupLimit, List<LawDtos.BandDto> weightingBands,
                    LawDtos.KpiMinimumDto minimumKpis, String guidelineSocialValueWeighting) {
    }

    record PriorityDto(String id, String name, String description, String parent, List<String> measures) {
    }

    record ThemeDto(String id, String framework, String name, String description) {
    }

    record OutcomeDto(String id, String theme, String name, String description) {
    }

    record PriorityGroupDto(String id, String name, String description, List<String> measures) {
    }

    record MeasureDto(String id, String outcome, String name, String description, String unit, List<String> tags,
                      List<String> categories, List<String> sectors, MoneyDto minimumContractValue, TargetDto target,
                      Boolean firstYearOnly, String exclusiveGroup, List<CrossReferenceDto> crossReferences) {
    }

    record MoneyDto(String amount, String currency) {
    }

    record TargetDto(String rule, String quantity, MoneyDto per) {
    }

    record CrossReferenceDto(String scheme, String code, String edition) {
    }
}
