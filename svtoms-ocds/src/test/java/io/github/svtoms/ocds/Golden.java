package io.github.svtoms.ocds;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.money.Money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions shared by the golden tests: each checks one piece of a reading against a hand-written value. */
final class Golden {
    private Golden() {
    }

    /** Reads a test resource (under io/github/svtoms/ocds/) with the standard reader. */
    static OcdsDocument document(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing test resource " + resource);
            return OcdsReader.standard().read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only notice of a clean document. */
    static Notice notice(String resource) {
        OcdsDocument d = document(resource);
        assertEquals(List.of(), d.problems(), resource);
        assertEquals(1, d.notices().size(), resource);
        return d.notices().get(0);
    }

    static ContractReading lot(Notice n, String id) {
        return n.lots().stream().filter(l -> l.lotId().equals(Optional.of(id))).findFirst()
                .orElseThrow(() -> new AssertionError("no lot " + id + " in " + n.location()));
    }

    static void category(ContractReading r, ContractCategory expected, Provenance provenance) {
        Fact<ContractCategory> f = r.profile().facts().category().orElseThrow(() -> new AssertionError("no category"));
        assertEquals(expected, f.value());
        assertEquals(provenance, f.provenance(), f.how());
    }

    /** The profile's value, e.g. "GBP 8625384.0", compared with its scale, and its provenance. */
    static void value(ContractReading r, String expected, Provenance provenance) {
        Fact<Money> f = r.profile().facts().value().orElseThrow(() -> new AssertionError("no value"));
        assertEquals(Money.parse(expected), f.value());
        assertEquals(provenance, f.provenance(), f.how());
        assertEquals(Optional.of(VatBasis.NET), r.profile().facts().valueBasis());
        r.profile().profile().ifPresent(p -> assertEquals(Money.parse(expected), p.value()));
    }

    static void noValue(ContractReading r) {
        assertEquals(Optional.empty(), r.profile().facts().value());
    }

    static void years(ContractReading r, int expected, Provenance provenance, String period) {
        Fact<Integer> f = r.profile().facts().years().orElseThrow(() -> new AssertionError("no years"));
        assertEquals(expected, f.value());
        assertEquals(provenance, f.provenance(), f.how());
        assertEquals(period, r.profile().facts().period().orElseThrow().value().toString());
        r.profile().profile().ifPresent(p -> assertEquals(expected, p.years()));
    }

    static void noPeriod(ContractReading r) {
        assertEquals(Optional.empty(), r.profile().facts().years());
        assertEquals(Optional.empty(), r.profile().facts().period());
    }

    static void buyer(ContractReading r, BuyerType expected, Provenance provenance) {
        Fact<BuyerType> f = r.profile().facts().buyer();
        assertEquals(expected, f.value(), f.how());
        assertEquals(provenance, f.provenance(), f.how());
        r.profile().profile().ifPresent(p -> assertEquals(expected, p.buyer()));
    }

    /** Sector tags are always inferred. */
    static void sectors(ContractReading r, String... expected) {
        Fact<List<String>> f = r.profile().facts().sectors();
        assertEquals(Arrays.asList(expected), f.value(), f.how());
        assertEquals(Provenance.INFERRED, f.provenance());
        r.profile().profile().ifPresent(p -> assertEquals(Arrays.asList(expected), p.sectors()));
    }

    /** A usable profile: no reasons. */
    static void usable(ContractReading r) {
        assertTrue(r.profile().isUsable(), () -> "reasons: " + r.profile().reasons());
        assertEquals(List.of(), r.profile().reasons());
    }

    /** An unusable profile with exactly these reason kinds, in order. */
    static void reasons(ContractReading r, ReasonKind... kinds) {
        assertFalse(r.profile().isUsable());
        assertEquals(Arrays.asList(kinds), r.profile().reasons().stream().map(Reason::kind).toList(),
                () -> r.profile().reasons().toString());
    }

    /**
     * The criteria, each as "KIND name percent" (percent as a plain number, or "-" for none), and the
     * weighting.
     */
    static void criteria(ContractReading r, Weighting weighting, String... expected) {
        assertEquals(weighting, r.criteria().weighting(), () -> r.criteria().reasons().toString());
        List<String> actual = r.criteria().criteria().stream().map(c -> c.kind() + " " + c.name() + " "
                + c.weight().flatMap(Weight::percent).map(p -> p.stripTrailingZeros().toPlainString()).orElse("-")).toList();
        assertEquals(Arrays.asList(expected), actual);
        assertEquals(weighting == Weighting.PERCENTAGES, r.criteria().scheme().isPresent());
    }

    static void criteriaReasons(ContractReading r, ReasonKind kind, String detail) {
        assertEquals(List.of(kind), r.criteria().reasons().stream().map(Reason::kind).toList());
        assertEquals(detail, r.criteria().reasons().get(0).detail());
    }

    static void scheme(ContractReading r, String... weights) {
        var scheme = r.criteria().scheme().orElseThrow();
        assertEquals(Arrays.asList(weights), scheme.criteria().stream()
                .map(c -> c.kind() + " " + c.weight().stripTrailingZeros().toPlainString()).toList());
        assertEquals(0, scheme.criteria().stream().map(c -> c.weight()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.valueOf(100)));
    }

    static void socialValue(ContractReading r, SocialValueCheck.Presence presence) {
        assertEquals(presence, r.socialValue().presence());
    }
}
