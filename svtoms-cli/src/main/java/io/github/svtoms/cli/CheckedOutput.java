package io.github.svtoms.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Passes bytes to a {@link PrintStream} and turns its silent failure (a closed pipe, a full disk: the stream
 * only sets its error flag) into an {@link IOException}, so that the {@link java.io.PrintWriter} the commands
 * write to records it and {@link java.io.PrintWriter#checkError()} reports it. Not thread-safe.
 */
final class CheckedOutput extends FilterOutputStream {
    /** The message of a failed write. */
    static final String MESSAGE = "cannot write the output: standard output was closed or the disk is full";

    CheckedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        check();
    }

    private void check() throws IOException {
        if (out instanceof PrintStream p && p.checkError()) {
            throw new IOException(MESSAGE);
        }
    }
}
