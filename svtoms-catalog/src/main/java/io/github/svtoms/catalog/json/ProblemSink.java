package io.github.svtoms.catalog.json;

/**
 * Where {@link Fields} records the problems it finds: a {@link Reading} of a whole document, or a
 * {@link RecordReading} of one record of a line-oriented format. Each problem is placed at the position of
 * the value its JSON path names.
 *
 * <p>Implementations are mutable and confined to one read on one thread.
 */
interface ProblemSink {
    /**
     * Records a semantic problem at a path.
     *
     * @param path the JSON path of the offending value, e.g. {@code $.quantity}
     * @param message the bad value and the rule it broke
     */
    void problem(String path, String message);

    /** @return how many problems were recorded so far */
    int problemCount();
}
