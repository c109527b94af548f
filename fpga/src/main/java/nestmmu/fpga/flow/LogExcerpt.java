package nestmmu.fpga.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the lines of a tool's log that explain a failure, so that the error a user sees is the
 * tool's own words. yosys and nextpnr mark errors with {@code ERROR:}; iverilog writes
 * {@code file:line: syntax error} or {@code ... error: ...}; icepack writes {@code Error ...}.
 */
final class LogExcerpt {
    private static final Pattern MARKED = Pattern.compile("(^|\\s|:)ERROR\\b");
    private static final Pattern ANY_ERROR = Pattern.compile("(?i)\\b(error|fatal)\\b");
    // summaries such as nextpnr's "1 warning, 1 error" say nothing new
    private static final Pattern SUMMARY = Pattern.compile("(?i)^\\s*\\d+ warnings?, \\d+ errors?\\s*$");

    private LogExcerpt() {}

    /**
     * Up to {@code max} distinct error lines: explicitly marked ones first, then any line that
     * mentions an error, and when there is none, the last lines of the log.
     */
    static List<String> errors(List<String> lines, int max) {
        List<String> picked = pick(lines, MARKED, max);
        if (picked.isEmpty()) picked = pick(lines, ANY_ERROR, max);
        if (picked.isEmpty()) {
            List<String> tail = new ArrayList<>();
            for (int i = lines.size() - 1; i >= 0 && tail.size() < max; i--) {
                String l = lines.get(i).strip();
                if (!l.isEmpty()) tail.add(0, l);
            }
            return tail;
        }
        return picked;
    }

    private static List<String> pick(List<String> lines, Pattern p, int max) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || SUMMARY.matcher(l).matches() || out.contains(l)) continue;
            if (p.matcher(l).find()) {
                out.add(l);
                if (out.size() == max) break;
            }
        }
        return out;
    }
}
