package nestmmu.tb;

import nestmmu.sim.verilator.VerilogDesign;
import nestmmu.sim.verilator.fixtures.Fixtures;

/** The fixtures as {@link DesignSource}s for {@code @RtlTest(design = ...)}. */
final class Designs {
    private Designs() {}

    static final class Counter implements DesignSource {
        @Override
        public VerilogDesign design() {
            return Fixtures.counter();
        }
    }

    static final class Cam4 implements DesignSource {
        @Override
        public VerilogDesign design() {
            return Fixtures.cam4();
        }
    }
}
