package io.github.svtoms.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProvenanceCitationTest {
    private static Provenance of(String source, String publisher, String edition) {
        return new Provenance(source, publisher, edition, Optional.empty(), "OGL v3.0", EvidenceGrade.V, Optional.empty());
    }

    @Test
    void citesPublisherSourceAndEdition() {
        assertEquals("GMCA Unit Cost Database v1.4", of("Unit Cost Database", "GMCA", "v1.4").citation());
    }

    @Test
    void doesNotRepeatAPublisherOrEditionTheSourceAlreadyNames() {
        assertEquals("Living Wage Foundation, rates announced 22 October 2025",
                of("Living Wage Foundation, rates announced 22 October 2025", "Living Wage Foundation",
                        "22 October 2025").citation());
        assertEquals("ONS Employee earnings in the UK: 2024 (ASHE) 2024 release",
                of("Employee earnings in the UK: 2024 (ASHE)", "ONS", "2024 release").citation());
    }

    @Test
    void aProxySuppliedInTheRequestSaysSo() {
        assertEquals("supplied in request", Provenance.suppliedInRequest().citation());
    }
}
