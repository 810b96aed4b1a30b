package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.catalog.ValuationReport.AppliedDiscounting;
import io.github.svtoms.catalog.ValuationReport.Line;
import io.github.svtoms.catalog.ValuationReport.Unvalued;
import io.github.svtoms.catalog.json.ValuationDtos.DiscountingDto;
import io.github.svtoms.catalog.json.ValuationDtos.MeasureShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.OutcomeShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.ThemeShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.UnvaluedDto;
import io.github.svtoms.catalog.json.ValuationDtos.WarningDto;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.PriceYear;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Writes an {@code svtoms-valuation/1} report as its lines arrive, in constant memory: the settings, then each
 * line as it is given, then the totals, breakdowns, unvalued lines and warnings at the end. The members are
 * those of the canonical report and are written in the same layout (two-space indentation, one member or
 * element per line, {@code "name": value}, empty containers as {@code []}), but {@code lines} comes before
 * {@code totals}, which are known only at the end. The left-out lines ({@code doubleCounted}) are given by
 * the caller at the end, as the tail's. Unvalued lines are held until the end: in memory up to
 * {@value #IN_MEMORY} of them, beyond that in a temporary file, deleted when the report is finished or closed.
 *
 * <p>Mutable, confined to one report on one thread. Public only for {@code ValuationReportWriter}; not exported.
 */
public final class ValuationReportStream implements Closeable {
    /** How many unvalued lines are held in memory before they go to a temporary file. */
    static final int IN_MEMORY = 10_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private final JsonGenerator g;
    private final Currency currency;
    private final List<UnvaluedDto> unvalued = new ArrayList<>();
    private Path spool;
    private BufferedWriter spoolOut;
    private boolean finished;

    /**
     * Starts a report: writes its settings and opens {@code lines}.
     *
     * @param out where the report goes; flushed at the end, not closed
     * @param format the format tag
     * @param currency the currency of every figure
     * @param priceYear the price year of every figure
     * @param discounting the discounting applied
     * @throws UncheckedIOException when writing fails
     */
    public ValuationReportStream(Writer out, String format, Currency currency, PriceYear priceYear,
                                 AppliedDiscounting discounting) {
        this(out, format, currency, priceYear, discounting, java.util.Optional.empty());
    }

    /**
     * Starts the document, with the proxy table the valuation used.
     *
     * @param out where to write
     * @param format the format tag
     * @param currency the currency
     * @param priceYear the price year
     * @param discounting the discounting applied
     * @param proxyTableUsed the proxy table used, if any
     * @throws UncheckedIOException when writing fails
     */
    public ValuationReportStream(Writer out, String format, Currency currency, PriceYear priceYear,
                                 AppliedDiscounting discounting,
                                 java.util.Optional<io.github.svtoms.catalog.ProxyTableDigest> proxyTableUsed) {
        this.currency = currency;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try {
            g = MAPPER.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeStringField("format", format);
            g.writeStringField("currency", currency.getCurrencyCode());
            g.writeStringField("priceYear", priceYear.toString());
            g.writeFieldName("discounting");
            MAPPER.writeValue(g, new DiscountingDto(discounting.schedule().equals(AppliedDiscounting.CONSTANT) ? null
                    : discounting.schedule(), discounting.constantRate().map(BigDecimal::toPlainString).orElse(null),
                    discounting.firstYear().id(), discounting.healthSchedule().orElse(null)));
            if (proxyTableUsed.isPresent()) {
                g.writeFieldName("proxyTableUsed");
                MAPPER.writeValue(g, ValuationReportCodec.tableUsed(proxyTableUsed));
            }
            g.writeArrayFieldStart("lines");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a valued line, as the canonical writer writes it.
     *
     * @param l the line
     * @throws UncheckedIOException when writing fails
     * @throws InvalidValueException when a reported figure is not in the report's currency at its minor unit
     */
    public void line(Line l) {
        write(ValuationReportCodec.line(l, currency));
    }

    /**
     * Keeps an unvalued line for the end of the report.
     *
     * @param u the line
     * @throws UncheckedIOException when the temporary file cannot be written
     */
    public void unvalued(Unvalued u) {
        UnvaluedDto dto = new UnvaluedDto(u.line(), u.measure().value(), u.quantity().toPlainString(), u.unit().id(),
                u.reason());
        try {
            if (spoolOut == null && unvalued.size() < IN_MEMORY) {
                unvalued.add(dto);
                return;
            }
            if (spoolOut == null) {
                spool = Files.createTempFile("svtoms-unvalued-", ".jsonl");
                spoolOut = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                for (UnvaluedDto held : unvalued) {
                    spoolOut.write(MAPPER.writeValueAsString(held));
                    spoolOut.write('\n');
                }
                unvalued.clear();
            }
            spoolOut.write(MAPPER.writeValueAsString(dto));
            spoolOut.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the unvalued lines in a temporary file: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the end of the report and flushes it: the totals (with their split by value type), the percentage
     * of the contract, the breakdowns, the unvalued lines kept and the warnings, as the canonical writer writes
     * them.
     *
     * @param tail a report of the same valuation without lines or unvalued lines: its totals, breakdowns and warnings
     * @throws UncheckedIOException when writing fails
     */
    public void finish(ValuationReport tail) {
        if (finished) {
            throw new IllegalStateException("the report is already finished");
        }
        finished = true;
        try {
            g.writeEndArray();
            g.writeFieldName("totals");
            write(ValuationReportCodec.totals(tail, currency));
            if (tail.percentOfContract().isPresent()) {
                g.writeStringField("percentOfContract", tail.percentOfContract().get().toPlainString());
            }
            if (ValuationReportCodec.percentAdjustment(tail) != null) {
                g.writeStringField("percentOfContractRoundingAdjustment", ValuationReportCodec.percentAdjustment(tail));
            }
            g.writeFieldName("byMeasure");
            write(ValuationReportCodec.breakdown(tail.byMeasure(), currency, (b, f) -> new MeasureShareDto(b.id(), f.gross(),
                    f.net(), f.presentValue(), ValuationReportCodec.byType(b.byValueType(), currency),
                    ValuationReportCodec.adjustment(b.roundingAdjustment(), currency))));
            g.writeFieldName("byOutcome");
            write(ValuationReportCodec.breakdown(tail.byOutcome(), currency, (b, f) -> new OutcomeShareDto(b.id(), f.gross(),
                    f.net(), f.presentValue(), ValuationReportCodec.byType(b.byValueType(), currency),
                    ValuationReportCodec.adjustment(b.roundingAdjustment(), currency),
                    b.partsRoundingAdjustment().map(a -> ValuationReportCodec.adjustmentDto(a, currency)).orElse(null))));
            g.writeFieldName("byTheme");
            write(ValuationReportCodec.breakdown(tail.byTheme(), currency, (b, f) -> new ThemeShareDto(b.id(), f.gross(),
                    f.net(), f.presentValue(), ValuationReportCodec.byType(b.byValueType(), currency),
                    ValuationReportCodec.adjustment(b.roundingAdjustment(), currency),
                    b.partsRoundingAdjustment().map(a -> ValuationReportCodec.adjustmentDto(a, currency)).orElse(null))));
            if (ValuationReportCodec.roundingAdjustments(tail, currency) != null) {
                g.writeFieldName("roundingAdjustments");
                write(ValuationReportCodec.roundingAdjustments(tail, currency));
            }
            g.writeArrayFieldStart("unvalued");
            if (spoolOut != null) {
                spoolOut.close();
                try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    for (String s = in.readLine(); s != null; s = in.readLine()) {
                        write(MAPPER.readValue(s, UnvaluedDto.class));
                    }
                }
            } else {
                for (UnvaluedDto u : unvalued) {
                    write(u);
                }
            }
            g.writeEndArray();
            g.writeFieldName("doubleCounted");
            write(ValuationReportCodec.doubleCounted(tail.doubleCounted()));
            g.writeFieldName("warnings");
            write(tail.warnings().stream().map(w -> new WarningDto(w.kind(), w.measures().stream().map(MeasureId::value)
                    .toList(), w.message())).toList());
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteSpool();
        }
    }

    private void write(Object value) {
        try {
            MAPPER.writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteSpool() {
        try {
            if (spoolOut != null) {
                spoolOut.close();
            }
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        } catch (IOException e) {
            // the file is in the temporary directory; nothing else refers to it
        } finally {
            spool = null;
            spoolOut = null;
        }
    }

    /** Flushes what was written so far, without ending the report. */
    public void flush() {
        try {
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file, if any; the output is not closed. */
    @Override
    public void close() {
        deleteSpool();
    }
}
