package nestmmu.mmu;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.TRUE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.zeros;
import static nestmmu.mmu.TopState.FLUSH;
import static nestmmu.mmu.TopState.IDLE;
import static nestmmu.mmu.TopState.L2_LOOKUP;
import static nestmmu.mmu.TopState.LOOKUP;
import static nestmmu.mmu.TopState.WALK;

import java.util.EnumMap;
import java.util.Map;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings.Fault;
import nestmmu.mmu.Encodings.Source;
import nestmmu.mmu.cache.FlushCommand;
import nestmmu.mmu.cache.NestedTlb;
import nestmmu.mmu.cache.PageWalkCache;
import nestmmu.mmu.cache.PwcEntry;
import nestmmu.mmu.perf.PerfCounterValues;
import nestmmu.mmu.perf.PerfCounters;
import nestmmu.mmu.perf.PerfEvent;
import nestmmu.mmu.tlb.SetAssocTlb;
import nestmmu.mmu.tlb.TlbArray;
import nestmmu.mmu.tlb.TlbLevel;
import nestmmu.mmu.tlb.TlbMatch;
import nestmmu.mmu.walk.WalkContext;
import nestmmu.mmu.walk.Walker2D;

/**
 * The MMU of one {@link MmuConfig}: L1 TLB, optional L2 TLB, page-walk cache and nested TLB,
 * the two-dimensional walker, performance counters — behind the port contract of
 * hdl-gen/README.md "MmuTop ports". Each request carries its whole context (mode, VMID, ASID,
 * roots); the MMU keeps no per-VM state, translates one request at a time, and behaves exactly
 * like the golden model's {@code MmuModel.translate}, cycle counts included
 * (sim/README.md "Timing").
 *
 * <p>A request accepted on edge t is looked up in the L1 TLB in cycle t..t+1; a hit that serves
 * is registered as the response on edge t+1 (c = 1). A miss goes to the L2 TLB (one more cycle)
 * or straight to the walker, which issues its first reference in the next cycle. A response
 * that has not been taken holds the next translation in its lookup cycle.
 */
public final class MmuTop extends Module {
    public static final String NAME = "mmu_top";
    /** Width of every performance counter. */
    public static final int PERF_BITS = 48;
    /** Width of a translation's cycle count, added to the walk-cycle counter when it ends. */
    static final int CYCLE_COUNT_BITS = 32;

    public final TranslationRequest req;
    public final TranslationResult rsp;
    public final FlushControl ctl;
    public final MemoryPort mem;
    public final PerfCounterValues perf;

