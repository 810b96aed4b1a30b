package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Currency;
import java.util.List;

/**
 * The data bundled with svtoms, in one place: the open catalogue with its priority frameworks, the open
 * proxy table, the reference data (Green Book discount schedules, the HM Treasury GDP deflator, the
 * WELLBY value, wage series) and the default price index. Each is read from this module's resources once,
 * on first use, through its {@link Formats format}, and shared: they are immutable.
 *
 * <p>Stateless and thread-safe.
 */
public final class Bundled {
    /**
     * The bundled priority frameworks, in the order {@link #catalogue()} reads them after
     * {@code svtoms-open.json}: the three editions of the central government Social Value Model (family
     * {@code uk-svm}: PPN 06/20, PPN 002, PPN 026), then the NHS and local frameworks.
     */
    public static final List<String> FRAMEWORKS = List.of("uk-svm-2020", "uk-svm-2025", "uk-svm-2027", "nhs-2022",
            "lpp-2022", "kent", "elft", "brighton-hove", "bsol-stp", "aintree");
    /**
     * The id of the default price index in {@link #referenceData()}: the HM Treasury GDP deflator,
     * October 2024 Budget vintage. A valuation request file without a {@code priceIndex} uses it.
     */
    public static final String PRICE_INDEX_ID = "hmt-gdp-deflator-2024-10";

    private static final String DIRECTORY = "default/";

    private Bundled() {
    }

    /** Holder idiom: each part is read once, on first use, and safely published to every thread. */
    private static final class OpenCatalogueHolder {
        static final Catalogue VALUE = read("svtoms-open.json", Formats.CATALOGUE);
    }

    private static final class CatalogueHolder {
        static final Catalogue VALUE = readCatalogue();
    }

    private static final class ProxyTableHolder {
        static final ProxyTable VALUE = read("svtoms-open-proxies.json", Formats.PROXY_TABLE);
    }

    private static final class ReferenceDataHolder {
        static final ReferenceData VALUE = read("reference.json", Formats.REFERENCE_DATA);
    }

    /**
     * The bundled catalogue: {@code default/svtoms-open.json} (the {@code svtoms-open} measures, themes,
     * outcomes and priority groups), then each priority framework of {@link #FRAMEWORKS} from
     * {@code default/frameworks/ID.json}, in that order, each extending the catalogue read before it.
     *
     * @return the bundled catalogue
     * @throws CatalogueFormatException when a bundled file is broken (a packaging error)
     */
    public static Catalogue catalogue() {
        return CatalogueHolder.VALUE;
    }

    /**
     * The bundled open catalogue alone, {@code default/svtoms-open.json}: every bundled measure, theme, outcome
     * and priority group, without the priority frameworks of {@link #FRAMEWORKS}, which add frameworks only.
     * It values commitments exactly as {@link #catalogue()} does, and is read in a fraction of the time: a
     * command that values a request and shows no framework needs no more. {@link #catalogue()} extends it.
     *
     * @return the open catalogue
     * @throws CatalogueFormatException when the bundled file is broken (a packaging error)
     */
    public static Catalogue openCatalogue() {
        return OpenCatalogueHolder.VALUE;
    }

    /**
     * The bundled open proxy table {@code default/svtoms-open-proxies.json} (in GBP): figures from openly
     * licensed sources only, each with its provenance.
     *
     * @return the bundled proxy table
     * @throws CatalogueFormatException when the bundled file is broken (a packaging error)
     */
    public static ProxyTable proxyTable() {
        return ProxyTableHolder.VALUE;
    }

    /**
     * The bundled reference data {@code default/reference.json}: the Green Book discount schedules, the
     * HM Treasury GDP deflator, the WELLBY value and living-wage series.
     *
     * @return the bundled reference data
     * @throws CatalogueFormatException when the bundled file is broken (a packaging error)
     */
    public static ReferenceData referenceData() {
        return ReferenceDataHolder.VALUE;
    }

    /**
     * The default price index, {@value #PRICE_INDEX_ID}, of the bundled reference data.
     *
     * @return the index
     */
    public static PriceIndex priceIndex() {
        return referenceData().priceIndex(PRICE_INDEX_ID).orElseThrow(() -> new CatalogueFormatException(List.of(
                new Problem(DIRECTORY + "reference.json", 0, 0, "$.priceIndices",
                        "bundled price index '" + PRICE_INDEX_ID + "' is missing"))));
    }

    /**
     * A valuation request builder with the bundled catalogue, proxy table, default price index and reference data
     * (the series that proxies following the years read) set, so that a request built in code values like a
     * request file that names none of them. The bundled
     * proxy table is in GBP: for another currency set a proxy table in that currency before
     * {@link ValuationRequest.Builder#build()}, which refuses a mismatch.
     *
     * @param currency the currency of every figure
     * @param priceYear the price year figures are reported in; must be a year of {@link #priceIndex()}
     * @return the builder; defaults otherwise as {@link ValuationRequest#builder(Currency, PriceYear, Catalogue)}
     */
    public static ValuationRequest.Builder valuationRequest(Currency currency, PriceYear priceYear) {
        return ValuationRequest.builder(Checks.notNull(currency, "currency"), Checks.notNull(priceYear, "price year"),
                catalogue()).proxyTable(proxyTable()).priceIndex(priceIndex()).reference(referenceData());
    }

    private static Catalogue readCatalogue() {
        Catalogue c = openCatalogue();
        for (String id : FRAMEWORKS) {
            c = read("frameworks/" + id + ".json", Formats.CATALOGUE.withContext(ReadContext.bundled().withCatalogue(c)));
        }
        return c;
    }

    private static <T> T read(String name, Format<T> format) {
        String file = DIRECTORY + name;
        try (InputStream in = Bundled.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new CatalogueFormatException(List.of(new Problem(file, 0, 0, "$",
                        "bundled file is missing from the svtoms-catalog module")));
            }
            return format.read(in, file);
        } catch (IOException e) {
            throw new CatalogueFormatException(new Problem(file, 0, 0, "$", "cannot read bundled file: " + e), e);
        }
    }
}
