package io.github.svtoms.catalog;

import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.catalog.json.EvaluationCodec;
import io.github.svtoms.catalog.json.EvaluationResultWriter;
import io.github.svtoms.core.Checks;
import io.github.svtoms.core.catalogue.Catalogue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads and writes tender evaluation requests ({@code svtoms-evaluation-request/1}) and writes their
 * results ({@code svtoms-evaluation/1}).
 *
 * <p>Reading is strict and all-or-nothing, as for {@link Catalogues}: besides the syntax and types, every
 * semantic problem (a bid marking an unknown criterion or a criterion of another kind, a missing mark,
 * weights not adding up to 100, a framework or theme not in the catalogue) is collected with its line,
 * column and JSON path before any core type is built. The framework and themes are resolved in the
 * catalogue given, by default {@link Catalogues#openDefault()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluations {
    private Evaluations() {
    }

    /**
     * Reads a request file against the default catalogue.
     *
     * @param file the file
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static EvaluationRequest read(Path file) {
        return read(file, Catalogues.openDefault());
    }

    /**
     * Reads a request file against a catalogue.
     *
     * @param file the file
     * @param catalogue where the framework and social value themes are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static EvaluationRequest read(Path file, Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        return Texts.read(file, (in, name) -> read(in, name, catalogue));
    }

    /**
     * Reads a request against the default catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static EvaluationRequest read(InputStream in, String fileName) {
        return read(in, fileName, Catalogues.openDefault());
    }

    /**
     * Reads a request against a catalogue.
     *
     * @param in the UTF-8 JSON bytes; not closed
     * @param fileName the name to quote in problems
     * @param catalogue where the framework and social value themes are looked up
     * @return the request
     * @throws CatalogueFormatException listing every problem
     */
    public static EvaluationRequest read(InputStream in, String fileName, Catalogue catalogue) {
        return EvaluationCodec.read(Checks.notNull(in, "input"), Checks.notNull(fileName, "file name"),
                Checks.notNull(catalogue, "catalogue"));
    }


    /**
     * The canonical {@code svtoms-evaluation-request/1} text of a request.
     *
     * @param request the request
     * @return the JSON text, ending with a newline
     * @throws io.github.svtoms.core.InvalidValueException when the scheme uses a price scoring method other
     *                                                     than the built-in ones
     */
    public static String toJson(EvaluationRequest request) {
        return EvaluationCodec.write(Checks.notNull(request, "request"));
    }

    /**
     * Writes a request as UTF-8 {@code svtoms-evaluation-request/1}.
     *
     * @param request the request
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(EvaluationRequest request, OutputStream out) {
        Texts.write(toJson(request), out);
    }

    /**
     * The {@code svtoms-evaluation/1} report of a result: scores rounded to 2 decimal places
     * ({@code HALF_EVEN}), derivations and exact inputs.
     *
     * @param result the result
     * @return the JSON text, ending with a newline
     */
    public static String toJson(EvaluationResult result) {
        return EvaluationResultWriter.write(Checks.notNull(result, "result"));
    }

    /**
     * Writes a result as UTF-8 {@code svtoms-evaluation/1}.
     *
     * @param result the result
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(EvaluationResult result, OutputStream out) {
        Texts.write(toJson(result), out);
    }
}
