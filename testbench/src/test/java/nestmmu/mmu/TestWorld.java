package nestmmu.mmu;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * host-physical:  native tables [16M, 32M)   host tables [32M, 48M)   native data [64M, 1G)
 *                 the native 1G page [1G, 2G)   guest RAM [2G, 4G) = guest-physical [0, 2G)
 * guest-physical: guest tables [16M, 32M)    guest data [64M, 1G)     the guest 1G page [1G, 2G)
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
    private final FrameAllocator nativeData = new FrameAllocator("native data", 64 * MIB, GIB);
    private final FrameAllocator guestTables = new FrameAllocator("guest tables", 16 * MIB, 32 * MIB);
    private final FrameAllocator guestData = new FrameAllocator("guest data", 64 * MIB, GIB);
    private final OffsetMemory guestView;
    /** The nested table (nCR3). */
    final PageTable host;
    private final Set<Long> backed = new HashSet<>();
    private final Map<String, PageTable> tables = new LinkedHashMap<>();
    private boolean guestHugeBacked;

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

    /** A table in host-physical memory (native, or a shadow table), known by {@code name} to {@link #table}. */
    PageTable nativeTable(String name) {
        return register(name, new PageTable(memory, nativeTables, nativePolicy));
    }

    /** A guest table: its entries hold guest-physical addresses and live in guest RAM. */
    PageTable guestTable(String name) {
        return register(name, new PageTable(guestView, guestTables, guestPolicy));
    }

    PageTable table(String name) {
        PageTable t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("no table " + name);
        return t;
    }

    boolean isGuest(PageTable t) {
        return t.memory() == guestView;
    }

    private PageTable register(String name, PageTable t) {
        if (tables.putIfAbsent(name, t) != null) throw new IllegalArgumentException("table " + name + " exists");
        return t;
    }

    /**
     * Maps the page of {@code size} at {@code va} to a fresh frame of its space (native data, or
     * guest data for a guest table); 1G pages of one space share the one 1G frame there is room for.
     */
    long map(PageTable t, long va, PageSize size, Permissions p, boolean global) {
        boolean guest = isGuest(t);
        long frame;
        if (size == PageSize.SIZE_1G) {
            frame = GIB;
            if (guest && !guestHugeBacked) {
                back(GIB, 2 * GIB);
                guestHugeBacked = true;
            }
        } else {
            frame = (guest ? guestData : nativeData).allocate(size);
        }
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
