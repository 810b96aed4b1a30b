package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.calc.Lm3;
import io.github.svtoms.proxies.calc.Lm3Study;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-lm3/1}: {@code description} (optional), {@code currency} and
 * {@code rounds} ({@code r1}, {@code r2}, {@code r3}, decimals as strings), read strictly into an
 * {@link Lm3Study} and written canonically with Jackson's generator. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class Lm3Codec {
    /** Two-space indentation, {@code "name": value}, one member per line; a copy is made per write. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PRETTY.indentObjectsWith(indenter);
        PRETTY.indentArraysWith(indenter);
    }

    /** The document after {@code format}; absent members are {@code null}. */
    record Document(String description, String currency, Rounds rounds) {
        static final Document EMPTY = new Document(null, null, null);
    }

    /** The three rounds. */
    record Rounds(String r1, String r2, String r3) {
    }

    private Lm3Codec() {
    }

    /**
     * Reads a study.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the study
     * @throws CatalogueFormatException listing every problem
     */
    public static Lm3Study read(InputStream in, String file) {
        Reading reading = new Reading(file);
        Document d = reading.bind(in, "lm3", Document.class, Document.EMPTY);
        Fields f = new Fields(reading);
        String description = f.optionalText("$.description", d.description());
        Currency currency = f.currency("$.currency", d.currency());
        Rounds r = f.required("$.rounds", d.rounds());
        BigDecimal r1 = r == null ? null : f.decimal("$.rounds.r1", r.r1());
        BigDecimal r2 = r == null ? null : f.decimal("$.rounds.r2", r.r2());
        BigDecimal r3 = r == null ? null : f.decimal("$.rounds.r3", r.r3());
        reading.throwIfProblems();
        // the LM3 rules, each placed at the round it is about
        for (Lm3.Problem problem : Lm3.problems(Money.of(r1, currency), Money.of(r2, currency), Money.of(r3, currency))) {
            reading.problem("$.rounds.r" + problem.round(), problem.message());
        }
        reading.throwIfProblems();
        try {
            return new Lm3Study(Optional.ofNullable(description), Money.of(r1, currency), Money.of(r2, currency),
                    Money.of(r3, currency));
        } catch (SvtomsException e) {
            reading.problem("$", e.getMessage());
            reading.throwIfProblems();
            throw e;
        }
    }

    /**
     * Writes a study in the canonical form.
     *
     * @param study the study
     * @return the JSON text, ending with a newline
     */
    public static String write(Lm3Study study) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = StrictJson.mapper().getFactory().createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            g.writeStartObject();
            g.writeStringField("format", Formats.LM3.tag());
            if (study.description().isPresent()) {
                g.writeStringField("description", study.description().get());
            }
            g.writeStringField("currency", study.round1().currency().getCurrencyCode());
            g.writeObjectFieldStart("rounds");
            g.writeStringField("r1", study.round1().amount().toPlainString());
            g.writeStringField("r2", study.round2().amount().toPlainString());
            g.writeStringField("r3", study.round3().amount().toPlainString());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
