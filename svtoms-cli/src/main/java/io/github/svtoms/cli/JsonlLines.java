package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.LineReader;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.io.IOException;
import java.io.InputStream;

/** Commitment lines from a JSON Lines file, read by {@link Formats#COMMITMENT_LINES}. Mutable; one per run. */
final class JsonlLines implements LineSource {
    private final LineReader<CommitmentLine> reader;
    private final InputStream in;

    JsonlLines(InputStream in, String fileName, ValuationRequest settings) {
        this.in = in;
        this.reader = Formats.COMMITMENT_LINES.reader(in, fileName, settings);
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public CommitmentLine next() {
        return reader.next();
    }

    @Override
    public long lineNumber() {
        return reader.lineNumber();
    }

    @Override
    public String fileName() {
        return reader.fileName();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
