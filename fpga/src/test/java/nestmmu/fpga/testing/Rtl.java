package nestmmu.fpga.testing;

import java.util.function.Supplier;

import nestmmu.hdl.Module;
import nestmmu.hdl.emit.Design;
import nestmmu.sim.verilator.Simulation;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.VerilogDesign;

/** Generated designs in Verilator, for the generator tests. */
public final class Rtl {
    private Rtl() {}

    public static Simulation open(Supplier<? extends Module> top) {
        return open(Design.verilog(top::get));
    }

    public static Simulation open(Design design) {
        return Verilator.build(VerilogDesign.of(design.top(), design.files())).open();
    }
}
