package io.github.svtoms.ocds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.ocds.Json.json;
import static io.github.svtoms.ocds.Json.kinds;
import static io.github.svtoms.ocds.Json.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Releases, records and packages, one or many per file, and documents that are not OCDS at all. */
class DocumentShapesTest {
    private static final String R1 = "{'ocid':'o-1','id':'1','tag':['tender'],'tender':{'title':'One'}}";
    private static final String R2 = "{'ocid':'o-2','id':'2','tag':['award'],'tender':{'title':'Two'}}";

    private static List<String> ocids(OcdsDocument d) {
        return d.notices().stream().map(n -> n.ocid().orElse("?")).toList();
    }

    @Test
    void aRelease() {
        OcdsDocument d = read(R1);
        assertEquals(DocumentKind.RELEASE, d.kind());
        assertEquals(List.of("o-1"), ocids(d));
        assertEquals("$", d.notices().get(0).path());
        assertEquals("test.json", d.notices().get(0).location());
        assertTrue(d.isClean());
    }

    @Test
    void aReleasePackage() {
        OcdsDocument d = read("{'uri':'u','version':'1.1','publishedDate':'2025-01-01T00:00:00Z','releases':[" + R1 + ","
                + R2 + ", 7]}");
        assertEquals(DocumentKind.RELEASE_PACKAGE, d.kind());
        assertEquals(List.of("o-1", "o-2"), ocids(d));
        assertEquals("$.releases[1]", d.notices().get(1).path());
        assertEquals("test.json $.releases[1]", d.notices().get(1).location());
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(d.problems()));
        assertEquals("$.releases[2]", d.problems().get(0).path());
    }

    @Test
    void recordsTakeTheirCompiledRelease() {
        OcdsDocument record = read("{'ocid':'o-1','releases':[{'url':'http://x/1','date':'2025-01-01','tag':['tender']}],"
                + "'compiledRelease':" + R1 + "}");
        assertEquals(DocumentKind.RECORD, record.kind());
        assertEquals(List.of("o-1"), ocids(record));
        assertEquals("$.compiledRelease", record.notices().get(0).path());
        // without a compiled release: each embedded release
        OcdsDocument embedded = read("{'ocid':'o-1','releases':[" + R1 + "," + R2 + "]}");
        assertEquals(DocumentKind.RECORD, embedded.kind());
        assertEquals(List.of("o-1", "o-2"), ocids(embedded));
        // only linked releases: nothing to read
        OcdsDocument linked = read("{'ocid':'o-1','releases':[{'url':'http://x/1','date':'2025-01-01','tag':['tender']}]}");
        assertEquals(List.of(ReasonKind.NO_RELEASES), kinds(linked.problems()));
        assertEquals(List.of(), linked.notices());
    }

    @Test
    void aRecordPackage() {
        OcdsDocument d = read("{'uri':'u','records':[{'ocid':'o-1','compiledRelease':" + R1 + "},"
                + "{'ocid':'o-2','compiledRelease':" + R2 + "}, 'x']}");
        assertEquals(DocumentKind.RECORD_PACKAGE, d.kind());
        assertEquals(List.of("o-1", "o-2"), ocids(d));
        assertEquals("$.records[1].compiledRelease", d.notices().get(1).path());
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(d.problems()));
    }

    @Test
    void emptyPackages() {
        assertEquals(List.of(ReasonKind.NO_RELEASES), kinds(read("{'releases':[]}").problems()));
        assertEquals(List.of(ReasonKind.NO_RELEASES), kinds(read("{'records':[]}").problems()));
    }

    @Test
    void manyInOneFile() {
        OcdsDocument array = read("[" + R1 + ",{'releases':[" + R2 + "]}]");
        assertEquals(DocumentKind.SEQUENCE, array.kind());
        assertEquals(List.of("o-1", "o-2"), ocids(array));
        assertEquals("$[1].releases[0]", array.notices().get(1).path());
        OcdsDocument lines = read(R1 + "\n" + R2 + "\n");
        assertEquals(DocumentKind.SEQUENCE, lines.kind());
        assertEquals(List.of("o-1", "o-2"), ocids(lines));
        assertEquals("$<1>", lines.notices().get(1).path());
    }

    @Test
    void documentsThatAreNotOcds() {
        assertEquals(List.of(ReasonKind.NOT_JSON), kinds(read("{'ocid': }").problems()));
        assertEquals(List.of(ReasonKind.NOT_JSON), kinds(read("{'ocid':'x','n':NaN}").problems()));
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(read("").problems()));
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(read("42").problems()));
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(read("{'hello':'world'}").problems()));
        assertEquals(DocumentKind.UNKNOWN, read("{'hello':'world'}").kind());
        // what was read before a syntax error is kept
        OcdsDocument partial = read(R1 + "\n{'ocid': ");
        assertEquals(List.of("o-1"), ocids(partial));
        assertEquals(List.of(ReasonKind.NOT_JSON), kinds(partial.problems()));
        assertEquals("$<1>", partial.problems().get(0).path());
        assertTrue(partial.problems().get(0).detail().contains("line 2"), partial.problems().get(0).detail());
        // invalid UTF-8
        OcdsDocument bytes = OcdsReader.standard().read(new ByteArrayInputStream(new byte[] {'{', '"', 'a', '"', ':',
                '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), "bad.json");
        assertEquals(List.of(ReasonKind.NOT_JSON), kinds(bytes.problems()));
    }

    @Test
    void duplicateMembersAndAByteOrderMark() {
        // the last duplicate wins
        OcdsDocument d = read("{'ocid':'first','ocid':'second','tender':{}}");
        assertEquals(List.of("second"), ocids(d));
        byte[] body = json(R1).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals(List.of("o-1"), ocids(OcdsReader.standard().read(new ByteArrayInputStream(bom), "bom.json")));
    }

    @Test
    void limits() {
        String deep = "[".repeat(OcdsReader.MAX_NESTING_DEPTH + 1) + "]".repeat(OcdsReader.MAX_NESTING_DEPTH + 1);
        assertEquals(List.of(ReasonKind.LIMIT_EXCEEDED), kinds(read(deep).problems()));
        String longString = "{'ocid':'" + "x".repeat(OcdsReader.MAX_STRING_LENGTH + 1) + "'}";
        assertEquals(List.of(ReasonKind.LIMIT_EXCEEDED), kinds(read(longString).problems()));
        String longNumber = "{'ocid':'o','n':" + "1".repeat(OcdsReader.MAX_NUMBER_LENGTH + 1) + "}";
        assertEquals(List.of(ReasonKind.LIMIT_EXCEEDED), kinds(read(longNumber).problems()));
        String longName = "{'" + "k".repeat(OcdsReader.MAX_NAME_LENGTH + 1) + "':1}";
        assertEquals(List.of(ReasonKind.LIMIT_EXCEEDED), kinds(read(longName).problems()));
        // just within the limits: read
        String within = "[".repeat(OcdsReader.MAX_NESTING_DEPTH - 1) + "]".repeat(OcdsReader.MAX_NESTING_DEPTH - 1);
        assertEquals(List.of(ReasonKind.NOT_OCDS), kinds(read(within).problems()));
    }

    @Test
    void documentSizeLimit() {
        // one string per line, each within the string limit, adding up to more than the document limit
        String line = "\"" + "y".repeat(1 << 20) + "\"\n";
        String big = line.repeat((int) (OcdsReader.MAX_DOCUMENT_LENGTH / line.length()) + 1);
        OcdsDocument d = OcdsReader.standard().readJson(big, "big.json");
        assertEquals(ReasonKind.LIMIT_EXCEEDED, d.problems().get(d.problems().size() - 1).kind());
    }

    @Test
    void filesAndDirectories(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.json"), json(R2));
        Files.writeString(dir.resolve("a.JSON"), json(R1));
        Files.writeString(dir.resolve("c.jsonl"), json(R1 + "\n" + R2));
        Files.writeString(dir.resolve("notes.txt"), "not read");
        Files.writeString(dir.resolve(".hidden.json"), "not read");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("d.json"), "{broken");
        assertEquals(List.of(dir.resolve("a.JSON"), dir.resolve("b.json"), dir.resolve("c.jsonl"),
                dir.resolve("sub").resolve("d.json")), OcdsReader.files(dir));
        OcdsScan scan = OcdsReader.standard().scan(dir);
        assertEquals(4, scan.documents().size());
        assertEquals(4, scan.notices().size());
        assertEquals(4, scan.summary().documents());
        assertEquals(1, scan.summary().documentsWithProblems());
        assertEquals(java.util.Map.of(ReasonKind.NOT_JSON, 1), scan.summary().documentProblems());
        assertEquals(List.of(dir.resolve("b.json")), OcdsReader.files(dir.resolve("b.json")));
        OcdsException missing = assertThrows(OcdsException.class, () -> OcdsReader.standard().scan(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("no such file or directory"), missing.getMessage());
        OcdsDocument notAFile = OcdsReader.standard().read(dir);
        assertEquals(List.of(ReasonKind.UNREADABLE), kinds(notAFile.problems()));
        assertEquals(List.of(ReasonKind.UNREADABLE), kinds(OcdsReader.standard().read(dir.resolve("nope.json")).problems()));
        assertEquals(Optional.of("o-1"), OcdsReader.standard().read(dir.resolve("a.JSON")).notices().get(0).ocid());
    }
}
