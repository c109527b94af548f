package nestmmu.sim.report;

import java.util.List;

/** A report as text for a terminal: the steps, the findings, then each comparison's table and findings. */
public final class ReportText {
    static final int WIDTH = 100;

    private ReportText() {}

    public static String render(Report report) {
        StringBuilder b = new StringBuilder();
        if (!report.isSuite()) {
            Comparison c = report.comparisons().get(0);
            b.append(ComparisonTable.render(c));
            findings(b, "Findings", report.findings());
            return b.toString();
        }
        b.append(report.title()).append('\n');
        if (!report.steps().isEmpty()) {
            b.append('\n').append("Steps").append('\n');
            for (Report.Step s : report.steps()) {
                b.append(wrap("- " + s.name() + ": " + s.outcome() + (s.detail() == null ? "" : ". " + s.detail()), "  "));
            }
        }
        findings(b, "Findings across the workloads", report.findings());
        List<String> names = report.names();
        for (int i = 0; i < report.comparisons().size(); i++) {
            Comparison c = report.comparisons().get(i);
            b.append('\n').append("== ").append(names.get(i)).append(" ==").append('\n');
            b.append(ComparisonTable.render(c));
            findings(b, "Findings for " + names.get(i), Findings.of(c));
        }
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
