package nestmmu.tb.mmu.regress;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.model.Context;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

/**
 * A hand-placed nested setup in the rig's memory. Two guest-physical zones: the guest's page
 * tables at [1 MiB, 16 MiB) of the table zone [0, 1 GiB), which lives at host-physical 1 GiB; and
 * the data zone, a 1 GiB region at {@link #dataZone} living at host-physical 2 GiB. The data zone
 * sits under another nested PDPT entry than the tables (and, with {@code privateL4}, under another
 * nested PML4 entry, which needs physAddrBits ≥ 40), so a fault planted on the host path of the
 * final address at any level is not met by the guest-table accesses first. Host pages of each zone
 * are mapped separately ({@link #backTables}, {@link #backData}), at any size and permissions.
 */
final class NestedWorld {
    static final long GIB = 1L << 30;
    static final long TABLE_ZONE_HOST = GIB;
    static final long DATA_ZONE_HOST = 2 * GIB;
    static final long GUEST_TABLES = 1L << 20;
    static final long GUEST_TABLES_LIMIT = 16L << 20;

    final Rig rig;
    final long dataZone;
    final PageTable guest;
    final PageTable nested;
    private final FrameAllocator guestTables;

    NestedWorld(Rig rig, EntryPolicy guestPolicy, EntryPolicy hostPolicy, boolean privateL4) {
        if (privateL4 && rig.config().physAddrBits() < 40) {
            throw new IllegalArgumentException("a data zone under its own nested PML4 entry needs physAddrBits >= 40");
        }
        this.rig = rig;
        this.dataZone = privateL4 ? 1L << 39 : GIB;
        this.guestTables = new FrameAllocator("guest tables", GUEST_TABLES, GUEST_TABLES_LIMIT);
        this.guest = new PageTable(new GuestMemory(rig.memory(), this::hostAddress), guestTables, guestPolicy);
        this.nested = new PageTable(rig.memory(), rig.hostTables(), hostPolicy);
    }

    NestedWorld(Rig rig) {
        this(rig, EntryPolicy.GUEST_OS, EntryPolicy.HYPERVISOR, false);
    }

    long hostAddress(long gpa) {
        if (gpa >= 0 && gpa < GIB) return gpa + TABLE_ZONE_HOST;
        if (gpa >= dataZone && gpa < dataZone + GIB) return gpa - dataZone + DATA_ZONE_HOST;
        throw new IllegalArgumentException("guest-physical 0x" + Long.toHexString(gpa) + " is in neither zone");
    }

    /** Maps the guest page of {@code size} holding {@code va} to the data zone (the VA's offset in its 1G region). */
    NestedWorld mapGuest(long va, PageSize size, Permissions perms) {
        guest.map(va, dataGpa(va, size), size, perms);
        return this;
    }

    long dataGpa(long va, PageSize size) {
        return dataZone + (va & (GIB - 1) & ~size.offsetMask());
    }

    /** The guest-physical address {@code va} translates to. */
    long finalGpa(long va, PageSize size) {
        return dataGpa(va, size) | (va & size.offsetMask());
    }

    /** One past the last guest table page made so far. */
    long guestTablesEnd() {
        return guestTables.highWater();
    }

    /** Maps every guest table page made so far in the nested table, with host pages of {@code size}. */
    NestedWorld backTables(PageSize size, Permissions perms) {
        for (long gpa = GUEST_TABLES & ~size.offsetMask(); gpa < guestTablesEnd(); gpa += size.bytes()) {
            nested.map(gpa, hostAddress(gpa), size, perms);
        }
        return this;
    }

    /** Maps the host page of {@code size} holding guest-physical {@code gpa} of the data zone. */
    NestedWorld backData(long gpa, PageSize size, Permissions perms) {
        long base = gpa & ~size.offsetMask();
        nested.map(base, hostAddress(base), size, perms);
        return this;
    }

    /** The usual setup: a guest page at {@code va}, tables and data backed with rwx user host pages of {@code host}. */
    static NestedWorld simple(Rig rig, long va, PageSize guestPage, PageSize host) {
        NestedWorld w = new NestedWorld(rig);
        w.mapGuest(va, guestPage, Permissions.ALL).backTables(host, Permissions.ALL);
        return w.backData(w.finalGpa(va, guestPage), host, Permissions.ALL);
    }

    /** Guest-physical page of the guest table whose entry at {@code level} maps {@code va}. */
    long guestTablePage(long va, int level) {
        return Paging.pageBase(guest.entryAddress(va, level));
    }

    void corruptGuest(long va, int level, EntryFault fault) {
        guest.writeEntry(va, level, fault.apply(guest.readEntry(va, level), level, rig.config().physAddrBits()));
    }

    void corruptHost(long gpa, int level, EntryFault fault) {
        nested.writeEntry(gpa, level, fault.apply(nested.readEntry(gpa, level), level, rig.config().physAddrBits()));
    }

    Context context(int vmid, int asid) {
        return Context.nested(vmid, asid, guest.root(), nested.root());
    }
}
