package io.github.svtoms.jpmstest;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the consumer BOM ({@code svtoms-bom/pom.xml}) against the build: it lists every published module
 * of the parent pom (a module is published unless its pom sets {@code maven.deploy.skip}), nothing else,
 * each at {@code ${project.version}}, and the BOM's own version is the parent's.
 */
class BomTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().trim();
    }

    @Test
    void listsEveryPublishedModuleAtTheParentsVersion() throws Exception {
        Element parent = parse(ROOT.resolve("pom.xml")).getDocumentElement();
        Element bom = parse(ROOT.resolve("svtoms-bom/pom.xml")).getDocumentElement();

        assertEquals("io.github.svtoms", text(bom, "groupId"));
        assertEquals("svtoms-bom", text(bom, "artifactId"));
        assertEquals(text(parent, "version"), text(bom, "version"), "the BOM's version must be the parent's");
        assertTrue(children(bom, "parent").isEmpty(), "the BOM must not inherit the parent's third-party versions");

        Set<String> published = new TreeSet<>();
        for (Element module : children(children(parent, "modules").get(0), "module")) {
            String name = module.getTextContent().trim();
            String pom = Files.readString(ROOT.resolve(name).resolve("pom.xml"));
            boolean skipped = pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (!skipped && !name.equals("svtoms-bom")) {
                published.add(name);
            }
        }
        assertTrue(published.containsAll(Set.of("svtoms-core", "svtoms-proxies", "svtoms-catalog")), published.toString());
        assertFalse(published.contains("svtoms-bench"), "benchmarks are never published");

        Set<String> listed = new TreeSet<>();
        Element management = children(bom, "dependencyManagement").get(0);
        for (Element dependency : children(children(management, "dependencies").get(0), "dependency")) {
            assertEquals("io.github.svtoms", text(dependency, "groupId"));
            assertEquals("${project.version}", text(dependency, "version"), text(dependency, "artifactId"));
            listed.add(text(dependency, "artifactId"));
        }
        assertEquals(published, listed);
    }
}
