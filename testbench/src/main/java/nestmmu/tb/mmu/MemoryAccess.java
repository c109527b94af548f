package nestmmu.tb.mmu;

/** One request the MMU made on its memory port: a read (with the value returned) or an A/D write. */
public record MemoryAccess(boolean write, long address, long value) {
    /** {@code R 0x1000 = 0x2027} or {@code W 0x1000 = 0x2067}. */
    @Override
    public String toString() {
        return (write ? "W 0x" : "R 0x") + Long.toHexString(address) + " = 0x" + Long.toHexString(value);
    }
}
