package nestmmu.sim.model;

/** The four invalidations of {@link MmuModel}, in the order of the RTL's {@code ctl_op_i} encoding (0..3). */
public enum FlushKind {
    /** {@link MmuModel#flushAll()}. */
    ALL("all"),
    /** {@link MmuModel#flushVmid(int)}. */
    VMID("vmid"),
    /** {@link MmuModel#flushAsid(int, int)}. */
    ASID("asid"),
    /** {@link MmuModel#flushAddress(int, int, long)} (INVLPG). */
    ADDRESS("address");

    private final String label;

    FlushKind(String label) { this.label = label; }

    public String label() { return label; }
}
