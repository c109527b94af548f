package nestmmu.tb;

/**
 * Something to wait for, as in cocotb's {@code await RisingEdge(dut.clk)}: {@link Dut#await}
 * runs the simulation until it has happened. Everything is synchronous: there are no threads.
 */
public interface Trigger {
    /** Runs {@code dut} until this trigger has fired. */
    void awaitOn(Dut dut);

    String description();
}
