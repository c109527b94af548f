package nestmmu.sim.report;

import java.util.List;

/** A report as text for a terminal. */
public final class ReportText {
    static final int WIDTH = 100;

    private ReportText() {}

    /** One comparison: its tables and findings. Several: the {@link #summary}, then each one's tables and findings. */
    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        if (!report.isSuite()) {
            b.append(ComparisonTable.render(report.comparisons().get(0)));
            findings(b, "Findings", report.findings());
            return b.toString();
        }
        b.append(summary(report));
        List<String> names = report.names();
        for (int i = 0; i < report.comparisons().size(); i++) {
            Comparison c = report.comparisons().get(i);
            b.append('\n').append("== ").append(names.get(i)).append(" ==").append('\n');
            b.append(ComparisonTable.render(c));
            findings(b, "Findings for " + names.get(i), Findings.of(c));
        }
        return b.toString();
    }

    /** The title, the steps and the report's findings, without tables. */
    public static String summary(Report report) {
        StringBuilder b = new StringBuilder();
        b.append(report.title()).append('\n');
        if (!report.steps().isEmpty()) {
            b.append('\n').append("Steps").append('\n');
            for (Report.Step s : report.steps()) {
                b.append(wrap("- " + s.name() + ": " + s.outcome() + (s.detail() == null ? "" : ". " + s.detail()), "  "));
            }
        }
        if (report.comparisons().size() > 1) {
            b.append('\n').append(VerdictTable.text(report.comparisons(), report.names()));
        }
        findings(b, report.isSuite() ? "Findings across the workloads" : "Findings", report.findings());
        return b.toString();
    }

    private static void findings(StringBuilder b, String heading, List<Finding> findings) {
        if (findings.isEmpty()) return;
        b.append('\n').append(heading).append('\n');
        int n = 1;
        for (Finding f : findings) b.append(wrap((n++) + ". " + f.text(), "   "));
    }

    /** Breaks {@code text} into lines of at most {@link #WIDTH} characters; later lines start with {@code indent}. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
            } else if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) out.append(line).append('\n');
        return out.toString();
    }
}
