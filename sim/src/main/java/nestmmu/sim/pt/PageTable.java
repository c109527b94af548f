package nestmmu.sim.pt;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.Memory;

/**
 * Builds and edits one x86-64 4-level page table the way an OS or hypervisor does, in software:
 * map, unmap and protect 4K, 2M and 1G pages. The table lives in {@code memory}, its pages come
 * from {@code frames} (both in the same address space: guest-physical for a guest table,
 * host-physical for a nested or shadow table). "Address" below is the input address of the
 * table: a virtual address, or a guest-physical one for a nested table.
 *
 * <p>Tables it creates are linked with P|RW|US (no NX), so the leaf alone decides permissions
 * unless a caller edits an upper entry on purpose with {@link #writeEntry}.
 */
public final class PageTable {
    private static final long TABLE_LINK = Pte.P_BIT | Pte.RW_BIT | Pte.US_BIT;

    private final Memory memory;
    private final FrameAllocator frames;
    private final EntryPolicy policy;
    private final long root;

    public PageTable(Memory memory, FrameAllocator frames, EntryPolicy policy) {
        this.memory = memory;
        this.frames = frames;
        this.policy = policy;
        this.root = newTable();
    }

    /** Address of the PML4 (what CR3, nCR3 or a shadow root points at). */
    public long root() { return root; }

    public Memory memory() { return memory; }

    public void map(long address, long frame, PageSize size, Permissions perms) {
        map(address, frame, size, perms, false);
    }

    /**
     * Maps the page of {@code size} holding {@code address} to {@code frame} (aligned to the size).
     * An existing mapping of the same page is replaced; a table hanging where the new leaf goes is
     * freed. Mapping inside an existing larger page is refused.
     */
    public void map(long address, long frame, PageSize size, Permissions perms, boolean global) {
        if ((frame & size.offsetMask()) != 0) {
            throw new IllegalArgumentException("frame 0x" + Long.toHexString(frame) + " is not " + size + "-aligned");
        }
        long slot = slotFor(address, size.leafLevel(), true);
        long old = memory.read(slot);
        if (isTableLink(old, size.leafLevel())) freeTable(Pte.address(old), size.leafLevel() - 1);
        long flags = perms.pteFlags()
                | (size == PageSize.SIZE_4K ? 0 : Pte.PS_BIT)
                | (global ? Pte.G_BIT : 0)
                | (policy.accessed() ? Pte.A_BIT : 0)
                | (policy.dirty() && perms.writable() ? Pte.D_BIT : 0);
        memory.write(slot, Pte.make(frame, flags));
    }

    /** Removes the mapping of the page of {@code size} at {@code address}; false when there was none. */
    public boolean unmap(long address, PageSize size) {
        long slot = slotFor(address, size.leafLevel(), false);
        if (slot < 0) return false;
        long old = memory.read(slot);
        if (!isLeaf(old, size.leafLevel())) return false;
        memory.write(slot, 0);
        return true;
    }

    /** Sets the permissions of a mapped page (A and D are kept); false when it is not mapped at that size. */
    public boolean protect(long address, PageSize size, Permissions perms) {
        long slot = slotFor(address, size.leafLevel(), false);
        if (slot < 0) return false;
        long old = memory.read(slot);
        if (!isLeaf(old, size.leafLevel())) return false;
        long keep = old & ~(Pte.RW_BIT | Pte.US_BIT | Pte.NX_BIT);
        memory.write(slot, keep | perms.pteFlags());
        return true;
    }

    /**
     * Clears the entry at {@code level} that covers {@code address} and frees every table below it,
     * zeroed for reuse. Nothing happens when the path down to that entry does not exist.
     */
    public void clearEntry(long address, int level) {
        long slot = slotFor(address, level, false);
        if (slot < 0) return;
        long old = memory.read(slot);
        memory.write(slot, 0);
        if (isTableLink(old, level)) freeTable(Pte.address(old), level - 1);
    }

