package io.github.svtoms.jpmstest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.ProxyTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Launches {@link Main} in a fresh JVM with every svtoms module and Jackson on the module path (nothing on
 * the class path), so that the module descriptors, not the class path, decide what the consumer can use,
 * and compares what it prints with the same calls made here on the class path. Also reads the module
 * descriptors and checks that each exports exactly its API packages.
 */
class ModulePathTest {
    static Path location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** This module's classes, the three svtoms modules and Jackson's three modules. */
    static List<Path> modulePath() throws URISyntaxException {
        List<Path> out = new ArrayList<>();
        for (Class<?> c : List.of(Main.class, Money.class, ProxyTable.class, Formats.class, ObjectMapper.class,
                JsonParser.class, JsonProperty.class)) {
            out.add(location(c));
        }
        return out;
    }

    @Test
    void theConsumerRunsOnTheModulePathAndSeesOnlyTheApi() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "-m", "io.github.svtoms.jpmstest/io.github.svtoms.jpmstest.Main");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("CLASSPATH"); // the module path only
        Process process = builder.start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            output = bytes.toString(StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the consumer did not finish");
        assertEquals(0, process.exitValue(), output);
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertEquals("true", facts.get("consumer.named"), output);
        assertEquals("io.github.svtoms.core", facts.get("module.Catalogue"), output);
        assertEquals("io.github.svtoms.proxies", facts.get("module.ProxyTable"), output);
        assertEquals("io.github.svtoms.catalog", facts.get("module.Formats"), output);
        assertEquals("false", facts.get("exported.io.github.svtoms.catalog.json"), output);
        assertEquals("false", facts.get("exported.io.github.svtoms.proxies.internal"), output);
        assertEquals("true", facts.get("ok"), output);

        // the same calls on the class path in this JVM give the same answers: the resources were found
        // on the module path, and nothing behaves differently there
        ByteArrayOutputStream here = new ByteArrayOutputStream();
        // on the class path the consumer and svtoms are in the unnamed module, so the module checks fail
        assertFalse(Main.run(new java.io.PrintStream(here, true, StandardCharsets.UTF_8)));
        Map<String, String> classPath = new LinkedHashMap<>();
        for (String line : here.toString(StandardCharsets.UTF_8).split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                classPath.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        for (String key : List.of("catalogue.measures", "catalogue.frameworks", "selection.kpis", "valuation.presentValue",
                "valuation.derivationSteps", "lm3.multiplier", "lm3.lossless", "schema.lm3", "formats")) {
            assertEquals(classPath.get(key), facts.get(key), key);
        }
        assertEquals("11", facts.get("catalogue.frameworks"), output); // svtoms-open + 10 priority frameworks
        assertTrue(facts.get("selection.kpis").contains("local-employment"), output);
        assertEquals("1.5", facts.get("lm3.multiplier"), output); // (100 + 40 + 10) / 100
        assertEquals("true", facts.get("lm3.lossless"), output);
        assertEquals("true", facts.get("schema.lm3"), output);
        assertEquals("14", facts.get("formats"), output);
        assertEquals("false", classPath.get("consumer.named")); // on the class path the consumer is unnamed
    }

    @Test
    void eachModuleExportsExactlyItsApiPackages() throws Exception {
        ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
        assertEquals(Set.of("io.github.svtoms.core", "io.github.svtoms.core.money", "io.github.svtoms.core.catalogue",
                        "io.github.svtoms.core.kpi", "io.github.svtoms.core.evaluation", "io.github.svtoms.core.monitoring",
                        "io.github.svtoms.core.portfolio", "io.github.svtoms.core.law", "io.github.svtoms.core.duties",
                        "io.github.svtoms.core.bettervalue"),
                unqualifiedExports(finder, "io.github.svtoms.core"));
        assertEquals(Set.of("io.github.svtoms.proxies", "io.github.svtoms.proxies.derivation",
                        "io.github.svtoms.proxies.valuation", "io.github.svtoms.proxies.calc"),
                unqualifiedExports(finder, "io.github.svtoms.proxies"));
        assertEquals(Set.of("io.github.svtoms.catalog"), unqualifiedExports(finder, "io.github.svtoms.catalog"));

        ModuleDescriptor catalog = finder.find("io.github.svtoms.catalog").orElseThrow().descriptor();
        // the DTO package is opened to Jackson alone, for reflection, and never exported
        assertEquals(Set.of("io.github.svtoms.catalog.json -> [com.fasterxml.jackson.databind]"),
                catalog.opens().stream().map(o -> o.source() + " -> " + o.targets()).collect(Collectors.toSet()));
        assertTrue(catalog.packages().contains("io.github.svtoms.catalog.json"));
        ModuleDescriptor proxies = finder.find("io.github.svtoms.proxies").orElseThrow().descriptor();
        assertTrue(proxies.packages().contains("io.github.svtoms.proxies.internal"));
        assertTrue(proxies.exports().stream().noneMatch(e -> e.source().equals("io.github.svtoms.proxies.internal")));
        // jsr305 is compile-time only: no svtoms module needs it at run time
        for (String name : List.of("io.github.svtoms.core", "io.github.svtoms.proxies", "io.github.svtoms.catalog")) {
            ModuleDescriptor d = finder.find(name).orElseThrow().descriptor();
            d.requires().stream().filter(r -> r.name().equals("jsr305"))
                    .forEach(r -> assertTrue(r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC), name));
        }
    }

    private static Set<String> unqualifiedExports(ModuleFinder finder, String module) {
        ModuleDescriptor d = finder.find(module).orElseThrow(() -> new AssertionError(module + " not on the module path"))
                .descriptor();
        Set<String> out = new TreeSet<>();
        d.exports().forEach(e -> {
            if (e.isQualified()) {
                // the one qualified export: core's argument checks, to the other svtoms modules only
                assertEquals("io.github.svtoms.core.internal", e.source(), module + " exports " + e.source() + " only to "
                        + e.targets());
                assertEquals(Set.of("io.github.svtoms.proxies", "io.github.svtoms.catalog", "io.github.svtoms.ocds"),
                        e.targets());
            } else {
                out.add(e.source());
            }
        });
        return out;
    }
}
