package nestmmu.sim.workload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;
import nestmmu.io.BadInputException;

/**
 * Stand-in until the workload engineer's version lands (theirs replaces this whole file): only
 * {@code synthetic:random} and {@code synthetic:sequential}, keys {@code pages} (4K pages in one
 * read-write user region at 0x10000000, default 64), {@code accesses} (default 10000),
 * {@code seed} (default 1) and {@code writes} (fraction of stores, default 0.3).
 * random: each access a uniformly random 64-byte line of the region; sequential: line after line,
 * wrapping around.
 */
public final class Workloads {
    static final long REGION_BASE = 0x1000_0000L;

    private Workloads() {}

    public static Workload parse(String spec) {
        return parse(spec, null);
    }

    /** As {@link #parse(String)}; a spec without a {@code seed} key uses {@code defaultSeed}. */
    public static Workload parse(String spec, long defaultSeed) {
        return parse(spec, Long.valueOf(defaultSeed));
    }

    private static Workload parse(String spec, Long defaultSeed) {
        String where = "workload '" + spec + "'";
        if (spec == null || !spec.startsWith("synthetic:")) {
            throw new BadInputException(where + ": only synthetic:random and synthetic:sequential are available yet");
        }
        String[] parts = spec.substring("synthetic:".length()).split(",", -1);
        String kind = parts[0].trim();
        if (!kind.equals("random") && !kind.equals("sequential")) {
            throw new BadInputException(where + ": unknown kind '" + kind + "' (known: random, sequential)");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) throw new BadInputException(where + ": expected key=value, got '" + parts[i] + "'");
            String k = parts[i].substring(0, eq).trim();
            if (!k.equals("pages") && !k.equals("accesses") && !k.equals("seed") && !k.equals("writes")) {
                throw new BadInputException(where + ": unknown key '" + k + "' (known: pages, accesses, seed, writes)");
            }
            keys.put(k, parts[i].substring(eq + 1).trim());
        }
        long pages = number(where, keys, "pages", 64, 1, 1L << 24);
        long accesses = number(where, keys, "accesses", 10_000, 0, Long.MAX_VALUE);
        long seed = keys.containsKey("seed") ? number(where, keys, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE)
                : defaultSeed != null ? defaultSeed : 1;
        double writes = fraction(where, keys.getOrDefault("writes", "0.3"));
        boolean random = kind.equals("random");
        return new Workload() {
            @Override
            public String spec() { return spec; }

            @Override
            public EventStream open() { return new Stream(random, pages, accesses, seed, writes); }
        };
    }

    private static long number(String where, Map<String, String> keys, String key, long dflt, long min, long max) {
        String v = keys.get(key);
        if (v == null) return dflt;
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": " + key + " must be a whole number in " + min + ".." + max + ", got '" + v + "'");
        }
    }

    private static double fraction(String where, String v) {
        try {
            double d = Double.parseDouble(v);
            if (!(d >= 0 && d <= 1)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": writes must be a fraction in 0..1, got '" + v + "'");
        }
    }

    private static final class Stream implements EventStream {
        private final boolean random;
        private final long pages;
        private final long accesses;
        private final double writes;
        private final SplittableRandom rng;
        private long emitted = -1;

        Stream(boolean random, long pages, long accesses, long seed, double writes) {
            this.random = random;
            this.pages = pages;
            this.accesses = accesses;
            this.writes = writes;
            this.rng = new SplittableRandom(seed);
        }

        @Override
        public Event next() {
            if (emitted == -1) {
                emitted = 0;
                return new Event.Map(REGION_BASE, pages * 4096, Permissions.USER_RW);
            }
            if (emitted >= accesses) return null;
            long lines = pages * 64;
            long line = random ? rng.nextLong(lines) : emitted % lines;
            emitted++;
            AccessType type = rng.nextDouble() < writes ? AccessType.WRITE : AccessType.READ;
            return new Event.Access(REGION_BASE + line * 64, type, true);
        }

        @Override
        public String position() { return "synthetic event " + (emitted + 1); }

        @Override
        public void close() { }
    }
}
