package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.uint;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * The index of the lowest set bit of {@code in_i} on {@code index_o}, and {@code valid_o} when any
 * bit is set ({@code index_o} is 0 when none is). {@link #of} is the same logic as a function.
 */
public final class PriorityEncoder extends Module {
    public final UInt in;
    public final UInt index;
    public final Bool valid;

    public PriorityEncoder(int n) {
        super("priority_encoder_n" + n);
        if (n < 2) throw new IllegalArgumentException("a priority encoder needs at least 2 inputs, got " + n);
        in = input("in", uint(n));
        index = output("index", uint(log2Ceil(n)));
        valid = output("valid", bool());
        index.set(of(in));
        valid.set(in.orR());
    }

    /** The index of the lowest set bit of {@code bits} (at least 2 bits); 0 when none is set. */
    public static UInt of(UInt bits) {
        return OneHot.encode(OneHot.lowest(bits));
    }
}
