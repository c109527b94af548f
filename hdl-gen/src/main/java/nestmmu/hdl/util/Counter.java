package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.isPow2;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * Counts {@code 0, 1, ..., n-1, 0, ...}, one step each cycle {@code inc} is high (Chisel's
 * {@code Counter}); {@code wrap} is high in a cycle whose step goes from n-1 back to 0.
 * Ports {@code inc_i}, {@code count_o} ({@code log2Ceil(n)} bits), {@code wrap_o}; resets to 0.
 */
public final class Counter extends Module {
    public final Bool inc;
    public final UInt count;
    public final Bool wrap;

    public Counter(int n) {
        super("counter_n" + n);
        if (n < 2) throw new IllegalArgumentException("a counter needs at least 2 states, got " + n);
        inc = input("inc", bool());
        count = output("count", uint(log2Ceil(n)));
        wrap = output("wrap", bool());

        UInt value = regInit("value", lit(0, log2Ceil(n)));
        Bool atMax = node("at_max", value.eq(n - 1));
        when(inc, () -> value.set(next(value, n, atMax)));
        count.set(value);
        wrap.set(inc.and(atMax));
    }

    /** The state after {@code value} in a count to {@code n}: the adder wraps by itself when n is a power of two. */
    static UInt next(UInt value, int n) {
        return isPow2(n) ? value.add(1) : next(value, n, value.eq(n - 1));
    }

    private static UInt next(UInt value, int n, Bool atLast) {
        return isPow2(n) ? value.add(1) : mux(atLast, lit(0, value.width()), value.add(1));
    }
}
