package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.ones;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;
import static nestmmu.hdl.Hw.vecOf;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Data;
import nestmmu.hdl.HwType;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * Picks one of N valid/ready requesters per cycle and forwards it to {@code out} (Chisel's
 * {@code Arbiter} and {@code RRArbiter}). {@link Policy#FIXED_PRIORITY}: the lowest-numbered valid
 * input wins. {@link Policy#ROUND_ROBIN}: the first valid input after the one granted last
 * (wrapping around); after reset input 0 comes first; the turn moves only when {@code out} fires.
 * Only the granted input sees {@code ready}; {@code chosen_o} is its index (0 when none is valid).
 * Ports {@code in_<i>_valid_i}, {@code in_<i>_ready_o}, {@code in_<i>_bits_i}, {@code out_*}, {@code chosen_o}.
 */
public final class Arbiter<T extends Data> extends Module {
    public enum Policy { FIXED_PRIORITY, ROUND_ROBIN }

    public final Vec<Decoupled<T>> in;
    public final Decoupled<T> out;
    public final UInt chosen;

    public Arbiter(int n, HwType<T> type, Policy policy) {
        super((policy == Policy.ROUND_ROBIN ? "arbiter_rr_n" : "arbiter_n") + n + "_w" + Shapes.width(type));
        if (n < 2) throw new IllegalArgumentException("an arbiter needs at least 2 inputs, got " + n);
        in = input("in", vec(n, Decoupled.of(type)));
        out = output("out", Decoupled.of(type));
        chosen = output("chosen", uint(log2Ceil(n)));

        List<Bool> valids = new ArrayList<>();
        List<T> payloads = new ArrayList<>();
        for (Decoupled<T> i : in) {
            valids.add(i.valid);
            payloads.add(i.bits);
        }
        UInt requests = node("requests", vecOf(valids).asUInt());
        UInt last = policy == Policy.ROUND_ROBIN ? regInit("last", lit(n - 1, log2Ceil(n))) : null;
        UInt grant = node("grant", last != null ? roundRobin(requests, last, n) : OneHot.lowest(requests));
        UInt index = node("index", OneHot.encode(grant));
        if (last != null) when(out.fire(), () -> last.set(index));

        out.valid.set(requests.orR());
        out.bits.set(vecOf(payloads).at(index));
        chosen.set(index);
        for (int i = 0; i < n; i++) in.get(i).ready.set(out.ready.and(grant.bit(i)));
    }

    /** The grant after the last winner: the lowest request above it, else the lowest request. */
    private UInt roundRobin(UInt requests, UInt last, int n) {
        UInt above = node("above", ones(n).shl(last).shl(lit(1, 1)));
        UInt waiting = requests.and(above);
        return mux(waiting.orR(), OneHot.lowest(waiting), OneHot.lowest(requests));
    }
}
