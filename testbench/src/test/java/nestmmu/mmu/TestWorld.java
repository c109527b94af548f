package nestmmu.mmu;

import java.util.HashSet;
import java.util.Set;

import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.OffsetMemory;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

/**
 * Page tables for block tests, laid out to fit 32-bit physical addresses. Built by the same calls
 * into two memories it gives two identical worlds: one for the RTL, one for the model, so that
 * each side's A/D writes stay its own.
 *
 * <pre>
 * host-physical:  native tables [16M, 32M)   host tables [32M, 48M)   native data [1G, 2G)
 *                 guest RAM [2G, 4G) = guest-physical [0, 2G)
 * guest-physical: guest tables [16M, 32M)    guest data [1G, 2G)
 * </pre>
 * Guest RAM is mapped in the nested table (rwx, user, with the host policy's A/D) as the guest's
 * allocators grow, in host pages of the chosen size.
 */
final class TestWorld {
    static final long MIB = 1L << 20;
    static final long GIB = 1L << 30;
    static final long GUEST_RAM_HOST_BASE = 2 * GIB;

    final PhysicalMemory memory;
    final PageSize hostPage;
    private final EntryPolicy nativePolicy;
    private final EntryPolicy guestPolicy;
    private final FrameAllocator nativeTables = new FrameAllocator("native tables", 16 * MIB, 32 * MIB);
    private final FrameAllocator nativeData = new FrameAllocator("native data", GIB, 2 * GIB);
    private final FrameAllocator guestTables = new FrameAllocator("guest tables", 16 * MIB, 32 * MIB);
    private final FrameAllocator guestData = new FrameAllocator("guest data", GIB, 2 * GIB);
    private final OffsetMemory guestView;
    /** The nested table (nCR3). */
    final PageTable host;
    private final Set<Long> backed = new HashSet<>();

    TestWorld(int physAddrBits, PageSize hostPage, EntryPolicy nativePolicy, EntryPolicy hostPolicy, EntryPolicy guestPolicy) {
        this.memory = new PhysicalMemory(physAddrBits);
        this.hostPage = hostPage;
        this.nativePolicy = nativePolicy;
        this.guestPolicy = guestPolicy;
        this.guestView = new OffsetMemory(memory, GUEST_RAM_HOST_BASE, 2 * GIB);
        this.host = new PageTable(memory, new FrameAllocator("host tables", 32 * MIB, 48 * MIB), hostPolicy);
        backAsItGrows(guestTables);
        backAsItGrows(guestData);
    }

    PageTable nativeTable() {
        return new PageTable(memory, nativeTables, nativePolicy);
    }

    /** A guest table: its entries hold guest-physical addresses and live in guest RAM. */
    PageTable guestTable() {
        return new PageTable(guestView, guestTables, guestPolicy);
    }

    /** Maps {@code va} to a fresh native frame; returns the frame. */
    long mapNative(PageTable t, long va, PageSize size, Permissions p, boolean global) {
        long frame = nativeData.allocate(size);
        t.map(va & ~size.offsetMask(), frame, size, p, global);
        return frame;
    }

    /** Maps {@code va} to a fresh guest-physical frame; returns it. */
    long mapGuest(PageTable t, long va, PageSize size, Permissions p, boolean global) {
        long frame = guestData.allocate(size);
        t.map(va & ~size.offsetMask(), frame, size, p, global);
        return frame;
    }

    /** Host-physical address of guest-physical {@code gpa}. */
    static long hostOf(long gpa) {
        return GUEST_RAM_HOST_BASE + gpa;
    }

    private void backAsItGrows(FrameAllocator frames) {
        long[] backedTo = {frames.base()};
        frames.onGrowth(end -> {
            back(backedTo[0], end);
            backedTo[0] = end;
        });
    }

    private void back(long start, long end) {
        for (long gpa = start & ~hostPage.offsetMask(); gpa < end; gpa += hostPage.bytes()) {
            if (backed.add(gpa)) host.map(gpa, hostOf(gpa), hostPage, Permissions.ALL);
        }
    }
}
