package nestmmu.sim.translate;

/**
 * One memory reference of a walk, as a value.
 *
 * @param dimension {@link References#GUEST} or {@link References#HOST}
 * @param level     table level of the entry, 4 (PML4) to 1 (PT)
 * @param write     an A/D write (else a read)
 * @param address   host-physical address of the entry
 * @param value     the value read or written
 */
public record Reference(int dimension, int level, boolean write, long address, long value) {
    public String dimensionName() { return References.dimensionName(dimension); }
}
