package nestmmu.tb;

import nestmmu.sim.verilator.Port;

/**
 * The DUT's clock. Like cocotb's {@code Clock(dut.clk, 10).start()}, it must be started before
 * time can pass; then {@link #risingEdge()} and {@link #cycles(int)} are the triggers to await.
 * A period is 10 time units in the waveform, rising edges at 5, 15, 25, ...
 */
public final class Clock {
    private final Dut dut;
    private final Port port;
    private boolean running;

    Clock(Dut dut, Port port) {
        this.dut = dut;
        this.port = port;
    }

    public String name() {
        return port.name();
    }

    public Clock start() {
        running = true;
        return this;
    }

    public Clock stop() {
        running = false;
        return this;
    }

    public boolean running() {
        return running;
    }

    /** The next rising edge: after awaiting it, outputs show what the edge did. */
    public Trigger risingEdge() {
        return cycles(1);
    }

    /** {@code n} rising edges. */
    public Trigger cycles(int n) {
        if (n < 0) throw new IllegalArgumentException("cannot wait " + n + " cycles");
        return new Trigger() {
            @Override
            public void awaitOn(Dut d) {
                if (d != dut) throw new IllegalArgumentException("this clock belongs to another DUT");
                for (int i = 0; i < n; i++) dut.runCycle();
            }

            @Override
            public String description() {
                return n == 1 ? "rising edge of " + name() : n + " rising edges of " + name();
            }
        };
    }

    Port port() {
        return port;
    }
}
