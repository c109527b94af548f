package nestmmu.sim.mem;

/**
 * Eight-byte words of some physical address space. Addresses are byte addresses of aligned words;
 * a word never written reads as zero.
 */
public interface Memory {
    long read(long address);

    void write(long address, long value);

    /** Makes the whole 4K page at {@code pageAddress} read as zeros again (a freed table page). */
    void zeroPage(long pageAddress);
}
