package nestmmu.sim.translate;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

/**
 * A hand-placed nested setup: the guest's four table pages and its data page sit at guest-physical
 * addresses that differ at every host level ({@link #gpa(int)}), so a fault can be planted on the
 * host path of exactly one of them. Each is backed by its own host page ({@link #hostFrame(int)}).
 * Guest pages: 1 = PML4, 2 = PDPT, 3 = PD, 4 = PT (for a 4K guest page), 5 = data.
 */
final class NestedFixture {
    /** Wide enough for the hand-placed pages (up to 2^42), narrow enough to leave reserved bits 46..51. */
    static final int PHYS = 46;
    static final long RESERVED_BIT = 1L << 50;
    static final long VA = 0x7f5a_b3c4_d5e8L;
    final PhysicalMemory memory = new PhysicalMemory(PHYS);
    final References refs = new References();
    final PageTable host;
    final PageSize guestPage;
    final PageSize hostPage;

    NestedFixture(PageSize guestPage, EntryPolicy hostPolicy, EntryPolicy guestPolicy, PageSize hostPage) {
        this.guestPage = guestPage;
        this.hostPage = hostPage;
        host = new PageTable(memory, new FrameAllocator("host tables", 1L << 24, 1L << 30), hostPolicy);
        int leafLevel = guestPage.leafLevel();
        for (int k = 1; k <= 5; k++) {
            long used = k == 5 ? finalGpa() : gpa(k);
            host.map(used & ~hostPage.offsetMask(), hostFrame(k), hostPage, Permissions.ALL);
        }
        long flagsTable = Pte.P_BIT | Pte.RW_BIT | Pte.US_BIT | (guestPolicy.accessed() ? Pte.A_BIT : 0);
        for (int level = 4; level > leafLevel; level--) {
            int k = 5 - level;
            writeGuest(k, Paging.index(VA, level), Pte.make(gpa(k + 1), flagsTable));
        }
        int k = 5 - leafLevel;
        long leafFlags = Pte.P_BIT | Pte.RW_BIT | Pte.US_BIT | (guestPolicy.accessed() ? Pte.A_BIT : 0)
                | (leafLevel > 1 ? Pte.PS_BIT : 0);
        writeGuest(k, Paging.index(VA, leafLevel), Pte.make(dataGpa(), leafFlags));
    }

    /** Guest-physical page k: different indices at every host level. */
    static long gpa(int k) {
        return ((long) k << 39) | ((long) k << 30) | ((long) k << 21) | ((long) k << 12);
    }

    /** The guest data page, aligned to the guest page size. */
    long dataGpa() { return gpa(5) & ~guestPage.offsetMask(); }

    /** The guest-physical address {@link #VA} translates to. */
    long finalGpa() { return dataGpa() | (VA & guestPage.offsetMask()); }

    /** Host frame backing the host page that holds guest page k (1G-aligned, so any host page size fits). */
    static long hostFrame(int k) { return (1L << 40) + ((long) k << 30); }

    /** Host-physical address of guest-physical {@code gpa} inside guest page k. */
    long hostAddress(int k, long gpa) { return hostFrame(k) + (gpa & hostPage.offsetMask()); }

    long guestEntryGpa(int k, int index) { return gpa(k) + index * 8L; }

    long guestEntryHost(int k, int index) { return hostAddress(k, guestEntryGpa(k, index)); }

    void writeGuest(int k, int index, long value) { memory.write(guestEntryHost(k, index), value); }

    long readGuest(int k, int index) { return memory.read(guestEntryHost(k, index)); }

    NestedTranslator translator(nestmmu.sim.cache.PageWalkCache pwc, nestmmu.sim.cache.NestedTlb ntlb) {
        return new NestedTranslator(memory, PHYS, refs, pwc, ntlb);
    }

    boolean translate(NestedTranslator t, long va, AccessType type, boolean user) {
        refs.clear();
        return t.translate(gpa(1), host.root(), va, type, user, 1, 1);
    }
}
