package nestmmu.sim.report;

import java.util.Locale;

/** How the report spells numbers, the same in the text table, the findings and the HTML. */
final class Numbers {
    private Numbers() {}

    /** 12,345,678 */
    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** 12.3 M, 4.5 k, 999 */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1f G", v / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        if (a >= 1e4) return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /**
     * A ratio minus one as a signed percentage: 0.351 → "+35.1%", 12.5 → "+1,250%"; a change just
     * short of −100% keeps its decimals ("−99.98%") so it does not read as all gone.
     */
    static String signedPercent(double fraction) {
        double p = 100 * fraction;
        if (Math.abs(p) >= 100) return String.format(Locale.ROOT, "%+,.0f%%", p);
        if (Math.abs(p) >= 99.95) return String.format(Locale.ROOT, "%+.2f%%", Math.signum(p) * Math.min(Math.abs(p), 99.99));
        return String.format(Locale.ROOT, "%+.1f%%", p);
    }

    /** Events per thousand: 2,283 or 55.6 or 0.61 */
    static String perKilo(double v) {
        if (v >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** 0.351 → "35.1%", 12.5 → "1,250%". */
    static String percent(double fraction) {
        double p = 100 * fraction;
        if (Math.abs(p) >= 100) return String.format(Locale.ROOT, "%,.0f%%", p);
        if (Math.abs(p) >= 1 || p == 0) return String.format(Locale.ROOT, "%.1f%%", p);
        return String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** Two decimals: 6.97 */
    static String decimal(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
