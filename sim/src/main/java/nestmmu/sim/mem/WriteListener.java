package nestmmu.sim.mem;

/**
 * Sees every change made to a {@link PhysicalMemory}: how a second memory is kept equal to it (a
 * lockstep harness mirrors software's page-table writes into the memory of the RTL under test).
 */
public interface WriteListener {
    /** {@code value} was written at {@code address}. */
    void written(long address, long value);

    /** The 4K page at {@code pageAddress} was zeroed. */
    void pageZeroed(long pageAddress);
}
