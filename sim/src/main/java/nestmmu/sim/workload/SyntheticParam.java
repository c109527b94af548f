package nestmmu.sim.workload;

import java.util.Locale;

import nestmmu.io.BadInputException;

/**
 * One key of a synthetic workload spec: its name, default, allowed range and meaning. Counts are
 * whole numbers (decimal or {@code 0x} hex, {@code _} allowed between digits); fractions are
 * decimals in 0..1.
 */
public record SyntheticParam(String key, Number defaultValue, long min, long max, String doc) {

    public static SyntheticParam count(String key, long defaultValue, long min, long max, String doc) {
        return new SyntheticParam(key, defaultValue, min, max, doc);
    }

    public static SyntheticParam fraction(String key, double defaultValue, String doc) {
        return new SyntheticParam(key, defaultValue, 0, 1, doc);
    }

    public static SyntheticParam seed() {
        return count("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the random choices");
    }

    public boolean isFraction() {
        return defaultValue instanceof Double;
    }

    /** "0..1", "1..65536", ">= 0", "any integer": for help texts. */
    public String range() {
        if (isFraction()) return "0..1";
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) return "any integer";
        if (max == Long.MAX_VALUE) return ">= " + min;
        return min + ".." + max;
    }

    private String rangePhrase() {
        return max == Long.MAX_VALUE ? range() : "in " + range();
    }

    /** The value of {@code text} for this key; {@code where} prefixes the one-line error. */
    Number parse(String text, String where) {
        String t = text.trim();
        if (t.isEmpty()) throw new BadInputException(where + ": key '" + key + "' has no value");
        if (isFraction()) {
            double d;
            try {
                d = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw bad(where, t, "a fraction in 0..1");
            }
            if (!(d >= 0 && d <= 1)) throw bad(where, t, "a fraction in 0..1");
            return d;
        }
        long v;
        try {
            String digits = t.replace("_", "");
            String lower = digits.toLowerCase(Locale.ROOT);
            v = lower.startsWith("0x") ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw bad(where, t, "a whole number " + rangePhrase());
        }
        if (v < min || v > max) throw bad(where, t, "a whole number " + rangePhrase());
        return v;
    }

    private BadInputException bad(String where, String text, String expected) {
        return new BadInputException(where + ": " + key + "=" + text + " is not " + expected);
    }
}
