package nestmmu.mmu.perf;

import static nestmmu.hdl.Hw.lit;

import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;

/**
 * Free-running counters, one per {@link PerfEvent}: each adds its {@code add_<event>_i} every
 * cycle and shows the sum on {@code count_<event>_o}; they wrap at {@code width} bits and reset to 0.
 */
public final class PerfCounters extends Module {
    public final PerfCounterValues add;
    public final PerfCounterValues count;

    public PerfCounters(String name, int width, int amountBits) {
        super(name);
        add = input("add", PerfCounterValues.increments(amountBits));
        count = output("count", PerfCounterValues.counters(width));
        for (PerfEvent e : PerfEvent.values()) {
            UInt value = regInit(e.portName(), lit(0, width));
            value.set(value.add(add.get(e)));
            count.get(e).set(value);
        }
    }
}
