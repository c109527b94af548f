package nestmmu.sim.model;

import java.util.HashMap;
import java.util.Map;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Pte;
import nestmmu.sim.mem.Memory;
import nestmmu.sim.mem.OffsetMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.Leaf;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.translate.NativeTranslator;
import nestmmu.sim.translate.PermissionBits;
import nestmmu.sim.translate.References;

/**
 * The shadow-paging VMM: it keeps, per guest address space, a shadow table (guest VA to host PA)
 * that the MMU walks like a native one, and fills it lazily.
 *
 * <ul>
 *   <li>A #PF on the shadow table exits here. The VMM walks the guest table in software — the
 *       same walk the hardware makes, setting guest A/D bits as hardware would; its reads are
 *       {@code vmmReads}. If the guest walk faults, the guest's own #PF is injected
 *       ({@code pfInject}). Otherwise the VMM writes the shadow leaf ({@code hiddenFault}, or
 *       {@code dirtyBit} when it only makes a read-only leaf writable).</li>
 *   <li>A shadow leaf maps the guest page's host frame with the guest's combined permissions, at
 *       the smaller of the guest and host page sizes; it is writable only once the guest leaf's D
 *       bit is set, so the first write exits and the VMM sets D (a write fault sets D at once).</li>
 *   <li>Guest page-table pages the VMM has walked for a fill are write-protected: a guest write to
 *       one exits ({@code ptWrite}); the VMM performs it and clears the shadow entry covering the
 *       same VA range at the same level (freeing the shadow tables below), then flushes the MMU —
 *       by address for a leaf, the whole ASID for a table.</li>
 *   <li>Guest CR3 writes exit ({@code cr3Write}): the VMM switches to that address space's shadow
 *       (creating it empty); a flushing CR3 write empties it. INVLPG exits ({@code invlpg}): the
 *       VMM clears the shadow leaf of the page and flushes the MMU by address.</li>
 * </ul>
 * Each exit costs {@link ExitCosts} cycles.
 */
public final class Vmm {
    private record Protected(ShadowContext owner, int level, long vaBase) {}

    private final MmuModel mmu;
    private final Hypervisor hypervisor;
    private final ExitCosts costs;
    private final int vmid;
    private final OffsetMemory guestView;
    private final References walkRefs = new References();
    private final NativeTranslator guestWalker;
    private final Map<Long, ShadowContext> shadows = new HashMap<>();
    private final Map<Long, Protected> writeProtected = new HashMap<>();
    private final Memory trappingView;
    private final long[] exits = new long[VmExitReason.values().length];
    private long vmmReads;
    private long vmmWrites;
    private long vmmCycles;
    private ShadowContext current;

    public Vmm(MmuModel mmu, Hypervisor hypervisor, ExitCosts costs, int vmid) {
        this.mmu = mmu;
        this.hypervisor = hypervisor;
        this.costs = costs;
        this.vmid = vmid;
        this.guestView = hypervisor.guestMemory();
        this.guestWalker = new NativeTranslator(guestView, mmu.config().physAddrBits(), walkRefs, References.GUEST);
        this.trappingView = new Memory() {
            @Override
            public long read(long address) { return guestView.read(address); }

            @Override
            public void write(long address, long value) { guestWrite(address, value); }

            @Override
            public void zeroPage(long pageAddress) { guestZeroPage(pageAddress); }
        };
    }

    /** Guest-physical memory as the guest sees it: writes to write-protected table pages exit. */
    public Memory guestMemory() { return trappingView; }

    /** The guest writes CR3: returns the shadow root the MMU walks from now on. */
    public long cr3Write(long guestCr3, int asid, boolean flush) {
        exit(VmExitReason.CR3_WRITE);
        ShadowContext s = shadows.get(guestCr3);
        if (s == null) {
            s = new ShadowContext(guestCr3, new PageTable(hypervisor.hostMemory(), hypervisor.tableFrames(), EntryPolicy.HYPERVISOR), asid);
            shadows.put(guestCr3, s);
        }
        s.asid = asid;
        if (flush) {
            s.table.clear();
            mmu.flushAsid(vmid, asid);
        }
        current = s;
        return s.table.root();
    }

