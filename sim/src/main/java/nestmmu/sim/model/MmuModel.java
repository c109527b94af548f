package nestmmu.sim.model;

import java.util.Arrays;
import java.util.Objects;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.sim.cache.NestedTlb;
import nestmmu.sim.cache.PageWalkCache;
import nestmmu.sim.cache.Tlb;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.timing.TimingModel;
import nestmmu.sim.translate.NativeTranslator;
import nestmmu.sim.translate.NestedTranslator;
import nestmmu.sim.translate.PermissionBits;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.TranslationSource;

/**
 * The MMU as the RTL implements it: TLBs, page-walk cache, nested TLB, the walkers, the timing
 * model and the performance counters, driven one translation at a time on explicit contexts. This
 * is the API a lockstep harness uses; {@link #references()} is the exact memory-reference sequence
 * of the last translation.
 *
 * <p>Order of a translation:
 * <ol>
 *   <li>L1 TLB lookup. A matching entry serves the access only if its permissions allow it and,
 *       for a write, it is dirty; otherwise the access is a miss (and the walk that follows faults
 *       exactly, or sets D). A served hit marks the entry most recently used.</li>
 *   <li>On an L1 miss, the L2 TLB (if any) the same way; a served L2 hit refills the L1.</li>
 *   <li>Otherwise a walk: native and shadow mode walk the table at the context's root, nested mode
 *       walks two-dimensionally. A successful walk fills the L1 and the L2; a faulting one fills no
 *       TLB (the page-walk cache and the nested TLB keep what the walk filled before the fault).</li>
 * </ol>
 */
public final class MmuModel {
    private final MmuConfig config;
    private final PhysicalMemory memory;
    private final TimingModel timing;
    private final Tlb l1;
    private final Tlb l2;
    private final PageWalkCache pwc;
    private final NestedTlb ntlb;
    private final References refs = new References();
    private final NativeTranslator oneStage;
    private final NestedTranslator twoStage;
    private final TranslationResult result = new TranslationResult();
    private final MmuStats stats = new MmuStats();
    private final int vmidLimit;
    private final int asidLimit;
    private MmuObserver[] observers = new MmuObserver[0];

    public MmuModel(MmuConfig config, PhysicalMemory memory, TimingModel timing) {
        this.config = config;
        this.memory = memory;
        this.timing = timing;
        this.l1 = new Tlb(config.l1Tlb());
        this.l2 = config.l2Tlb().enabled() ? new Tlb(config.l2Tlb()) : null;
        this.pwc = config.pwc().enabled() ? new PageWalkCache(config.pwc()) : null;
        this.ntlb = config.nestedTlb().enabled() ? new NestedTlb(config.nestedTlb()) : null;
        this.oneStage = new NativeTranslator(memory, config.physAddrBits(), refs, References.GUEST);
        this.oneStage.walkCache(pwc);
        this.twoStage = new NestedTranslator(memory, config.physAddrBits(), refs, pwc, ntlb);
        this.vmidLimit = 1 << config.vmidBits();
        this.asidLimit = 1 << config.asidBits();
    }

    /**
     * Translates {@code va} for an access of {@code type} at user ({@code user}) or supervisor
     * privilege. The returned object is reused by the next call.
     */
    public TranslationResult translate(Context c, long va, AccessType type, boolean user) {
        int vmid = c.vmid();
        int asid = c.asid();
        if (vmid >= vmidLimit || asid >= asidLimit) {
            throw new IllegalArgumentException("vmid " + vmid + " / asid " + asid + " do not fit " + config.vmidBits()
                    + " / " + config.asidBits() + " bits");
        }
        if ((va << (64 - Paging.VA_BITS)) >> (64 - Paging.VA_BITS) != va) {
            throw new IllegalArgumentException("non-canonical address 0x" + Long.toHexString(va) + " (#GP, not a translation)");
        }
        if (observers.length == 0) return translateChecked(c, va, type, user);
        for (MmuObserver o : observers) o.translating(c, va, type, user);
        TranslationResult r = translateChecked(c, va, type, user);
        for (MmuObserver o : observers) o.translated(c, va, type, user, r, refs);
        return r;
    }

    /** Adds a watcher of every translation and flush (see {@link MmuObserver}). */
    public void addObserver(MmuObserver observer) {
        MmuObserver[] more = Arrays.copyOf(observers, observers.length + 1);
        more[observers.length] = Objects.requireNonNull(observer);
        observers = more;
    }

    public void removeObserver(MmuObserver observer) {
        observers = Arrays.stream(observers).filter(o -> o != observer).toArray(MmuObserver[]::new);
    }

    private TranslationResult translateChecked(Context c, long va, AccessType type, boolean user) {
        int vmid = c.vmid();
        int asid = c.asid();
        refs.clear();
        stats.translations++;

        int slot = l1.lookup(vmid, asid, va);
        if (slot >= 0 && serves(l1, slot, type, user)) {
            l1.touch(slot);
            stats.l1Hits++;
            return hit(l1, slot, va, TranslationSource.L1_TLB, timing.l1Hit());
        }
        if (l2 != null) {
            slot = l2.lookup(vmid, asid, va);
            if (slot >= 0 && serves(l2, slot, type, user)) {
                l2.touch(slot);
                stats.l2Hits++;
                l1.fill(vmid, asid, l2.global(slot), va, l2.translate(slot, va), l2.pageShift(slot), l2.perms(slot), l2.dirty(slot));
                return hit(l2, slot, va, TranslationSource.L2_TLB, timing.l2Hit());
            }
        }
        return walk(c, va, type, user);
    }

