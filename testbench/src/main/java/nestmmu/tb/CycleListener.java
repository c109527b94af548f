package nestmmu.tb;

/**
 * A testbench component attached to a {@link Dut} ({@link Dut#attach}); drivers and monitors are
 * such components. Every clock cycle calls, in attach order: {@link #beforeEdge} on all of them
 * (drive the inputs for the coming edge), then {@link #atEdge} on all (the inputs are final and
 * combinational logic has settled: read what the edge will capture), then the rising edge
 * happens, then {@link #afterEdge} on all (outputs show what the edge did).
 */
public interface CycleListener {
    default void beforeEdge(Dut dut) {}

    default void atEdge(Dut dut) {}

    default void afterEdge(Dut dut) {}
}
