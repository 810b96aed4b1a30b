package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of financial proxies, one per measure, all in one currency: e.g. the open default table or
 * a licensed table a user loads.
 *
 * <p>Built with {@link #builder(String, String, String, Currency)}; {@link Builder#build()} reports
 * every problem at once. Iteration follows declaration order.
 *
 * <p>Immutable and thread-safe; value equality over id, name, edition, currency and the entries in order.
 */
public final class ProxyTable {
    private final String id;
    private final String name;
    private final String edition;
    private final Currency currency;
    private final Map<MeasureId, ProxyValue> entries;

    private ProxyTable(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.edition = b.edition;
        this.currency = b.currency;
        Map<MeasureId, ProxyValue> m = new LinkedHashMap<>();
        b.entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        this.entries = Collections.unmodifiableMap(m);
    }

    /**
     * A builder for a table.
     *
     * @param id the table id, following the id rule (e.g. {@code svtoms-open-proxies})
     * @param name a readable name
     * @param edition its edition
     * @param currency the currency of every entry
     * @return the builder
     * @throws InvalidValueException when the id breaks the id rule or a part is blank
     */
    public static Builder builder(String id, String name, String edition, Currency currency) {
        return new Builder(IdRule.check(id, "proxy table id"), Checks.notBlank(name, "proxy table name"),
                Checks.notBlank(edition, "proxy table edition"), Checks.notNull(currency, "proxy table currency"));
    }

    /** @return the table id */
    public String id() {
        return id;
    }

    /** @return the readable name */
    public String name() {
        return name;
    }

    /** @return the edition */
    public String edition() {
        return edition;
    }

    /** @return the currency of every entry */
    public Currency currency() {
        return currency;
    }

    /** @return the entries in declaration order, unmodifiable */
    public Map<MeasureId, ProxyValue> entries() {
        return entries;
    }

    /**
     * The proxy for a measure.
     *
     * @param measure the measure id
     * @return the proxy, or empty when the table has none
     */
    public Optional<ProxyValue> proxyFor(MeasureId measure) {
        return Optional.ofNullable(entries.get(Checks.notNull(measure, "measure id")));
    }

    /** @return the number of entries */
    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyTable t && id.equals(t.id) && name.equals(t.name) && edition.equals(t.edition)
                && currency.equals(t.currency) && List.copyOf(entries.entrySet()).equals(List.copyOf(t.entries.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, edition, currency, entries);
    }

    @Override
    public String toString() {
        return "ProxyTable[" + id + " " + edition + ", " + currency.getCurrencyCode() + ", " + entries.size() + " entries]";
    }

    /**
     * Collects a table's entries in declaration order. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String edition;
        private final Currency currency;
        private final List<Map.Entry<MeasureId, ProxyValue>> entries = new ArrayList<>();

        private Builder(String id, String name, String edition, Currency currency) {
            this.id = id;
            this.name = name;
            this.edition = edition;
            this.currency = currency;
        }

        /**
         * Adds the proxy for a measure.
         *
         * @param measure the measure id
         * @param proxy its proxy
         * @return this builder
         */
        public Builder put(MeasureId measure, ProxyValue proxy) {
            entries.add(Map.entry(Checks.notNull(measure, "measure id"), Checks.notNull(proxy, "proxy")));
            return this;
        }

        /**
         * Validates and builds the table.
         *
         * @return the table
         * @throws InvalidValueException listing every duplicate measure and every entry in another currency
         */
        public ProxyTable build() {
            List<String> problems = new ArrayList<>();
            Map<MeasureId, Boolean> seen = new LinkedHashMap<>();
            for (var e : entries) {
                if (seen.put(e.getKey(), Boolean.TRUE) != null) {
                    problems.add("duplicate measure '" + e.getKey() + "'");
                }
                Currency c = e.getValue().amount().currency();
                if (!c.equals(currency)) {
                    problems.add("measure '" + e.getKey() + "' is valued in " + c.getCurrencyCode() + " but the table is in "
                            + currency.getCurrencyCode());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidValueException("proxy table '" + id + "' is invalid: " + String.join("; ", problems));
            }
            return new ProxyTable(this);
        }
    }
}
