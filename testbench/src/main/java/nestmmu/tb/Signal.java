package nestmmu.tb;

import java.math.BigInteger;

import nestmmu.sim.verilator.Port;

/** A handle on one port of the DUT, like cocotb's {@code dut.name}; cheaper than looking the name up each time. */
public final class Signal {
    private final Dut dut;
    private final Port port;

    Signal(Dut dut, Port port) {
        this.dut = dut;
        this.port = port;
    }

    public String name() {
        return port.name();
    }

    public int width() {
        return port.width();
    }

    public Port port() {
        return port;
    }

    public long get() {
        return dut.simulation().get(port);
    }

    public BigInteger getBig() {
        return dut.simulation().getBig(port);
    }

    public Signal set(long value) {
        dut.simulation().set(port, value);
        return this;
    }

    public Signal set(BigInteger value) {
        dut.simulation().set(port, value);
        return this;
    }

    /** The condition "this signal equals {@code value}", named for failure messages. */
    public Condition is(long value) {
        return Condition.of(name() + " == " + value, () -> get() == value);
    }

    @Override
    public String toString() {
        return name() + " = " + (port.wide() ? getBig().toString(16) : Long.toHexString(get())) + " (hex)";
    }
}
