package nestmmu.hdl.emit;

import java.util.HashSet;
import java.util.Set;

import nestmmu.hdl.ir.Identifiers;

/** The identifiers of one Verilog module: first come, first served; later claimants get {@code _1}, {@code _2}, ... */
final class Namespace {
    private final Set<String> used = new HashSet<>();

    /** Claims {@code name} exactly; false if it is taken. */
    boolean claim(String name) {
        return !Identifiers.isKeyword(name) && used.add(name);
    }

    /** {@code base}, or the first free {@code base_N}. */
    String fresh(String base) {
        return fresh(base, "")[0];
    }

    /**
     * One name per suffix, all sharing the first stem ({@code base}, {@code base_1}, ...) for
     * which every {@code stem + suffix} is free, e.g. {@code count_q} and {@code count_d}.
     */
    String[] fresh(String base, String... suffixes) {
        for (int n = 0; ; n++) {
            String stem = n == 0 ? base : base + "_" + n;
            String[] names = new String[suffixes.length];
            boolean free = true;
            for (int i = 0; i < suffixes.length && free; i++) {
                names[i] = stem + suffixes[i];
                free = !used.contains(names[i]) && !Identifiers.isKeyword(names[i]);
            }
            if (free) {
                for (String s : names) used.add(s);
                return names;
            }
        }
    }
}
