package io.github.svtoms.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV with a header row (RFC 4180 quoting, LF line ends) via jackson-dataformat-csv; every cell is
 * neutralised against formula injection ({@link Safe#spreadsheet}). Not thread-safe; build, render, discard.
 */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Csv(String... headers) {
        // headers too go through Safe: a header made from data (points_ + a criterion id) must not be a formula
        this.headers = java.util.Arrays.stream(headers).map(Safe::spreadsheet).toList();
    }

    Csv row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, CSV has " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : Safe.spreadsheet(c.toString()));
        }
        rows.add(r);
        return this;
    }

    String render() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        headers.forEach(schema::addColumn);
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