    /** Frees every table of this page table except the root, which is left empty. */
    public void clear() {
        for (int i = 0; i < Paging.ENTRIES_PER_TABLE; i++) {
            long slot = root + (long) i * Paging.ENTRY_BYTES;
            long e = memory.read(slot);
            if (isTableLink(e, Paging.LEVELS)) freeTable(Pte.address(e), Paging.LEVELS - 1);
            if (e != 0) memory.write(slot, 0);
        }
    }

    /** The mapping of {@code address} by a software lookup (no A/D updates, no reserved-bit checks); null when unmapped. */
    public Leaf lookup(long address) {
        long table = root;
        boolean w = true, u = true, x = true;
        for (int level = Paging.LEVELS; level >= 1; level--) {
            long slot = Paging.entryAddress(table, address, level);
            long e = memory.read(slot);
            if (!Pte.isSet(e, Pte.P)) return null;
            w &= Pte.isSet(e, Pte.RW);
            u &= Pte.isSet(e, Pte.US);
            x &= !Pte.isSet(e, Pte.NX);
            if (isLeaf(e, level)) {
                PageSize size = PageSize.ofLeafLevel(level);
                return new Leaf(Pte.pageBase(e, size), size, new Permissions(w, u, x), e, slot);
            }
            table = Pte.address(e);
        }
        throw new AssertionError("unreachable");
    }

    /** Where the entry at {@code level} for {@code address} lives, or -1 when the table at that level is absent. */
    public long entryAddress(long address, int level) {
        return slotFor(address, level, false);
    }

    /** The entry at {@code level} for {@code address} (0 when its table is absent). */
    public long readEntry(long address, int level) {
        long slot = slotFor(address, level, false);
        return slot < 0 ? 0 : memory.read(slot);
    }

    /** Overwrites the entry at {@code level} for {@code address}, creating the tables above it: for tests and fault injection. */
    public void writeEntry(long address, int level, long value) {
        memory.write(slotFor(address, level, true), value);
    }

    // ------------------------------------------------------------------ internals

    /** Entry slot at {@code level} for the address, creating missing tables when {@code create}; -1 when absent. */
    private long slotFor(long address, int level, boolean create) {
        if (level < 1 || level > Paging.LEVELS) throw new IllegalArgumentException("level " + level);
        long table = root;
        for (int l = Paging.LEVELS; l > level; l--) {
            long slot = Paging.entryAddress(table, address, l);
            long e = memory.read(slot);
            if (!Pte.isSet(e, Pte.P)) {
                if (!create) return -1;
                long t = newTable();
                memory.write(slot, Pte.make(t, TABLE_LINK | (policy.accessed() ? Pte.A_BIT : 0)));
                table = t;
            } else if (isLeaf(e, l)) {
                if (!create) return -1;
                throw new IllegalStateException("0x" + Long.toHexString(address) + " is inside a "
                        + PageSize.ofLeafLevel(l) + " page; unmap it before mapping smaller pages there");
            } else {
                table = Pte.address(e);
            }
        }
        return Paging.entryAddress(table, address, level);
    }

    private static boolean isLeaf(long e, int level) {
        if (!Pte.isSet(e, Pte.P)) return false;
        return level == 1 || ((level == 2 || level == 3) && Pte.isSet(e, Pte.PS));
    }

    private static boolean isTableLink(long e, int level) {
        return level > 1 && Pte.isSet(e, Pte.P) && !isLeaf(e, level);
    }

    private long newTable() {
        long t = frames.allocate(PageSize.SIZE_4K);
        memory.zeroPage(t);
        return t;
    }

    private void freeTable(long table, int level) {
        if (level > 1) {
            for (int i = 0; i < Paging.ENTRIES_PER_TABLE; i++) {
                long e = memory.read(table + (long) i * Paging.ENTRY_BYTES);
                if (isTableLink(e, level)) freeTable(Pte.address(e), level - 1);
            }
        }
        memory.zeroPage(table);
        frames.free(table, PageSize.SIZE_4K);
    }
}
