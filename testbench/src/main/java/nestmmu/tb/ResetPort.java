package nestmmu.tb;

import java.util.Optional;

import nestmmu.sim.verilator.Port;
import nestmmu.sim.verilator.PortDirection;
import nestmmu.sim.verilator.PortList;

/** The DUT's reset input, found by its conventional name; names ending in n or ni are active low. */
record ResetPort(Port port, boolean activeLow) {
    private static final String[] ACTIVE_LOW = {"rst_ni", "rst_n", "rstn", "reset_n", "resetn", "aresetn", "arst_ni"};
    private static final String[] ACTIVE_HIGH = {"rst_i", "rst", "reset", "reset_i", "srst"};

    static Optional<ResetPort> find(PortList ports) {
        for (String name : ACTIVE_LOW) {
            if (isOneBitInput(ports, name)) return Optional.of(new ResetPort(ports.get(name), true));
        }
        for (String name : ACTIVE_HIGH) {
            if (isOneBitInput(ports, name)) return Optional.of(new ResetPort(ports.get(name), false));
        }
        return Optional.empty();
    }

    long asserted() {
        return activeLow ? 0 : 1;
    }

    long deasserted() {
        return activeLow ? 1 : 0;
    }

    private static boolean isOneBitInput(PortList ports, String name) {
        if (!ports.has(name)) return false;
        Port p = ports.get(name);
        return p.direction() == PortDirection.INPUT && p.width() == 1;
    }
}