    private static boolean serves(Tlb tlb, int slot, AccessType type, boolean user) {
        return PermissionBits.allows(tlb.perms(slot), type, user) && (type != AccessType.WRITE || tlb.dirty(slot));
    }

    private TranslationResult hit(Tlb tlb, int slot, long va, TranslationSource source, int cycles) {
        result.succeed(tlb.translate(slot, va), tlb.pageShift(slot), tlb.perms(slot), tlb.dirty(slot), tlb.global(slot));
        result.cost(source, cycles, 0, 0);
        stats.cycles += cycles;
        return result;
    }

    private TranslationResult walk(Context c, long va, AccessType type, boolean user) {
        stats.walks++;
        int vmid = c.vmid();
        int asid = c.asid();
        boolean ok;
        if (c.mode() == nestmmu.arch.Mode.NESTED) {
            ok = twoStage.translate(c.root(), c.nestedRoot(), va, type, user, vmid, asid);
            if (ok) {
                result.succeed(twoStage.pa(), twoStage.pageShift(), twoStage.perms(), twoStage.dirty(), twoStage.global());
            } else if (twoStage.nestedFault()) {
                result.nestedPageFault(twoStage.exitInfo1(), twoStage.exitInfo2());
            } else {
                result.pageFault(twoStage.errorCode(), va);
            }
        } else {
            ok = oneStage.walk(c.root(), va, type, user, vmid, asid);
            if (ok) {
                result.succeed(oneStage.pa(), oneStage.pageShift(), oneStage.perms(), oneStage.dirty(), oneStage.global());
            } else {
                result.pageFault(oneStage.errorCode(), va);
            }
        }
        long cycles = timing.walk(l2 != null, refs.size());
        result.cost(TranslationSource.WALK, cycles, refs.reads(), refs.writes());
        stats.walkReads += refs.reads();
        stats.walkWrites += refs.writes();
        stats.cycles += cycles;
        stats.walkCycles += cycles;
        if (ok) {
            l1.fill(vmid, asid, result.global(), va, result.hpa(), result.pageShift(), result.perms(), result.dirty());
            if (l2 != null) l2.fill(vmid, asid, result.global(), va, result.hpa(), result.pageShift(), result.perms(), result.dirty());
        } else if (result.fault() == nestmmu.sim.translate.FaultKind.PAGE_FAULT) {
            stats.pageFaults++;
        } else {
            stats.nestedPageFaults++;
        }
        return result;
    }

    // ------------------------------------------------------------------ flushes

    /** Empties every TLB, the page-walk cache and the nested TLB. */
    public void flushAll() {
        l1.flushAll();
        if (l2 != null) l2.flushAll();
        if (pwc != null) pwc.flushAll();
        if (ntlb != null) ntlb.flushAll();
        for (MmuObserver o : observers) o.flushed(FlushKind.ALL, 0, 0, 0);
    }

    /** Every entry of the VMID in the TLBs (global ones too), the page-walk cache and the nested TLB. */
    public void flushVmid(int vmid) {
        l1.flushVmid(vmid);
        if (l2 != null) l2.flushVmid(vmid);
        if (pwc != null) pwc.flushVmid(vmid);
        if (ntlb != null) ntlb.flushVmid(vmid);
        for (MmuObserver o : observers) o.flushed(FlushKind.VMID, vmid, 0, 0);
    }

    /** The non-global TLB entries of the VMID and ASID, and their page-walk-cache entries. Not the nested TLB. */
    public void flushAsid(int vmid, int asid) {
        l1.flushAsid(vmid, asid);
        if (l2 != null) l2.flushAsid(vmid, asid);
        if (pwc != null) pwc.flushAsid(vmid, asid);
        for (MmuObserver o : observers) o.flushed(FlushKind.ASID, vmid, asid, 0);
    }

    /**
     * INVLPG: the TLB entries of the VMID, for the ASID or global, whose page covers {@code va},
     * and every page-walk-cache entry of the VMID and ASID. Not the nested TLB.
     */
    public void flushAddress(int vmid, int asid, long va) {
        l1.flushAddress(vmid, asid, va);
        if (l2 != null) l2.flushAddress(vmid, asid, va);
        if (pwc != null) pwc.flushAsid(vmid, asid);
        for (MmuObserver o : observers) o.flushed(FlushKind.ADDRESS, vmid, asid, va);
    }

    // ------------------------------------------------------------------ inspection

    /** The memory references of the last translation, in order. */
    public References references() { return refs; }

    public MmuStats stats() { return stats; }

    public MmuConfig config() { return config; }

    public PhysicalMemory memory() { return memory; }

    public TimingModel timing() { return timing; }

    public Tlb l1Tlb() { return l1; }

    /** Null when the config has none. */
    public Tlb l2Tlb() { return l2; }

    /** Null when the config has none. */
    public PageWalkCache walkCache() { return pwc; }

    /** Null when the config has none. */
    public NestedTlb nestedTlb() { return ntlb; }

    /** The walker of native and shadow mode, for its fault details (level) after a walk. */
    public NativeTranslator oneStageWalker() { return oneStage; }

    /** The walker of nested mode, for its fault details after a walk. */
    public NestedTranslator twoStageWalker() { return twoStage; }
}
