package io.github.svtoms.cli;

/** How a command writes its result: a table for people, or data for programs. */
enum OutputFormat {
    /** Plain-text tables and summaries for people (the default). */
    TABLE,
    /** Exactly the documented JSON format of the result. */
    JSON,
    /** One row per line or KPI with a header row. */
    CSV,
    /** JSON Lines: one JSON object per commitment line ({@code svtoms value} only). */
    JSONL
}
