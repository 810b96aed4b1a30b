package io.github.svtoms.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Builds a self-contained HTML page (inline CSS and SVG, no external assets, no scripts). Not
 * thread-safe; build, render, discard.
 */
final class Html {
    /** One bar of a bar chart: a label, a non-negative value, and the text shown beside it. */
    record Bar(String label, BigDecimal value, String display) {
    }

    private final StringBuilder body = new StringBuilder();
    private final String title;

    Html(String title) {
        this.title = title;
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    Html heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** A line of muted text under the title, e.g. the source file and settings. */
    Html subtitle(String text) {
        body.append("<p class=\"subtitle\">").append(escape(text)).append("</p>\n");
        return this;
    }

    Html paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A note in a callout box. */
    Html note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Headline figures: each entry is {label, value} or {label, value, note}. */
    Html cards(List<String[]> entries) {
        body.append("<div class=\"cards\">\n");
        for (String[] e : entries) {
            body.append("<div class=\"card\"><div class=\"label\">").append(escape(e[0]))
                    .append("</div><div class=\"value\">").append(escape(e[1])).append("</div>");
            if (e.length > 2) {
                body.append("<div class=\"hint\">").append(escape(e[2])).append("</div>");
            }
            body.append("</div>\n");
        }
        body.append("</div>\n");
        return this;
    }

    /** A definition list of label/value pairs, laid out as a two-column grid. */
    Html facts(List<String[]> labelValue) {
        body.append("<dl class=\"facts\">\n");
        for (String[] lv : labelValue) {
            body.append("<dt>").append(escape(lv[0])).append("</dt><dd>").append(escape(lv[1])).append("</dd>\n");
        }
        body.append("</dl>\n");
        return this;
    }

    Html list(String cssClass, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        body.append("<ul class=\"").append(cssClass).append("\">\n");
        items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /** The colour of a status badge. */
    enum Colour {
        GREEN, AMBER, RED, GREY;

        String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A table cell shown as a coloured status badge. The colour is the data's (a RAG status, a check's
     * result), never read from the text, so no text from a file can make a badge.
     *
     * @param colour the colour
     * @param text the text, escaped when written
     */
    record Badge(Colour colour, String text) {
    }

    /** A row emphasised as a total: made by {@link #total(Object...)} only, never recognised by its text. */
    private static final class TotalRow extends java.util.AbstractList<Object> {
        private final List<Object> cells;

        TotalRow(Object... cells) {
            this.cells = List.of(cells);
        }

        @Override
        public Object get(int index) {
            return cells.get(index);
        }

        @Override
        public int size() {
            return cells.size();
        }
    }

    /**
     * A total row of a {@link #table}: emphasised.
     *
     * @param cells its cells (strings or badges)
     * @return the row
     */
    static List<Object> total(Object... cells) {
        return new TotalRow(cells);
    }

    /**
     * A table. A column whose non-empty cells are all numbers is right-aligned (header too); a row made by
     * {@link #total(Object...)} is emphasised; a {@link Badge} cell is shown as a coloured status badge. Every
     * other cell is text, escaped: its content never chooses its style (a line whose id is {@code Total} or
     * {@code green|All targets met} is shown as written).
     */
    Html table(List<String> headers, List<? extends List<?>> rows) {
        int n = headers.size();
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            int col = i;
            numeric[i] = rows.stream().anyMatch(r -> r.get(col) instanceof String c && !c.isBlank())
                    && rows.stream().allMatch(r -> r.get(col) instanceof String c && (c.isBlank() || Fmt.isFigure(c)));
        }
        body.append("<table>\n<thead><tr>");
        for (int i = 0; i < n; i++) {
            body.append(numeric[i] ? "<th class=\"num\">" : "<th>").append(escape(headers.get(i))).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (List<?> r : rows) {
            body.append(r instanceof TotalRow ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < n; i++) {
                Object c = r.get(i);
                if (c instanceof Badge b) {
                    body.append("<td><span class=\"rag ").append(b.colour().css()).append("\">").append(escape(b.text()))
                            .append("</span></td>");
                } else {
                    body.append(numeric[i] ? "<td class=\"num\">" : "<td>").append(escape(String.valueOf(c))).append("</td>");
                }
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /** A collapsed block of lines, e.g. the derivation of each figure. */
    Html details(String summary, List<String> lines) {
        body.append("<details><summary>").append(escape(summary)).append("</summary>\n<ul class=\"derivation\">\n");
        lines.forEach(l -> body.append("<li>").append(escape(l)).append("</li>\n"));
        body.append("</ul></details>\n");
        return this;
    }

    /**
     * A horizontal bar chart in inline SVG: one {@code <rect class="bar">} per bar, widths proportional
     * to the largest value; scales to the page width.
     */
    Html barChart(String caption, List<Bar> bars) {
        return chart(caption, bars, "bar");
    }

    /**
     * The same chart for figures that are not a breakdown (e.g. gross, net and present value): its bars
     * have class {@code figure}, so that {@code bar} counts only breakdowns.
     */
    Html figureChart(String caption, List<Bar> bars) {
        return chart(caption, bars, "figure");
    }

    private Html chart(String caption, List<Bar> bars, String barClass) {
        int rowHeight = 34;
        int labelWidth = 250;
        int chartWidth = 520;
        int width = labelWidth + chartWidth + 250;
        int height = Math.max(1, bars.size()) * rowHeight + 6;
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        body.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .append(escape(caption)).append("\">\n");
        body.append("<line class=\"axis\" x1=\"").append(labelWidth).append("\" y1=\"0\" x2=\"").append(labelWidth)
                .append("\" y2=\"").append(height).append("\"/>\n");
        int y = 3;
        int i = 0;
        for (Bar b : bars) {
            int w = max.signum() == 0 ? 0 : b.value().multiply(BigDecimal.valueOf(chartWidth))
                    .divide(max, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).intValue();
            w = Math.max(w, 2);
            body.append("<text class=\"label\" x=\"").append(labelWidth - 10).append("\" y=\"").append(y + 21)
                    .append("\" text-anchor=\"end\">").append(escape(b.label())).append("</text>\n");
            body.append("<rect class=\"").append(barClass).append(" c").append(i % 6).append("\" x=\"").append(labelWidth)
                    .append("\" y=\"").append(y + 5).append("\" width=\"").append(w).append("\" height=\"")
                    .append(rowHeight - 12).append("\" rx=\"3\" data-value=\"").append(b.value().toPlainString())
                    .append("\"><title>").append(escape(b.label() + ": " + b.display())).append("</title></rect>\n");
            body.append("<text class=\"value\" x=\"").append(labelWidth + w + 8).append("\" y=\"").append(y + 21)
                    .append("\">").append(escape(b.display())).append("</text>\n");
            y += rowHeight;
            i++;
        }
        body.append("</svg><figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    String render() {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<header><div class=\"brand\">svtoms</div><h1>"
                + escape(title) + "</h1></header>\n<main>\n" + body
                + "</main>\n<footer>Generated by svtoms. Financial proxies evidence value; they do not decide which outcomes "
                + "are sought. Figures are rounded to the penny (half-even) and add up exactly.</footer>\n</body>\n</html>\n";
    }

    private static final String CSS = """
            :root{--ink:#1d2733;--muted:#5b6b7b;--line:#dde3ea;--panel:#f4f7fb;--accent:#1f5fa8}
            *{box-sizing:border-box}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:var(--ink);background:#fff;line-height:1.45}
            header{background:linear-gradient(90deg,#16467d,#1f5fa8);color:#fff;padding:1.4rem 2rem 1.2rem}
            header .brand{font-size:.75rem;letter-spacing:.18em;text-transform:uppercase;opacity:.8}
            header h1{margin:.2rem 0 0;font-size:1.55rem;font-weight:650}
            main{max-width:1100px;margin:0 auto;padding:1rem 2rem 1rem}
            h2{font-size:1.15rem;margin:2.2rem 0 .7rem;color:#16467d;border-bottom:1px solid var(--line);padding-bottom:.3rem}
            p{margin:.6rem 0}
            .subtitle{color:var(--muted);margin-top:.2rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:.9rem;margin:1rem 0}
            .card{background:var(--panel);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:.75rem 1rem}
            .card .label{font-size:.72rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
            .card .value{font-size:1.4rem;font-weight:650;margin-top:.15rem;font-variant-numeric:tabular-nums}
            .card .hint{font-size:.78rem;color:var(--muted);margin-top:.15rem}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.2rem;margin:1rem 0;font-size:.92rem}
            dl.facts dt{color:var(--muted);font-weight:600}
            dl.facts dd{margin:0}
            table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0 .8rem}
            th,td{border-bottom:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top}
            th{background:var(--panel);font-weight:600;color:#33475b;white-space:nowrap}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.total td{font-weight:650;border-top:2px solid #b8c4d2;background:#fafcfe}
            tbody tr:hover td{background:#f8fafc}
            figure{margin:.6rem 0 1rem}
            figcaption{font-size:.8rem;color:var(--muted);margin-top:.2rem}
            svg text{font-size:13px;fill:var(--ink)}
            svg text.value{fill:#33475b;font-variant-numeric:tabular-nums}
            svg line.axis{stroke:#b8c4d2;stroke-width:1}
            rect.c0{fill:#1f5fa8}rect.c1{fill:#2e8b57}rect.c2{fill:#c77c02}rect.c3{fill:#7b4fa0}rect.c4{fill:#b5475a}rect.c5{fill:#3a8fa3}
            rect.figure{fill:#9fb6d3}rect.figure.c2{fill:#1f5fa8}
            details{margin:.3rem 0 1rem;font-size:.88rem}
            summary{cursor:pointer;color:var(--accent);font-weight:600}
            ul.derivation{color:#33475b;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.78rem}
            ul.warnings{background:#fff8e6;border:1px solid #f0d9a6;border-radius:6px;padding:.6rem 1rem .6rem 2rem}
            ul.warnings li{color:#7a4a00}
            .note{background:var(--panel);border-radius:6px;padding:.6rem .9rem;color:#33475b;font-size:.88rem}
            .rag{display:inline-block;min-width:4.5rem;text-align:center;border-radius:999px;padding:.05rem .6rem;font-size:.78rem;font-weight:650;color:#fff}
            .rag.green{background:#2e7d32}.rag.amber{background:#d08700}.rag.red{background:#c62828}.rag.grey{background:#8a96a3}
            footer{max-width:1100px;margin:2rem auto 2rem;padding:1rem 2rem 0;font-size:.78rem;color:var(--muted);border-top:1px solid var(--line)}
            @media print{header{background:#16467d;-webkit-print-color-adjust:exact;print-color-adjust:exact}details{display:none}}
            """;
}
