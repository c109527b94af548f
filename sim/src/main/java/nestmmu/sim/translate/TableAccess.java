package nestmmu.sim.translate;

/**
 * How a walker reaches the entries of its table. In native and shadow mode the table address is
 * already host-physical (the walker uses none); in nested mode every guest table address is a
 * guest-physical address that the nested dimension translates first.
 */
public interface TableAccess {
    /**
     * The host-physical address of the table entry at {@code tableAddress}, for a read or for an
     * A/D write; -1 when that translation faulted (the implementation has recorded the fault).
     */
    long toHost(long tableAddress, boolean write);
}
