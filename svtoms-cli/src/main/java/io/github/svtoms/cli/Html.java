package io.github.svtoms.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Builds a self-contained HTML page (inline CSS and SVG, no external assets). Not thread-safe.
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

    /** A definition list of label/value pairs. */
    Html facts(List<String[]> labelValue) {
        body.append("<dl class=\"facts\">\n");
        for (String[] lv : labelValue) {
            body.append("<dt>").append(escape(lv[0])).append("</dt><dd>").append(escape(lv[1])).append("</dd>\n");
        }
        body.append("</dl>\n");
        return this;
    }

    /**
     * A table whose cells may carry a CSS class: a cell written {@code "class|text"} with class one of
     * {@code green}, {@code amber}, {@code red}, {@code muted} gets {@code <td class="rag green">}.
     */
    Html ragTable(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<thead><tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            for (String c : r) {
                int bar = c.indexOf('|');
                String cls = bar > 0 ? c.substring(0, bar) : "";
                if (bar > 0 && cls.matches("green|amber|red|muted")) {
                    body.append("<td><span class=\"rag ").append(cls).append("\">").append(escape(c.substring(bar + 1)))
                            .append("</span></td>");
                } else {
                    body.append(isNumeric(c) ? "<td class=\"num\">" : "<td>").append(escape(c)).append("</td>");
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

    /** An HTML-escaped note in a callout box. */
    Html note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    private static boolean isNumeric(String c) {
        return !c.isBlank() && c.matches("[-+]?[£$€]?[0-9][0-9,]*(\\.[0-9]+)?%?");
    }

    Html paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    Html cards(List<String[]> labelValue) {
        body.append("<div class=\"cards\">\n");
        for (String[] lv : labelValue) {
            body.append("<div class=\"card\"><div class=\"label\">").append(escape(lv[0]))
                    .append("</div><div class=\"value\">").append(escape(lv[1])).append("</div></div>\n");
        }
        body.append("</div>\n");
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

    Html table(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<thead><tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            r.forEach(c -> body.append(isNumeric(c) ? "<td class=\"num\">" : "<td>").append(escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /**
     * A horizontal bar chart in inline SVG: one {@code <rect class="bar">} per bar, widths
     * proportional to the largest value.
     */
    Html barChart(String caption, List<Bar> bars) {
        int rowHeight = 34;
        int labelWidth = 260;
        int chartWidth = 460;
        int height = Math.max(1, bars.size()) * rowHeight + 10;
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        body.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + chartWidth + 140).append("\" height=\"").append(height)
                .append("\" aria-label=\"").append(escape(caption)).append("\">\n");
        int y = 5;
        for (Bar b : bars) {
            int w = max.signum() == 0 ? 0 : b.value().multiply(BigDecimal.valueOf(chartWidth))
                    .divide(max, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).intValue();
            body.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 21)
                    .append("\" text-anchor=\"end\">").append(escape(b.label())).append("</text>\n");
            body.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(Math.max(w, 1)).append("\" height=\"").append(rowHeight - 10)
                    .append("\" data-value=\"").append(b.value().toPlainString()).append("\"><title>")
                    .append(escape(b.label() + ": " + b.display())).append("</title></rect>\n");
            body.append("<text x=\"").append(labelWidth + Math.max(w, 1) + 8).append("\" y=\"").append(y + 21)
                    .append("\">").append(escape(b.display())).append("</text>\n");
            y += rowHeight;
        }
        body.append("</svg><figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    String render() {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
                + "<footer>Generated by svtoms. Financial proxies evidence value; they do not decide which outcomes are sought.</footer>\n"
                + "</body>\n</html>\n";
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2733;padding:0 1rem}
            h1{font-size:1.6rem;border-bottom:3px solid #2b6cb0;padding-bottom:.4rem}
            h2{font-size:1.2rem;margin-top:2rem;color:#2b4c7e}
            .cards{display:flex;flex-wrap:wrap;gap:1rem}
            .card{background:#f2f6fb;border-radius:8px;padding:.8rem 1.1rem;min-width:180px}
            .card .label{font-size:.8rem;color:#4a5a6a;text-transform:uppercase;letter-spacing:.04em}
            .card .value{font-size:1.35rem;font-weight:600;margin-top:.2rem}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            th,td{border-bottom:1px solid #dde3ea;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef2f7}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            svg text{font-size:13px;fill:#1d2733}
            rect.bar{fill:#2b6cb0}
            ul.warnings li{color:#8a4b00}
            ul.unvalued li{color:#4a5a6a}
            .green{color:#1f7a3a;font-weight:600}.amber{color:#a86400;font-weight:600}.red{color:#b3261e;font-weight:600}
            footer{margin-top:3rem;font-size:.8rem;color:#6a7785}
            """;
}