    public MmuTop(MmuConfig c) {
        super(NAME);
        req = input("req", TranslationRequest.type(c));
        rsp = output("rsp", TranslationResult.port(c));
        ctl = input("ctl", FlushControl.type(c));
        mem = output("mem", MemoryPort.type(c));
        perf = output("perf", PerfCounterValues.counters(PERF_BITS));

        UInt state = regInit("state", lit(IDLE.code(), TopState.BITS));
        Map<TopState, Bool> in = new EnumMap<>(TopState.class);
        for (TopState s : TopState.values()) in.put(s, node(s.wire(), state.eq(s.code())));

        // ---- the request in flight, held until the next one is accepted
        WalkContext ctx = reg("ctx", WalkContext.type(c));
        UInt vmid = reg("vmid", uint(c.vmidBits()));
        UInt asid = reg("asid", uint(c.asidBits()));
        FlushCommand flushCmd = reg("flush_cmd", FlushCommand.type(c));
        UInt cycles = regInit("cycles", lit(0, CYCLE_COUNT_BITS));
        Bool rspValid = regInit("rsp_valid", FALSE);
        TranslationResult rspData = reg("rsp", TranslationResult.type(c));

        // ---- caches
        TlbLevel l1 = instance("l1_tlb", () -> new TlbArray("mmu_l1_tlb", c, c.l1Tlb()));
        TlbLevel l2 = !c.l2Tlb().enabled() ? null
                : c.l2Tlb().fullyAssociative() ? instance("l2_tlb", () -> new TlbArray("mmu_l2_tlb", c, c.l2Tlb()))
                : instance("l2_tlb", () -> new SetAssocTlb("mmu_l2_tlb", c, c.l2Tlb()));
        PageWalkCache pwc = c.pwc().enabled() ? instance("pwc", () -> new PageWalkCache("mmu_pwc", c, c.pwc())) : null;
        NestedTlb ntlb = c.nestedTlb().enabled() ? instance("ntlb", () -> new NestedTlb("mmu_ntlb", c, c.nestedTlb())) : null;
        Walker2D walker = instance("walker", () -> new Walker2D("mmu_walker", c));
        PerfCounters counters = instance("counters", () -> new PerfCounters("mmu_perf_counters", PERF_BITS, CYCLE_COUNT_BITS));

        // An L2 that sweeps (after reset, after a flush) blocks new work until it is done.
        Bool sweeping = node("tlb_sweeping", l2 != null && l2.busy() != null ? l2.busy() : FALSE);
        Bool idle = in.get(IDLE);
        // A flush and a request offered together: the flush goes first.
        ctl.ready.set(idle.and(sweeping.not()));
        req.ready.set(idle.and(sweeping.not()).and(ctl.valid.not()));
        when(req.fire(), () -> {
            ctx.va.set(req.va);
            ctx.access.set(req.access);
            ctx.user.set(req.user);
            ctx.nested.set(req.mode.eq(Encodings.NESTED));
            ctx.root.set(req.root);
            ctx.nroot.set(req.nroot);
            vmid.set(req.vmid);
            asid.set(req.asid);
            cycles.set(0);
            state.set(LOOKUP.code());
        });
        when(ctl.fire(), () -> {
            flushCmd.valid.set(TRUE);
            flushCmd.op.set(ctl.op);
            flushCmd.vmid.set(ctl.vmid);
            flushCmd.asid.set(ctl.asid);
            flushCmd.vpn.set(ctl.va.bits(Paging.VA_BITS - 1, Paging.PAGE_SHIFT));
            state.set(FLUSH.code());
        });
        flushCmd.valid.unused();
        ctl.va.unused();   // an address flush names a page: bits 11:0 do not matter
        when(in.get(FLUSH), () -> state.set(IDLE.code()));
        UInt vpn = node("vpn", ctx.va.bits(Paging.VA_BITS - 1, Paging.PAGE_SHIFT));

        // ---- L1 lookup; a response not yet taken holds the lookup (nothing may overwrite it)
        Bool rspFree = node("rsp_free", rspValid.not().or(rsp.ready));
        Bool lookup = node("lookup", in.get(LOOKUP).and(rspFree));
        connectKey(l1, vmid, asid, vpn);
        Bool l1Serves = node("l1_serves", l1.hit().and(serves(l1, ctx)));
        Bool l1Answers = node("l1_answers", lookup.and(l1Serves));
        l1.touch().set(l1Answers);
        Bool l2Answers = FALSE;
        Bool walkStart;
        if (l2 != null) {
            connectKey(l2, vmid, asid, vpn);
            if (l2.read() != null) l2.read().set(in.get(LOOKUP));
            Bool l2Serves = node("l2_serves", l2.hit().and(serves(l2, ctx)));
            l2Answers = node("l2_answers", in.get(L2_LOOKUP).and(l2Serves));
            l2.touch().set(l2Answers);
            walkStart = node("walk_start", in.get(L2_LOOKUP).and(l2Serves.not()));
            when(lookup.and(l1Serves.not()), () -> state.set(L2_LOOKUP.code()));
        } else {
            walkStart = node("walk_start", lookup.and(l1Serves.not()));
        }
        Bool walkDone = node("walk_done", in.get(WALK).and(walker.done));
        when(walkStart, () -> state.set(WALK.code()));
        when(l1Answers.or(l2Answers).or(walkDone), () -> state.set(IDLE.code()));

        // ---- walker and walk caches
        walker.start.set(walkStart);
        walker.ctx.set(ctx);
        mem.connect(walker.mem);
        if (pwc != null) {
            pwc.keyVmid.set(vmid);
            pwc.keyAsid.set(asid);
            pwc.keyPrefix.set(ctx.va.bits(Paging.VA_BITS - 1, Paging.VA_BITS - PwcEntry.PREFIX_BITS));
            pwc.use.set(walkStart);
            walker.pwc.hit.set(pwc.hit);
            walker.pwc.hitLevel.set(pwc.hitLevel);
            walker.pwc.hitTable.set(pwc.hitTable);
            walker.pwc.hitPerm.set(pwc.hitPerm);
            pwc.fillValid.set(walker.pwc.fillValid);
            pwc.fillLevel.set(walker.pwc.fillLevel);
            pwc.fillTable.set(walker.pwc.fillTable);
            pwc.fillPerm.set(walker.pwc.fillPerm);
            pwc.fillSlot.unused();
        }
        if (ntlb != null) {
            ntlb.keyVmid.set(vmid);
            ntlb.keyGpage.set(walker.ntlb.gpage);
            walker.ntlb.hit.set(ntlb.hit);
            walker.ntlb.hitHpage.set(ntlb.hitHpage);
            walker.ntlb.hitPerm.set(ntlb.hitPerm);
            walker.ntlb.hitDirty.set(ntlb.hitDirty);
            ntlb.touch.set(walker.ntlb.touch);
            ntlb.fillValid.set(walker.ntlb.fillValid);
            ntlb.fillHpage.set(walker.ntlb.fillHpage);
            ntlb.fillPerm.set(walker.ntlb.fillPerm);
            ntlb.fillDirty.set(walker.ntlb.fillDirty);
            ntlb.fillSlot.unused();
        }

        // ---- the response
        TranslationResult fromL1 = hitResult("l1_result", l1, ctx, Source.L1_TLB, c);
        TranslationResult fromL2 = l2 != null ? hitResult("l2_result", l2, ctx, Source.L2_TLB, c) : null;
        when(rsp.valid.and(rsp.ready), () -> rspValid.set(FALSE));
        when(l1Answers, () -> {
            rspValid.set(TRUE);
            rspData.set(fromL1);
        });
        if (fromL2 != null) {
            Bool fromL2Now = l2Answers;
            when(fromL2Now, () -> {
                rspValid.set(TRUE);
                rspData.set(fromL2);
            });
        }
        when(walkDone, () -> {
            rspValid.set(TRUE);
            rspData.set(walker.result);
        });
        rsp.valid.set(rspValid);
        rsp.setResult(rspData);

        // ---- TLB fills, the cycle after the answer, from the response register: the L1 after an
        // L2 hit or a successful walk, the L2 after a successful walk
        Bool walkOk = node("walk_ok", walkDone.and(walker.result.fault.eq(Fault.NONE.code())));
        Bool fillL1 = regNext("fill_l1", walkOk.or(l2Answers), FALSE);
        fillFrom(l1, fillL1, rspData, c);
        if (l2 != null) fillFrom(l2, regNext("fill_l2", walkOk, FALSE), rspData, c);

        // ---- flushes reach every cache in the FLUSH cycle
        FlushCommand flushNow = wire("flush_now", FlushCommand.type(c));
        flushNow.set(flushCmd);
        flushNow.valid.set(in.get(FLUSH));
        l1.flush().set(flushNow);
        if (l2 != null) l2.flush().set(flushNow);
        if (pwc != null) pwc.flush.set(flushNow);
        if (ntlb != null) ntlb.flush.set(flushNow);
        l1.outputsForTestsUnused();
        if (l2 != null) l2.outputsForTestsUnused();

        // ---- performance counters
        Bool busy = node("busy", in.get(LOOKUP).or(in.get(L2_LOOKUP)).or(in.get(WALK)));
        when(busy, () -> cycles.set(cycles.add(1)));
        PerfCounterValues add = counters.add;
        Bool answered = node("answered", l1Answers.or(l2Answers).or(walkDone));
        add.get(PerfEvent.TRANSLATIONS).set(answered);
        add.get(PerfEvent.L1_HITS).set(l1Answers);
        add.get(PerfEvent.L2_HITS).set(l2Answers);
        add.get(PerfEvent.WALKS).set(walkStart);
        Bool memFire = node("mem_fire", mem.reqFire());
        add.get(PerfEvent.WALK_READS).set(memFire.and(mem.reqWrite.not()));
        add.get(PerfEvent.WALK_WRITES).set(memFire.and(mem.reqWrite));
        add.get(PerfEvent.PAGE_FAULTS).set(walkDone.and(walker.result.fault.eq(Fault.PAGE_FAULT.code())));
        add.get(PerfEvent.NESTED_FAULTS).set(walkDone.and(walker.result.fault.eq(Fault.NESTED_PAGE_FAULT.code())));
        add.get(PerfEvent.CYCLES).set(busy);
        add.get(PerfEvent.WALK_CYCLES).set(mux(walkDone, cycles.add(1), lit(0, CYCLE_COUNT_BITS)));
        add.get(PerfEvent.PWC_HITS).set(pwc != null ? walkStart.and(pwc.hit) : FALSE);
        add.get(PerfEvent.NTLB_LOOKUPS).set(ntlb != null ? walker.ntlb.lookup : FALSE);
        add.get(PerfEvent.NTLB_HITS).set(ntlb != null ? walker.ntlb.touch : FALSE);
        perf.set(counters.count);
        walker.busy.unused();
    }

