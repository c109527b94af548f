package nestmmu.sim.verilator;

/**
 * The simulated design stopped itself ({@code $stop}, {@code $error}, {@code $fatal}, a failed
 * assertion) or Verilator hit an internal error. The message is Verilator's. The simulation
 * cannot continue; close it. ({@code $finish} is not an error: see {@link Simulation#finished()}.)
 */
public final class SimulationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulationError(String message) {
        super(message);
    }
}
