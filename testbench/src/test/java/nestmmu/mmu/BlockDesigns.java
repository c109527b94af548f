package nestmmu.mmu;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import nestmmu.hdl.Module;
import nestmmu.hdl.emit.Design;
import nestmmu.sim.verilator.VerilogDesign;
import nestmmu.tb.Clock;
import nestmmu.tb.Dut;

/** Generated blocks of the MMU as designs for the bridge, made once per parameter set. */
final class BlockDesigns {
    private static final Map<String, VerilogDesign> CACHE = new ConcurrentHashMap<>();

    private BlockDesigns() {}

    static VerilogDesign of(String key, Supplier<? extends Module> top) {
        return CACHE.computeIfAbsent(key, k -> {
            Design d = Design.verilog(top);
            return VerilogDesign.of(d.top(), d.files());
        });
    }

    /** Starts the clock and resets: the block's inputs must be set to idle values first. */
    static Clock start(Dut dut) {
        Clock clock = dut.clock().start();
        dut.reset();
        return clock;
    }
}
