package nestmmu.tb;

import java.util.function.Supplier;

import nestmmu.hdl.Module;
import nestmmu.hdl.emit.Design;
import nestmmu.sim.verilator.VerilogDesign;

/**
 * Generated hardware as a design for the bridge and the harness: the emitter's {@link Design}
 * (top name, files top first) becomes a {@link VerilogDesign} unchanged, so Verilator sees exactly
 * the files that {@code ./mmu generate}, the linters and yosys see.
 *
 * <pre>{@code
 * static final class Queue4 implements DesignSource {
 *     public VerilogDesign design() { return Generated.verilog(() -> new Queue<>(4, uint(8))); }
 * }
 * Dut dut = duts.open(Generated.verilog(() -> new Cam(entries, 12)));
 * }</pre>
 */
public final class Generated {
    private Generated() {}

    /** The emitted design as the bridge's design. */
    public static VerilogDesign of(Design design) {
        return VerilogDesign.of(design.top(), design.files());
    }

    /** Elaborates and emits {@code top} ({@link Design#verilog}), as the bridge's design. */
    public static VerilogDesign verilog(Supplier<? extends Module> top) {
        return of(Design.verilog(top));
    }
}
