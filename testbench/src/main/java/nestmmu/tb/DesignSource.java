package nestmmu.tb;

import nestmmu.sim.verilator.VerilogDesign;

/**
 * Supplies the design of an {@link RtlTest} from code: generated RTL, a netlist, a fixture.
 * Implementations need a no-argument constructor.
 */
public interface DesignSource {
    VerilogDesign design();

    /** The annotation's default: no source class, use {@code top} and {@code sources}. */
    final class None implements DesignSource {
        @Override
        public VerilogDesign design() {
            throw new UnsupportedOperationException();
        }
    }
}