    private static void connectKey(TlbLevel tlb, UInt vmid, UInt asid, UInt vpn) {
        tlb.key().vmid.set(vmid);
        tlb.key().asid.set(asid);
        tlb.key().vpn.set(vpn);
    }

    private static Bool serves(TlbLevel tlb, WalkContext ctx) {
        return PermissionCheck.serves(tlb.entry().perm, tlb.entry().dirty, ctx.access, ctx.user);
    }

    private TranslationResult hitResult(String name, TlbLevel tlb, WalkContext ctx, Source source, MmuConfig c) {
        TranslationResult r = wire(name, TranslationResult.type(c));
        r.set(zeros(TranslationResult.type(c)));
        r.pa.set(TlbMatch.translate(tlb.entry(), ctx.va, tlb.splinters(), c));
        r.pageSize.set(tlb.entry().size);
        r.perm.set(tlb.entry().perm);
        r.source.set(source.code());
        r.dirty.set(tlb.entry().dirty);
        r.global.set(tlb.entry().global);
        return r;
    }

    private static void fillFrom(TlbLevel tlb, Bool valid, TranslationResult r, MmuConfig c) {
        tlb.fill().valid.set(valid);
        tlb.fill().global.set(r.global);
        tlb.fill().size.set(r.pageSize);
        tlb.fill().ppn.set(r.pa.bits(c.physAddrBits() - 1, Paging.PAGE_SHIFT));
        tlb.fill().perm.set(r.perm);
        tlb.fill().dirty.set(r.dirty);
    }
}
