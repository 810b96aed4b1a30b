package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.CatalogueCodec;
import io.github.svtoms.catalog.json.CommitmentLinesCodec;
import io.github.svtoms.catalog.json.EvaluationCodec;
import io.github.svtoms.catalog.json.EvaluationResultWriter;
import io.github.svtoms.catalog.json.KpiCodec;
import io.github.svtoms.catalog.json.KpiSelectionCodec;
import io.github.svtoms.catalog.json.Lm3Codec;
import io.github.svtoms.catalog.json.MonitoringCodec;
import io.github.svtoms.catalog.json.MonitoringStatusWriter;
import io.github.svtoms.catalog.json.PortfolioCodec;
import io.github.svtoms.catalog.json.ProxyCodec;
import io.github.svtoms.catalog.json.Reading;
import io.github.svtoms.catalog.json.ReferenceCodec;
import io.github.svtoms.catalog.json.ValuationReportCodec;
import io.github.svtoms.catalog.json.ValuationRequestCodec;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.monitoring.MonitoringReport;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.core.portfolio.PortfolioRequest;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.calc.Lm3Study;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every svtoms file format, as a {@link Format} constant: the one place a format tag is written. Each
 * constant reads with the {@link Bundled} data as its context unless given another
 * ({@link Format#withContext(ReadContext)}); the description of every format, member by member, is in
 * {@code README-formats.md} and its JSON Schema at {@link Format#schemaResource()}.
 *
 * <p>Stateless and thread-safe; the formats are immutable.
 */
public final class Formats {
    /**
     * {@code svtoms-catalogue/1}: frameworks, themes, outcomes, priority groups, measures. Reads a
     * self-contained catalogue; in a context whose catalogue is given, a file extending that catalogue
     * (its references may point into it; repeating one of its ids is an error; to replace elements use
     * {@link Overlays#catalogue(Catalogue, Path)}). One file's own contents: {@link CatalogueDocument}.
     */
    public static final Format<Catalogue> CATALOGUE = new Format<>("svtoms-catalogue/1", Catalogue.class,
            (in, file, c) -> {
                CatalogueCodec.Located doc = CatalogueCodec.readLocated(in, file, c.catalogue(), false);
                return Overlays.extend(c.catalogue(), doc.document(), doc.placer());
            },
            catalogue -> CatalogueCodec.write(CatalogueDocument.of(catalogue)),
            ReadContext.bundled().withCatalogue(Catalogue.builder().build()));

    /** {@code svtoms-proxies/1}: one proxy table, every entry with its provenance. Needs no context. */
    public static final Format<ProxyTable> PROXY_TABLE = new Format<>("svtoms-proxies/1", ProxyTable.class,
            (in, file, c) -> ProxyCodec.read(in, file), ProxyCodec::write, ReadContext.bundled());

    /** {@code svtoms-reference/1}: discount schedules, price indices, the WELLBY value, wage series. Needs no context. */
    public static final Format<ReferenceData> REFERENCE_DATA = new Format<>("svtoms-reference/1", ReferenceData.class,
            (in, file, c) -> ReferenceCodec.read(in, file), ReferenceCodec::write, ReadContext.bundled());

    /**
     * {@code svtoms-valuation-request/1}: a request to value commitments. Its measures must be in the
     * context's catalogue, its {@code proxyTable} one of the context's tables (the first when it names
     * none), and a request without a {@code priceIndex} uses the first index of the context's reference
     * data; every problem (a measure the catalogue lacks, a price year the index lacks, ...) is reported
     * with its position. Writing leaves out the price index when it is the bundled default
     * ({@link Bundled#priceIndex()}), whatever the context.
     */
    public static final Format<ValuationRequest> VALUATION_REQUEST = new Format<>("svtoms-valuation-request/1",
            ValuationRequest.class,
            (in, file, c) -> ValuationRequestCodec.read(in, file, c.catalogue(), c.referenceData(), c.proxyTables()),
            request -> ValuationRequestCodec.write(request, Bundled.referenceData()), ReadContext.bundled());

    /**
     * {@code svtoms-valuation/1}: the reported figures of a valuation, written from
     * {@link ValuationReport#of(ValuationRequest, io.github.svtoms.proxies.valuation.Valuation)} and read
     * back; write, read, write gives the same bytes. Needs no context.
     */
    public static final Format<ValuationReport> VALUATION_REPORT = new Format<>("svtoms-valuation/1",
            ValuationReport.class, (in, file, c) -> ValuationReportCodec.read(in, file), ValuationReportCodec::write,
            ValuationReportCodec::write, ReadContext.bundled());

    /**
     * {@code svtoms-kpi-request/1}: a contract profile for KPI selection; its framework, priorities and
     * priority groups must be in the context's catalogue.
     */
    public static final Format<ContractProfile> KPI_REQUEST = new Format<>("svtoms-kpi-request/1",
            ContractProfile.class, (in, file, c) -> KpiCodec.readRequest(in, file, c.catalogue()), KpiCodec::writeRequest,
            ReadContext.bundled());

    /**
     * {@code svtoms-kpi-selection/1}: a KPI selection with its request echoed, the framework edition chosen and
     * why, the s.52 KPI duty and the duty findings ({@link KpiSelectionReport}), read back equal; the edition is
     * looked up in the context's catalogue.
     */
    public static final Format<KpiSelectionReport> KPI_SELECTION = new Format<>("svtoms-kpi-selection/1",
            KpiSelectionReport.class, (in, file, c) -> KpiSelectionCodec.read(in, file, c.catalogue()),
            KpiSelectionCodec::write, ReadContext.bundled());

    /**
     * {@code svtoms-evaluation-request/1}: a tender evaluation scheme and its bids; its framework and
     * social value themes must be in the context's catalogue.
     */
    public static final Format<EvaluationRequest> EVALUATION_REQUEST = new Format<>("svtoms-evaluation-request/1",
            EvaluationRequest.class, (in, file, c) -> EvaluationCodec.read(in, file, c.catalogue()), EvaluationCodec::write,
            ReadContext.bundled());

    /** {@code svtoms-evaluation/1}: the report of an evaluation, scores rounded to 2 dp. Written only. */
    public static final Format<EvaluationResult> EVALUATION_RESULT = new Format<>("svtoms-evaluation/1",
            EvaluationResult.class, null, EvaluationResultWriter::write, ReadContext.bundled());

    /**
     * {@code svtoms-monitoring/1}: delivery commitments and actual reports; its measures must be in the
     * context's catalogue.
     */
    public static final Format<MonitoringRequest> MONITORING_REQUEST = new Format<>("svtoms-monitoring/1",
            MonitoringRequest.class, (in, file, c) -> MonitoringCodec.read(in, file, c.catalogue()), MonitoringCodec::write,
            ReadContext.bundled());

    /**
     * {@code svtoms-monitoring-status/1}: the status report of a monitoring file — delivery (RAG), the statutory
     * ratings of s.71 and, when the file names them, the Contract Performance Notice's content
     * ({@link MonitoringReport}, from {@link MonitoringRequest#report()}). Written only.
     */
    public static final Format<MonitoringReport> MONITORING_STATUS = new Format<>("svtoms-monitoring-status/1",
            MonitoringReport.class, null, MonitoringStatusWriter::write, ReadContext.bundled());

    /** {@code svtoms-portfolio/1}: an organisation's contracts and targets. Needs no context. */
    public static final Format<PortfolioRequest> PORTFOLIO_REQUEST = new Format<>("svtoms-portfolio/1",
            PortfolioRequest.class, (in, file, c) -> PortfolioCodec.read(in, file), PortfolioCodec::write,
            ReadContext.bundled());

    /** {@code svtoms-portfolio-metrics/1}: the metrics report of a portfolio. Written only. */
    public static final Format<PortfolioReport> PORTFOLIO_METRICS = new Format<>("svtoms-portfolio-metrics/1",
            PortfolioReport.class, null, PortfolioCodec::writeReport, ReadContext.bundled());

    /**
     * {@code svtoms-lm3/1}: the three rounds of a Local Multiplier 3 study in one currency (the LM3 rules
     * on the amounts are checked by {@link Lm3Study#lm3()}). Needs no context.
     */
    public static final Format<Lm3Study> LM3 = new Format<>("svtoms-lm3/1", Lm3Study.class,
            (in, file, c) -> Lm3Codec.read(in, file), Lm3Codec::write, ReadContext.bundled());

    /**
     * {@code svtoms-commitment-lines/1}: commitment lines for large portfolios as JSON Lines ({@code .jsonl}),
     * one commitment object per line exactly as an element of {@code commitments} in
     * {@code svtoms-valuation-request/1}, read record by record against a request's settings (its catalogue
     * and currency) with that format's rules; see {@link LineFormat} for the limits per record.
     */
    public static final LineFormat<CommitmentLine> COMMITMENT_LINES = new LineFormat<>("svtoms-commitment-lines/1",
            CommitmentLine.class, CommitmentLinesCodec::read, CommitmentLinesCodec::tooLong, CommitmentLinesCodec::write);

    private static final List<LineFormat<?>> LINE_FORMATS = List.of(COMMITMENT_LINES);

    private static final List<Format<?>> ALL = List.of(CATALOGUE, PROXY_TABLE, REFERENCE_DATA, VALUATION_REQUEST,
            VALUATION_REPORT, KPI_REQUEST, KPI_SELECTION, EVALUATION_REQUEST, EVALUATION_RESULT, MONITORING_REQUEST,
            MONITORING_STATUS, PORTFOLIO_REQUEST, PORTFOLIO_METRICS, LM3);

    private Formats() {
    }

    /** @return every format, in the order above */
    public static List<Format<?>> all() {
        return ALL;
    }

    /** @return every line-oriented format (JSON Lines, read record by record), in the order above */
    public static List<LineFormat<?>> lineFormats() {
        return LINE_FORMATS;
    }

    /**
     * The format of a tag.
     *
     * @param tag e.g. {@code svtoms-valuation-request/1}
     * @return the format, or empty when no format has that tag (tags are case-sensitive)
     */
    public static Optional<Format<?>> byTag(String tag) {
        Checks.notNull(tag, "tag");
        return ALL.stream().<Format<?>>map(f -> f).filter(f -> f.tag().equals(tag)).findFirst();
    }

    /**
     * The format a file declares in its top-level {@code "format"} member, found without reading the rest
     * of the file (which is then read with that format).
     *
     * @param file the file
     * @return its format
     * @throws CatalogueFormatException when the file cannot be read, is not a JSON object, has no
     *         {@code "format"} string, or names a tag no format has
     */
    public static Format<?> detect(Path file) {
        return Format.open(file, Formats::detect);
    }

    /**
     * The format a document declares in its top-level {@code "format"} member; see {@link #detect(Path)}.
     *
     * @param in the UTF-8 JSON bytes, read up to the tag; not closed
     * @param fileName the name to quote in problems
     * @return its format
     * @throws CatalogueFormatException when the document is not a JSON object, has no {@code "format"}
     *         string, or names a tag no format has
     */
    public static Format<?> detect(InputStream in, String fileName) {
        Checks.notNull(in, "input");
        Checks.notNull(fileName, "file name");
        String tag = Reading.peekTag(in, fileName);
        return byTag(tag).orElseThrow(() -> new CatalogueFormatException(List.of(new Problem(fileName, 1, 1, "$.format",
                "unknown format \"" + tag + "\"; known: " + String.join(", ", ALL.stream().map(Format::tag).toList())))));
    }
}
