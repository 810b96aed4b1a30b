package io.github.svtoms.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Output that could not be written: standard output closed, a full disk, an {@code --out} file that cannot be
 * made. Ends the run with {@link Main#OUTPUT_FAILED}, never with success ({@link Commands#failure}).
 */
final class OutputFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(String message, IOException cause) {
        super(message, cause);
    }

    /** The failure of standard output, with {@link CheckedOutput#MESSAGE}. */
    static OutputFailure standardOutput() {
        return new OutputFailure(CheckedOutput.MESSAGE, new IOException(CheckedOutput.MESSAGE));
    }

    /**
     * Flushes a writer and fails when anything written to it was lost.
     *
     * @throws OutputFailure when the writer recorded an error
     */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw standardOutput();
        }
    }
}
