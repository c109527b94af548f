package nestmmu.sim.mem;

/**
 * A window onto another memory at a fixed offset: guest-physical address {@code a} is host-physical
 * {@code a + offset}, below {@code limit}. How a hypervisor's memory slot presents guest RAM to
 * software (the guest OS writing its tables, the VMM reading them); the MMU never uses it.
 */
public final class OffsetMemory implements Memory {
    private final Memory backing;
    private final long offset;
    private final long limit;

    public OffsetMemory(Memory backing, long offset, long limit) {
        this.backing = backing;
        this.offset = offset;
        this.limit = limit;
    }

    /** The backing address of {@code address}. */
    public long toBacking(long address) {
        if (address < 0 || address >= limit) {
            throw new IllegalArgumentException("0x" + Long.toHexString(address) + " is outside this memory (limit 0x"
                    + Long.toHexString(limit) + ")");
        }
        return address + offset;
    }

    @Override
    public long read(long address) { return backing.read(toBacking(address)); }

    @Override
    public void write(long address, long value) { backing.write(toBacking(address), value); }

    @Override
    public void zeroPage(long pageAddress) { backing.zeroPage(toBacking(pageAddress)); }
}
