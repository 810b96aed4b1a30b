package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;

import javax.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * What a read may look things up in, beyond the file itself: the catalogue (measures, frameworks,
 * themes of requests; the base a catalogue file extends), the proxy tables a valuation request's
 * {@code "proxyTable"} may name (the first is used when it names none) and the reference data whose first
 * price index is used when a request gives none. Give it to a format with
 * {@link Format#withContext(ReadContext)}; a format that needs no context ignores it.
 *
 * <p>A part not set is the {@link Bundled} one, looked up only when a read needs it, so
 * {@link #bundled()} costs nothing until then.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadContext {
    private static final ReadContext BUNDLED = new ReadContext(null, null, null);

    @Nullable
    private final Catalogue catalogue;
    @Nullable
    private final List<ProxyTable> proxyTables;
    @Nullable
    private final ReferenceData referenceData;

    private ReadContext(@Nullable Catalogue catalogue, @Nullable List<ProxyTable> proxyTables,
                        @Nullable ReferenceData referenceData) {
        this.catalogue = catalogue;
        this.proxyTables = proxyTables;
        this.referenceData = referenceData;
    }

    /**
     * The bundled catalogue, the bundled proxy table (alone) and the bundled reference data.
     *
     * @return the context of the bundled data
     */
    public static ReadContext bundled() {
        return BUNDLED;
    }

    /**
     * A catalogue and exactly these proxy tables (none: no proxy table), with the bundled reference data;
     * for example a user catalogue and proxy table laid over the bundled ones with {@link Overlays}.
     *
     * @param catalogue the catalogue
     * @param proxyTables the tables a request may name; the first is its default
     * @return the context
     */
    public static ReadContext of(Catalogue catalogue, ProxyTable... proxyTables) {
        return BUNDLED.withCatalogue(catalogue).withProxyTables(Arrays.asList(Checks.notNull(proxyTables, "proxy tables")));
    }

    /**
     * This context with another catalogue.
     *
     * @param value the catalogue
     * @return the new context
     */
    public ReadContext withCatalogue(Catalogue value) {
        return new ReadContext(Checks.notNull(value, "catalogue"), proxyTables, referenceData);
    }

    /**
     * This context with other proxy tables.
     *
     * @param values the tables a request may name, the first its default; empty for no table
     * @return the new context
     */
    public ReadContext withProxyTables(List<ProxyTable> values) {
        Checks.notNull(values, "proxy tables").forEach(t -> Checks.notNull(t, "proxy table"));
        return new ReadContext(catalogue, List.copyOf(values), referenceData);
    }

    /**
     * This context with other reference data.
     *
     * @param value the reference data
     * @return the new context
     */
    public ReadContext withReferenceData(ReferenceData value) {
        return new ReadContext(catalogue, proxyTables, Checks.notNull(value, "reference data"));
    }

    /** @return the catalogue, by default {@link Bundled#catalogue()} */
    public Catalogue catalogue() {
        return catalogue == null ? Bundled.catalogue() : catalogue;
    }

    /** @return the proxy tables, by default {@link Bundled#proxyTable()} alone */
    public List<ProxyTable> proxyTables() {
        return proxyTables == null ? List.of(Bundled.proxyTable()) : proxyTables;
    }

    /** @return the reference data, by default {@link Bundled#referenceData()} */
    public ReferenceData referenceData() {
        return referenceData == null ? Bundled.referenceData() : referenceData;
    }

    /** @return which parts are given and which are bundled */
    @Override
    public String toString() {
        return "ReadContext[catalogue=" + (catalogue == null ? "bundled" : catalogue.frameworks().size() + " framework(s)")
                + ", proxyTables=" + (proxyTables == null ? "bundled" : proxyTables.stream().map(ProxyTable::id).toList())
                + ", referenceData=" + (referenceData == null ? "bundled" : "given") + "]";
    }
}