    /**
     * A #PF on the shadow table exited: returns the guest #PF error code to inject, or -1 when
     * the VMM fixed the shadow and the access should be retried.
     */
    public int shadowFault(long va, AccessType type, boolean user) {
        walkRefs.clear();
        boolean ok = guestWalker.walk(current.guestCr3, va, type, user, -1, -1);
        vmmReads += walkRefs.reads();
        vmmWrites += walkRefs.writes();
        if (!ok) {
            exit(VmExitReason.PF_INJECT);
            return guestWalker.errorCode();
        }
        int shift = Math.min(guestWalker.pageShift(), hypervisor.hostPage().shift());
        PageSize size = PageSize.ofLeafLevel((shift - Paging.PAGE_SHIFT) / Paging.INDEX_BITS + 1);
        long mask = size.offsetMask();
        int perms = guestWalker.perms();
        if (!guestWalker.dirty()) perms &= ~PermissionBits.W;
        long old = current.table.readEntry(va, size.leafLevel());
        boolean onlyWritability = type == AccessType.WRITE && Pte.isSet(old, Pte.P) && !Pte.isSet(old, Pte.RW)
                && (perms & PermissionBits.W) != 0;
        current.table.map(va & ~mask, hypervisor.hostAddress(guestWalker.pa() & ~mask), size,
                PermissionBits.toPermissions(perms), guestWalker.global());
        protectWalkedTables(va);
        exit(onlyWritability ? VmExitReason.DIRTY_BIT : VmExitReason.HIDDEN_FAULT);
        return -1;
    }

    /** INVLPG exited: drop the shadow leaf of {@code va} and the MMU's entries for it. */
    public void invlpg(long va) {
        exit(VmExitReason.INVLPG);
        Leaf leaf = current.table.lookup(va);
        if (leaf != null) current.table.clearEntry(va, leaf.size().leafLevel());
        mmu.flushAddress(vmid, current.asid, va);
    }

    public ShadowContext current() { return current; }

    /** The shadow root of the current address space. */
    public long shadowRoot() { return current.table.root(); }

    /** The current shadow table, for inspection. */
    public PageTable shadowTable() { return current.table; }

    public long exits(VmExitReason reason) { return exits[reason.ordinal()]; }

    public long totalExits() {
        long n = 0;
        for (long e : exits) n += e;
        return n;
    }

    /** Guest page-table entries the VMM read in software. */
    public long vmmReads() { return vmmReads; }

    /** Guest A/D bits the VMM set in software. */
    public long vmmWrites() { return vmmWrites; }

    /** Cycles charged for every exit so far. */
    public long vmmCycles() { return vmmCycles; }

    /** Whether the guest page-table page holding {@code gpa} is write-protected. */
    public boolean isWriteProtected(long gpa) { return writeProtected.containsKey(gpa >>> Paging.PAGE_SHIFT); }

    // ------------------------------------------------------------------ internals

    private void exit(VmExitReason reason) {
        exits[reason.ordinal()]++;
        vmmCycles += costs.cycles(reason);
    }

    /** Every guest table page the last software walk read now belongs to the current shadow. */
    private void protectWalkedTables(long va) {
        for (int i = 0; i < walkRefs.size(); i++) {
            if (walkRefs.isWrite(i)) continue;
            int level = walkRefs.level(i);
            long regionMask = (1L << (Paging.shift(level) + Paging.INDEX_BITS)) - 1;
            long vaBase = va & ~regionMask & Paging.VA_MASK;
            writeProtected.put(walkRefs.address(i) >>> Paging.PAGE_SHIFT, new Protected(current, level, vaBase));
        }
    }

    private void guestWrite(long gpa, long value) {
        Protected p = writeProtected.get(gpa >>> Paging.PAGE_SHIFT);
        guestView.write(gpa, value);
        if (p == null) return;
        exit(VmExitReason.PT_WRITE);
        int index = (int) ((gpa >>> 3) & (Paging.ENTRIES_PER_TABLE - 1));
        long raw = p.vaBase() + ((long) index << Paging.shift(p.level()));
        long va = (raw << (64 - Paging.VA_BITS)) >> (64 - Paging.VA_BITS);
        PageTable shadow = p.owner().table;
        long old = shadow.readEntry(va, p.level());
        if (!Pte.isSet(old, Pte.P)) return;
        shadow.clearEntry(va, p.level());
        boolean leaf = p.level() == 1 || Pte.isSet(old, Pte.PS);
        if (leaf) {
            mmu.flushAddress(vmid, p.owner().asid, va);
        } else {
            mmu.flushAsid(vmid, p.owner().asid);
        }
    }

    private void guestZeroPage(long gpa) {
        Protected p = writeProtected.remove(gpa >>> Paging.PAGE_SHIFT);
        guestView.zeroPage(gpa);
        if (p == null) return;
        exit(VmExitReason.PT_WRITE);
        p.owner().table.clear();
        mmu.flushAsid(vmid, p.owner().asid);
    }
}
