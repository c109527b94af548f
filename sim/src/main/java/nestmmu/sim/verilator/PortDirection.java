package nestmmu.sim.verilator;

/** Which way a top-level port carries data, as Verilator declares it. */
public enum PortDirection {
    INPUT, OUTPUT, INOUT;

    /** Can the testbench drive it? */
    public boolean drivable() {
        return this != OUTPUT;
    }

    /** Does the model drive it? */
    public boolean observable() {
        return this != INPUT;
    }
}
