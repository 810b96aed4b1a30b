package io.github.svtoms.ocds;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every one of the 250 real releases goes through the scan without an exception. */
class RealNoticesScanTest {
    @Test
    void scansAllRealReleases() {
        Path dir = SharedData.directory();
        OcdsScan scan = OcdsReader.standard().scan(dir);
        System.out.println(scan.summary().toText());
        assertEquals(250, scan.documents().size());
        assertEquals(250, scan.notices().size());
        assertEquals(List.of(), scan.documents().stream().flatMap(d -> d.problems().stream()).toList());
    }
}
