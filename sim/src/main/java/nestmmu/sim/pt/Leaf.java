package nestmmu.sim.pt;

import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;

/**
 * A mapping found by a software lookup of a {@link PageTable}.
 *
 * @param base         physical base of the page (aligned to {@code size})
 * @param size         page size
 * @param permissions  the permissions of every level combined (AND of RW/US, OR of NX)
 * @param entry        the leaf entry's value
 * @param entryAddress where the leaf entry lives, in the table's own address space
 */
public record Leaf(long base, PageSize size, Permissions permissions, long entry, long entryAddress) {
    /** The physical address that {@code address} (inside this page) maps to. */
    public long translate(long address) {
        return base | (address & size.offsetMask());
    }
}
