package nestmmu.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison as plain-text tables, one per walk-cache setting, for a terminal. */
public final class ComparisonTable {
    private static final String[] HEADERS = {"mode", "pages", "translations", "miss rate", "walks", "refs/walk",
        "walk cycles", "VM exits", "VMM cycles", "total cycles", "cyc/access", "vs native"};
    /** JSON keys of the columns, printed under the tables so the two can be matched. */
    static final String LEGEND = "columns: mode, guestPage/hostPage, translations, tlbMissRate, walks, avgRefsPerWalk,"
            + " walkCycles, vmExits, vmmCycles, totalCycles, cyclesPerAccess, overheadVsNative";

    private ComparisonTable() {}

    public static String render(Comparison c) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "workload %s, config %s, engine %s, memLatency %d, seed %d%n",
                c.workload(), c.config(), c.engine(), c.memLatency(), c.seed()));
        for (boolean wc : new boolean[] {true, false}) {
            List<String[]> cells = new ArrayList<>();
            for (ComparisonRow r : c.rows()) if (r.walkCaches() == wc) cells.add(cells(r));
            if (cells.isEmpty()) continue;
            b.append('\n').append(wc ? "walk caches on (page-walk cache and nested TLB of the config)"
                    : "walk caches off").append('\n');
            b.append(table(cells));
        }
        b.append('\n').append(LEGEND).append('\n').append(Comparison.BASELINE).append('\n');
        return b.toString();
    }

    private static String[] cells(ComparisonRow r) {
        return new String[] {
            r.mode().label(), r.pages().label(), Numbers.count(r.translations()), Numbers.percent(r.tlbMissRate()),
            Numbers.count(r.walks()), Numbers.decimal(r.avgRefsPerWalk()), Numbers.count(r.walkCycles()),
            Numbers.count(r.vmExits()), Numbers.count(r.vmmCycles()), Numbers.count(r.totalCycles()),
            Numbers.decimal(r.cyclesPerAccess()),
            r.mode() == nestmmu.arch.Mode.NATIVE ? "baseline" : Numbers.signedPercent(r.overheadVsNative()),
        };
    }

    private static String table(List<String[]> rows) {
        int[] w = new int[HEADERS.length];
        for (int i = 0; i < w.length; i++) w[i] = HEADERS[i].length();
        for (String[] r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder b = new StringBuilder();
        line(b, HEADERS, w);
        for (String[] r : rows) line(b, r, w);
        return b.toString();
    }

    /** The first two columns are words (left-aligned), the rest numbers (right-aligned). */
    private static void line(StringBuilder b, String[] cells, int[] w) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append("  ");
            String fmt = i < 2 ? "%-" + w[i] + "s" : "%" + w[i] + "s";
            b.append(String.format(Locale.ROOT, fmt, cells[i]));
        }
        b.append('\n');
    }
}
