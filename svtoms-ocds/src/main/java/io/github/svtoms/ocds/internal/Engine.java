package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.ocds.CpvSectorTable;
import io.github.svtoms.ocds.DocumentKind;
import io.github.svtoms.ocds.Notice;
import io.github.svtoms.ocds.OcdsDocument;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.SocialValueTerms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an OCDS document — a release, a record, a release package, a record package, a JSON array of
 * them, or several of them one after another — into an {@link OcdsDocument}. Used by
 * {@link io.github.svtoms.ocds.OcdsReader}; not API.
 *
 * <p>A record gives its {@code compiledRelease}; without one, each release embedded in its
 * {@code releases} (linked releases, with only a {@code url}, cannot be read). A value that is none of
 * these is a problem of the document, and so is a package with no release in it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Engine {
    private final NoticeReader notices;

    /**
     * An engine.
     *
     * @param framework the framework of every contract profile
     * @param table the CPV sector table
     * @param terms the social value terms
     */
    public Engine(FrameworkId framework, CpvSectorTable table, SocialValueTerms terms) {
        this.notices = new NoticeReader(framework, table, terms);
    }

    /**
     * Reads a stream; never throws for what it contains.
     *
     * @param in the stream, not closed here
     * @param source its name, for the notices' locations
     * @return the document
     */
    public OcdsDocument read(InputStream in, String source) {
        TolerantJson.Roots roots = TolerantJson.read(in);
        List<Notice> out = new ArrayList<>();
        List<Reason> problems = new ArrayList<>();
        Set<DocumentKind> kinds = new LinkedHashSet<>();
        int count = roots.values().size();
        for (int i = 0; i < count; i++) {
            Node root = new Node(roots.values().get(i), TolerantJson.rootPath(i, count));
            if (root.isArray()) {
                kinds.add(DocumentKind.SEQUENCE);
                root.elements().forEach(e -> kinds.add(value(e, source, out, problems)));
            } else {
                kinds.add(value(root, source, out, problems));
            }
        }
        roots.problem().ifPresent(problems::add);
        if (count == 0 && roots.problem().isEmpty()) {
            problems.add(new Reason(ReasonKind.NOT_OCDS, "the document is empty", "$"));
        }
        return new OcdsDocument(source, kind(kinds, count), out, problems);
    }

    private static DocumentKind kind(Set<DocumentKind> kinds, int count) {
        kinds.remove(DocumentKind.UNKNOWN);
        if (count > 1 || kinds.contains(DocumentKind.SEQUENCE) || kinds.size() > 1) {
            return count == 0 ? DocumentKind.UNKNOWN : DocumentKind.SEQUENCE;
        }
        return kinds.stream().findFirst().orElse(DocumentKind.UNKNOWN);
    }

    /** Reads one JSON value that should be a release, a record or a package; returns what it was. */
    private DocumentKind value(Node v, String source, List<Notice> out, List<Reason> problems) {
        if (!v.isObject()) {
            problems.add(new Reason(ReasonKind.NOT_OCDS, "found " + v.describe() + ", not an object", v.path()));
            return DocumentKind.UNKNOWN;
        }
        Node records = v.get("records");
        Node releases = v.get("releases");
        if (records.isArray()) {
            if (records.elements().isEmpty()) {
                problems.add(new Reason(ReasonKind.NO_RELEASES, "no record", records.path()));
            }
            records.elements().forEach(r -> record(r, source, out, problems));
            return DocumentKind.RECORD_PACKAGE;
        }
        if (v.get("compiledRelease").isObject() || (releases.isArray() && !v.get("ocid").isMissing())) {
            record(v, source, out, problems);
            return DocumentKind.RECORD;
        }
        if (releases.isArray()) {
            if (releases.elements().isEmpty()) {
                problems.add(new Reason(ReasonKind.NO_RELEASES, "no release", releases.path()));
            }
            releases.elements().forEach(r -> release(r, source, out, problems));
            return DocumentKind.RELEASE_PACKAGE;
        }
        if (isRelease(v)) {
            release(v, source, out, problems);
            return DocumentKind.RELEASE;
        }
        problems.add(new Reason(ReasonKind.NOT_OCDS, "an object without ocid, tag, tender, awards, contracts, planning,"
                + " buyer, parties, releases or records", v.path()));
        return DocumentKind.UNKNOWN;
    }

    /** An object with a member only a release has (a linked release has only url, date and tag). */
    private static boolean isRelease(Node v) {
        if (!v.isObject()) {
            return false;
        }
        for (String member : List.of("ocid", "tender", "awards", "contracts", "planning", "buyer", "parties")) {
            if (!v.get(member).isMissing()) {
                return true;
            }
        }
        return !v.get("tag").isMissing() && v.get("url").isMissing();
    }

    private void record(Node r, String source, List<Notice> out, List<Reason> problems) {
        if (!r.isObject()) {
            problems.add(new Reason(ReasonKind.NOT_OCDS, "a record is " + r.describe() + ", not an object", r.path()));
            return;
        }
        Node compiled = r.get("compiledRelease");
        if (compiled.isObject()) {
            release(compiled, source, out, problems);
            return;
        }
        List<Node> embedded = r.get("releases").elements().stream().filter(Engine::isRelease).toList();
        if (embedded.isEmpty()) {
            problems.add(new Reason(ReasonKind.NO_RELEASES, "no compiledRelease and no embedded release (linked"
                    + " releases cannot be read)", r.path()));
            return;
        }
        embedded.forEach(x -> release(x, source, out, problems));
    }

    private void release(Node r, String source, List<Notice> out, List<Reason> problems) {
        if (!r.isObject()) {
            problems.add(new Reason(ReasonKind.NOT_OCDS, "a release is " + r.describe() + ", not an object", r.path()));
            return;
        }
        Optional<Notice> n = guarded(r, source, problems);
        n.ifPresent(out::add);
    }

    private Optional<Notice> guarded(Node r, String source, List<Reason> problems) {
        try {
            return Optional.of(notices.read(r, source));
        } catch (RuntimeException e) {
            // never expected: one faulty notice must not stop a scan, so it is reported, not thrown
            problems.add(new Reason(ReasonKind.INTERNAL_ERROR, e.getClass().getSimpleName() + ": "
                    + Texts.shorten(String.valueOf(e.getMessage()), 200), r.path()));
            return Optional.empty();
        }
    }
}
