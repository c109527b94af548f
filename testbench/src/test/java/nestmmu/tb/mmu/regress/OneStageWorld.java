package nestmmu.tb.mmu.regress;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.sim.model.Context;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

/**
 * A one-stage table in the rig's memory, as native mode walks it (or shadow mode, whose shadow
 * table the MMU walks the same way). Pages map to one 1G-aligned frame, so every size fits.
 */
final class OneStageWorld {
    static final long DATA_FRAME = 1L << 30;

    final Rig rig;
    final PageTable table;

    OneStageWorld(Rig rig, EntryPolicy policy) {
        this.rig = rig;
        this.table = new PageTable(rig.memory(), rig.hostTables(), policy);
    }

    /** Maps the page of {@code size} holding {@code va} to {@link #frameOf}. */
    OneStageWorld map(long va, PageSize size, Permissions perms) {
        table.map(va, frameOf(va, size), size, perms);
        return this;
    }

    /** The frame a page gets: the VA's offset in its 1G region, above {@link #DATA_FRAME}. */
    static long frameOf(long va, PageSize size) {
        return DATA_FRAME + (va & (DATA_FRAME - 1) & ~size.offsetMask());
    }

    /** The host-physical address a mapped {@code va} of page {@code size} translates to. */
    static long expectedPa(long va, PageSize size) {
        return frameOf(va, size) | (va & size.offsetMask());
    }

    void corrupt(long va, int level, EntryFault fault) {
        table.writeEntry(va, level, fault.apply(table.readEntry(va, level), level, rig.config().physAddrBits()));
    }

    Context context(Mode mode, int vmid, int asid) {
        return mode == Mode.SHADOW ? Context.shadow(vmid, asid, table.root()) : Context.nativeMode(vmid, asid, table.root());
    }
}
