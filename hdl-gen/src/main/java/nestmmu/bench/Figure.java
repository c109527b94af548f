package nestmmu.bench;

/**
 * One measured figure. {@code error} is the half-width of the 95% confidence interval over the
 * measured iterations (NaN when not applicable); {@code goal} is the target the issue set,
 * e.g. "≥ 20000000" (empty when there is none); {@code met} tells whether the value reaches it.
 */
public record Figure(String name, double value, double error, String unit, String goal, Boolean met) {

    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, Double.NaN, unit, "", null);
    }

    public static Figure rate(String name, Measure.Rate rate, String unit) {
        return new Figure(name, rate.mean(), rate.error(), unit, "", null);
    }

    /** This figure with a lower bound it should reach. */
    public Figure atLeast(double bound) {
        return new Figure(name, value, error, unit, "≥ " + fmt(bound), value >= bound);
    }

    /** This figure with an upper bound it should stay under. */
    public Figure atMost(double bound) {
        return new Figure(name, value, error, unit, "≤ " + fmt(bound), value <= bound);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
