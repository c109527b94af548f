package nestmmu.sim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nestmmu.arch.Mode;

/**
 * The report as one self-contained HTML page that embeds the charts by relative links. Every
 * number of a row is also in the cell's {@code data-value} (as in the JSON), and every row names
 * its setup in {@code data-*} attributes, so a script can read the page back.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em auto; max-width: 1200px; color: #222; line-height: 1.45; }
            h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
            th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.native td { background: #f6f6f6; }
            tbody tr.first td { border-top: 2px solid #999; }
            img { max-width: 100%; margin: 0.5em 0; border: 1px solid #eee; }
            .note { color: #555; font-size: 0.9em; }
            ol.findings li { margin-bottom: 0.6em; }
            """;
    private static final String[][] COLUMNS = {
        {"translations", "translations"}, {"tlbMissRate", "TLB miss rate"}, {"walks", "walks"},
        {"avgRefsPerWalk", "refs / walk"}, {"walkCycles", "walk cycles"}, {"vmExits", "VM exits"},
        {"vmmCycles", "VMM cycles"}, {"totalCycles", "total cycles"}, {"cyclesPerAccess", "cycles / access"},
        {"overheadVsNative", "overhead vs native"},
    };

    private HtmlReport() {}

    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(report.title())).append("</h1>\n");
        b.append("<p class=\"note\">Cycles are the MMU's translation cycles (TLB lookups and page walks, by the timing model"
                + " of the generated RTL) plus the shadow VMM's VM exits (by the exit costs); the program's own work is"
                + " not modelled. ").append(esc(Comparison.BASELINE)).append("</p>\n");
        if (!report.steps().isEmpty()) steps(b, report.steps());
        b.append("<h2 id=\"findings\">Findings</h2>\n");
        findings(b, report.findings());
        List<String> names = report.names();
        if (report.comparisons().size() > 1) {
            verdicts(b, report.comparisons(), names);
            b.append("<img src=\"").append(ReportWriter.GAIN_CHART)
                    .append("\" alt=\"shadow cycles over nested cycles for every workload\">\n");
        }
        for (int i = 0; i < names.size(); i++) comparison(b, report.comparisons().get(i), names.get(i), report.isSuite());
        b.append("<p class=\"note\">Written by nestmmu (<code>./mmu compare</code>, <code>./mmu demo</code>);"
                + " the same numbers are in <a href=\"").append(ReportWriter.JSON).append("\">")
                .append(ReportWriter.JSON).append("</a>.</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void steps(StringBuilder b, List<Report.Step> steps) {
        b.append("<h2 id=\"steps\">Steps</h2>\n<table class=\"steps\">\n<thead><tr><th>step</th><th>outcome</th>"
                + "<th>what happened</th></tr></thead>\n<tbody>\n");
        for (Report.Step s : steps) {
            b.append("<tr data-step=\"").append(esc(s.name())).append("\"><td>").append(esc(s.name())).append("</td><td>")
                    .append(esc(s.outcome())).append("</td><td>").append(esc(s.detail() == null ? "" : s.detail()));
            if (!s.figures().isEmpty()) {
                b.append("<br><span class=\"note\">");
                boolean first = true;
                for (Map.Entry<String, Object> e : s.figures().entrySet()) {
                    b.append(first ? "" : ", ").append(esc(e.getKey())).append(' ').append(esc(String.valueOf(e.getValue())));
                    first = false;
                }
                b.append("</span>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void verdicts(StringBuilder b, List<Comparison> comparisons, List<String> names) {
        b.append("<table class=\"verdicts\">\n<caption>").append(esc(VerdictTable.CAPTION)).append("</caption>\n<thead><tr>");
        for (String h : VerdictTable.header()) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : VerdictTable.rows(comparisons, names)) {
            b.append("<tr><td><a href=\"#").append(esc(row.get(0))).append("\">").append(esc(row.get(0))).append("</a></td>");
            for (String cell : row.subList(1, row.size())) b.append("<td class=\"n\">").append(esc(cell)).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void findings(StringBuilder b, List<Finding> findings) {
        b.append("<ol class=\"findings\">\n");
        for (Finding f : findings) {
            b.append("<li data-topic=\"").append(esc(f.topic())).append("\">").append(esc(f.text())).append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void comparison(StringBuilder b, Comparison c, String name, boolean suite) {
        b.append("<section id=\"").append(esc(name)).append("\" data-workload=\"").append(esc(c.workload())).append("\">\n");
        b.append("<h2>").append(esc(suite ? name : "Rows")).append("</h2>\n");
        b.append(String.format(Locale.ROOT, "<p class=\"note\">workload <code>%s</code>, config %s, engine %s, memLatency %d,"
                + " seed %d, exit costs %s</p>%n", esc(c.workload()), esc(c.config()), esc(c.engine()), c.memLatency(),
                c.seed(), esc(c.exitCosts().toMap().toString())));
        b.append("<img src=\"").append(ReportWriter.overheadChart(name)).append("\" alt=\"overhead versus native\">\n");
        b.append("<img src=\"").append(ReportWriter.refsChart(name)).append("\" alt=\"references per walk\">\n");
        rows(b, c);
        if (suite) {
            b.append("<h3>Findings for ").append(esc(name)).append("</h3>\n");
            findings(b, Findings.of(c));
        }
        b.append("</section>\n");
    }

    private static void rows(StringBuilder b, Comparison c) {
        b.append("<table class=\"rows\">\n<thead><tr><th>walk caches</th><th>mode</th><th>guest/host pages</th>");
        for (String[] col : COLUMNS) b.append("<th>").append(esc(col[1])).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        Boolean lastSetting = null;
        for (ComparisonRow r : c.rows()) {
            Map<String, Object> m = r.toMap();
            boolean first = lastSetting == null || lastSetting != r.walkCaches();
            lastSetting = r.walkCaches();
            b.append("<tr class=\"").append(r.mode().label()).append(first ? " first" : "").append("\" data-mode=\"")
                    .append(r.mode().label()).append("\" data-guest-page=\"").append(r.pages().guest().label())
                    .append("\" data-host-page=\"").append(r.pages().host().label()).append("\" data-walk-caches=\"")
                    .append(r.walkCaches()).append("\">");
            b.append("<td>").append(r.walkCaches() ? "on" : "off").append("</td><td>").append(r.mode().label())
                    .append("</td><td>").append(r.pages().label()).append("</td>");
            for (String[] col : COLUMNS) {
                Object v = m.get(col[0]);
                b.append("<td class=\"n\" data-key=\"").append(col[0]).append("\" data-value=\"").append(v).append("\">")
                        .append(esc(shown(col[0], v, r.mode()))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static String shown(String key, Object v, Mode mode) {
        switch (key) {
            case "tlbMissRate": return Numbers.percent((Double) v);
            case "avgRefsPerWalk": case "cyclesPerAccess": return Numbers.decimal((Double) v);
            case "overheadVsNative": return mode == Mode.NATIVE ? "baseline" : Numbers.signedPercent((Double) v);
            default: return Numbers.count((Long) v);
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(ch);
            }
        }
        return b.toString();
    }
}
