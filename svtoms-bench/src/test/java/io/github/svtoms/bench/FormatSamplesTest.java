package io.github.svtoms.bench;

import io.github.svtoms.catalog.Formats;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The format read benchmark covers every format svtoms reads, each with a sample that reads. */
class FormatSamplesTest {
    @Test
    void everyReadableFormatHasASampleThatReads() throws Exception {
        List<String> tags = FormatSamples.readableTags();
        Param p = FormatReadBenchmark.class.getField("format").getAnnotation(Param.class);
        assertEquals(tags, List.of(p.value()), "the benchmark's formats are Formats.all() that can be read");
        assertEquals(tags, List.copyOf(FormatSamples.FILES.keySet()));
        for (String tag : tags) {
            Object read = Formats.byTag(tag).orElseThrow()
                    .read(new ByteArrayInputStream(FormatSamples.bytes(tag)), FormatSamples.name(tag));
            assertNotNull(read, tag);
            assertEquals(Formats.byTag(tag).orElseThrow().type(), read.getClass().isAnonymousClass()
                    ? read.getClass().getSuperclass() : Formats.byTag(tag).orElseThrow().type().isInstance(read)
                    ? Formats.byTag(tag).orElseThrow().type() : read.getClass(), tag);
        }
    }
}
