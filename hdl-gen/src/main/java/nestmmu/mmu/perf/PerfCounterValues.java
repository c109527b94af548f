package nestmmu.mmu.perf;

import java.util.EnumMap;
import java.util.Map;

import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;

/**
 * One field per {@link PerfEvent}: the counters ({@code perf_translations_o}, ...) or, with
 * narrower widths, what each counter adds this cycle.
 */
public final class PerfCounterValues extends Bundle {
    private final Map<PerfEvent, UInt> fields = new EnumMap<>(PerfEvent.class);

    PerfCounterValues(Fields f, java.util.function.ToIntFunction<PerfEvent> width) {
        super(f);
        for (PerfEvent e : PerfEvent.values()) fields.put(e, f.uint(e.portName(), width.applyAsInt(e)));
    }

    /** Counters of {@code width} bits. */
    public static HwType<PerfCounterValues> counters(int width) {
        return f -> new PerfCounterValues(f, e -> width);
    }

    /** Increments: one bit per event, {@code amountBits} for the cycle sums. */
    public static HwType<PerfCounterValues> increments(int amountBits) {
        return f -> new PerfCounterValues(f, e -> e == PerfEvent.WALK_CYCLES ? amountBits : 1);
    }

    public UInt get(PerfEvent e) {
        return fields.get(e);
    }
}
