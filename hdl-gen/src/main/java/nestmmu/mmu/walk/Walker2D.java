package nestmmu.mmu.walk;

import static nestmmu.hdl.Hw.FALSE;
import static nestmmu.hdl.Hw.TRUE;
import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.muxCase;
import static nestmmu.hdl.Hw.muxLookup;
import static nestmmu.hdl.Hw.zeros;
import static nestmmu.mmu.walk.WalkState.G_ENTRY;
import static nestmmu.mmu.walk.WalkState.G_READ;
import static nestmmu.mmu.walk.WalkState.G_WRITE;
import static nestmmu.mmu.walk.WalkState.G_WXLATE;
import static nestmmu.mmu.walk.WalkState.H_READ;
import static nestmmu.mmu.walk.WalkState.H_WRITE;
import static nestmmu.mmu.walk.WalkState.IDLE;
import static nestmmu.mmu.walk.WalkState.WAIT_G_READ;
import static nestmmu.mmu.walk.WalkState.WAIT_G_WRITE;
import static nestmmu.mmu.walk.WalkState.WAIT_H_READ;
import static nestmmu.mmu.walk.WalkState.WAIT_H_WRITE;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

import nestmmu.arch.Paging;
import nestmmu.arch.Pte;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Case;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.Encodings;
import nestmmu.mmu.Encodings.Fault;
import nestmmu.mmu.Encodings.Source;
import nestmmu.mmu.MemoryPort;
import nestmmu.mmu.TranslationResult;

/**
 * The page walker: the native walk (native and shadow mode) and the two-dimensional nested walk
 * as one FSM over one walk step ({@link PteDecode}), exactly as sim/README.md "Model semantics"
 * orders the references — guest entry reads through the nested TLB or a host walk of their
 * address, A/D write-backs (guest ones after a nested write translation), the final host walk,
 * page-walk-cache start and fills, #PF and #NPF.
 *
 * <p>Timing: the walk starts the cycle after {@code start_i}; each memory reference takes one
 * issuing cycle plus the memory's latency, and the response that ends the walk raises
 * {@code done_o} with {@code result_*_o} combinationally, so the MMU registers the answer on that
 * edge. Nested-TLB lookups are combinational in the issuing cycle and cost nothing.
 *
 * <p>Bound: every step either moves a dimension down a level or writes an entry it just read, so
 * a walk makes at most 4 guest steps × (a host walk of ≤ 8 references for the read, one for the
 * guest read, a host walk of ≤ 8 for the write translation, one for the write) plus a final host
 * walk of ≤ 8: never more than 80 references.
 */
public final class Walker2D extends Module {
    /** An upper bound on the references of one walk, for the formal bound. */
    public static final int MAX_REFERENCES = Paging.LEVELS * (2 * 2 * Paging.LEVELS + 2) + 2 * Paging.LEVELS;

    public final Bool start;
    public final WalkContext ctx;
    /** Null when the config has no page-walk cache. */
    public final PwcLink pwc;
    /** Null when the config has no nested TLB. */
    public final NtlbLink ntlb;
    public final MemoryPort mem;
    public final Bool busy;
    public final Bool done;
    public final TranslationResult result;

    public Walker2D(String name, MmuConfig c) {
        super(name);
        int pa = c.physAddrBits();
        start = input("start", bool());
        ctx = input("ctx", WalkContext.type(c));
        pwc = c.pwc().enabled() ? output("pwc", PwcLink.type(c)) : null;
        ntlb = c.nestedTlb().enabled() ? output("ntlb", NtlbLink.type(c)) : null;
        mem = output("mem", MemoryPort.type(c));
        busy = output("busy", bool());
        done = output("done", bool());
        result = output("result", TranslationResult.type(c));

        UInt state = regInit("state", lit(IDLE.code(), WalkState.BITS));
        Map<WalkState, Bool> in = new EnumMap<>(WalkState.class);
        for (WalkState s : WalkState.values()) in.put(s, node(s.wire(), state.eq(s.code())));

        // The VA dimension ("guest"): level, table (guest-physical when nested), permissions so
        // far, the entry in progress (after its write-back once written), and its host address.
        UInt gLevel = regInit("g_level", lit(0, Encodings.LEVEL_BITS));
        UInt gTable = regInit("g_table", lit(0, pa));
        UInt gPerm = regInit("g_perm", lit(0, Encodings.PERM_BITS));
        UInt gPte = regInit("g_pte", lit(0, 64));
        UInt gHaddr = regInit("g_haddr", lit(0, pa));
        Bool gLeaf = regInit("g_leaf", FALSE);
        // The nested dimension ("host"): the same, plus the guest-physical address it translates and why.
        UInt hLevel = regInit("h_level", lit(0, Encodings.LEVEL_BITS));
        UInt hTable = regInit("h_table", lit(0, pa));
        UInt hPerm = regInit("h_perm", lit(0, Encodings.PERM_BITS));
        UInt hPte = regInit("h_pte", lit(0, 64));
        UInt hHaddr = regInit("h_haddr", lit(0, pa));
        Bool hLeaf = regInit("h_leaf", FALSE);
        UInt hGpa = regInit("h_gpa", lit(0, pa));
        UInt hPurpose = regInit("h_purpose", lit(0, HostPurpose.BITS));

        Bool nested = ctx.nested;
        Bool isWrite = node("access_write", ctx.access.eq(Encodings.WRITE));
        UInt hAccess = node("h_access", muxLookup(hPurpose, ctx.access, Map.of(
                HostPurpose.TABLE_READ.code(), lit(Encodings.READ, Encodings.ACCESS_BITS),
                HostPurpose.TABLE_WRITE.code(), lit(Encodings.WRITE, Encodings.ACCESS_BITS))));
        Bool hFinal = node("h_final", hPurpose.eq(HostPurpose.FINAL.code()));

        // ---- addresses of the next reference
        UInt gEntry = node("g_entry", PteFields.entryAddress(gTable, ctx.va, gLevel));
        UInt hEntry = node("h_entry", PteFields.entryAddress(hTable, hGpa, hLevel));
        UInt hostL4 = node("host_l4", PteFields.entryAddress(ctx.nroot, gEntry, lit(Encodings.levelCode(Paging.LEVELS), Encodings.LEVEL_BITS)));
        UInt gEntryOffset = gEntry.bits(Paging.PAGE_SHIFT - 1, 0);
        Bool ntlbRead;
        Bool ntlbWrite;
        UInt ntlbAddr;
        if (ntlb != null) {
            ntlb.gpage.set(gEntry.bits(pa - 1, Paging.PAGE_SHIFT));
            ntlb.hitPerm.unused();   // guest tables are never executed: X does not matter
            Bool user = ntlb.hitPerm.bit(Encodings.PERM_U);
            ntlbRead = node("ntlb_read_ok", nested.and(ntlb.hit).and(user));
            ntlbWrite = node("ntlb_write_ok", nested.and(ntlb.hit).and(user)
                    .and(ntlb.hitPerm.bit(Encodings.PERM_W)).and(ntlb.hitDirty));
            ntlbAddr = node("ntlb_addr", cat(ntlb.hitHpage, gEntryOffset));
        } else {
            ntlbRead = FALSE;
            ntlbWrite = FALSE;
            ntlbAddr = gEntry;
        }
        // Native walks read the entry where it is; nested ones need its host address first.
        Bool gEntryDirect = node("g_entry_direct", nested.not().or(ntlbRead));
        UInt gEntryHost = mux(nested, ntlbAddr, gEntry);
        UInt gWriteValue = node("g_write_value", gPte.or(lit(Pte.A_BIT, 64))
                .or(mux(gLeaf.and(isWrite), lit(Pte.D_BIT, 64), lit(0, 64))));
        UInt hWriteValue = node("h_write_value", hPte.or(lit(Pte.A_BIT, 64))
                .or(mux(hLeaf.and(hAccess.eq(Encodings.WRITE)), lit(Pte.D_BIT, 64), lit(0, 64))));

        // ---- the memory request: one per issuing state
        Bool issuing = node("issuing", in.get(G_ENTRY).or(in.get(G_WXLATE)).or(in.get(G_READ))
                .or(in.get(G_WRITE)).or(in.get(H_READ)).or(in.get(H_WRITE)));
        mem.reqValid.set(issuing);
        mem.reqAddr.set(muxCase(hHaddr,
                Case.of(in.get(G_ENTRY), mux(gEntryDirect, gEntryHost, hostL4)),
                Case.of(in.get(G_WXLATE), mux(ntlbWrite, ntlbAddr, hostL4)),
                Case.of(in.get(G_READ).or(in.get(G_WRITE)), gHaddr),
                Case.of(in.get(H_READ), hEntry)));
        mem.reqWrite.set(in.get(G_WRITE).or(in.get(H_WRITE)).or(in.get(G_WXLATE).and(ntlbWrite)));
        mem.reqWdata.set(mux(in.get(H_WRITE), hWriteValue, gWriteValue));
        Bool fire = node("fire", mem.reqFire());
        Bool response = node("response", mem.rspValid);

        // ---- one walk step: the entry that just arrived, in its dimension's context
        PteDecode step = instance("step", () -> new PteDecode("mmu_pte_decode", pa));
        Bool hostStep = in.get(WAIT_H_READ);
        step.pte.set(mem.rspRdata);
        step.level.set(mux(hostStep, hLevel, gLevel));
        step.permIn.set(mux(hostStep, hPerm, gPerm));
        step.access.set(mux(hostStep, hAccess, ctx.access));
        step.user.set(mux(hostStep, TRUE, ctx.user));

        // The entry a dimension finishes with: just read, or as written back.
        UInt gCurPte = node("g_cur_pte", mux(in.get(WAIT_G_READ), mem.rspRdata, gPte));
        UInt gCurPerm = node("g_cur_perm", mux(in.get(WAIT_G_READ), step.permOut, gPerm));
        UInt hCurPte = node("h_cur_pte", mux(in.get(WAIT_H_READ), mem.rspRdata, hPte));
        UInt hCurPerm = node("h_cur_perm", mux(in.get(WAIT_H_READ), step.permOut, hPerm));
        gCurPte.unused();   // only the address, D and G of the entry matter from here
        hCurPte.unused();
        UInt hpa = node("hpa", PteFields.leafAddress(hCurPte, hLevel, hGpa, pa));

        // ---- results (combinational; valid with done_o)
        TranslationResult res = wire("res", TranslationResult.type(c));
        res.set(zeros(TranslationResult.type(c)));
        res.source.set(Source.WALK.code());
        Bool finish = wire("finish", bool());
        finish.set(FALSE);
        done.set(finish);
        result.set(res);
        busy.set(in.get(IDLE).not());

        // Fills are registered and happen the cycle after the walk moved on: short paths, and
        // the caches change only between lookups.
        Bool pwcFillNext = pwc != null ? wire("pwc_fill_next", bool()) : null;
        Bool ntlbFillNext = ntlb != null ? wire("ntlb_fill_next", bool()) : null;
        if (pwc != null) {
            pwcFillNext.set(FALSE);
            pwc.fillValid.set(regNext("pwc_fill_valid", pwcFillNext, FALSE));
            pwc.fillLevel.set(regEnable("pwc_fill_level", gLevel, pwcFillNext));
            pwc.fillTable.set(regEnable("pwc_fill_table", PteFields.page(gCurPte, pa), pwcFillNext));
            pwc.fillPerm.set(regEnable("pwc_fill_perm", gCurPerm, pwcFillNext));
        }
        if (ntlb != null) {
            ntlbFillNext.set(FALSE);
            ntlb.fillValid.set(regNext("ntlb_fill_valid", ntlbFillNext, FALSE));
            ntlb.fillHpage.set(regEnable("ntlb_fill_hpage", hpa.bits(pa - 1, Paging.PAGE_SHIFT), ntlbFillNext));
            ntlb.fillPerm.set(regEnable("ntlb_fill_perm", hCurPerm, ntlbFillNext));
            ntlb.fillDirty.set(regEnable("ntlb_fill_dirty", hCurPte.bit(Pte.D), ntlbFillNext));
        }

        Runnable pageFault = () -> {
            finish.set(TRUE);
            res.fault.set(Fault.PAGE_FAULT.code());
            res.errorCode.set(step.errorCode);
            res.faultAddr.set(ctx.va);
            state.set(IDLE.code());
        };
        Runnable nestedPageFault = () -> {
            finish.set(TRUE);
            res.fault.set(Fault.NESTED_PAGE_FAULT.code());
            res.errorCode.set(step.errorCode);
            res.npfFinal.set(hFinal);
            res.npfTable.set(hFinal.not());
            res.faultAddr.set(hGpa);
            state.set(IDLE.code());
        };
        // A host walk starts: its first entry is read at once (G_ENTRY, G_WXLATE) or next cycle (H_READ).
        BiConsumer<HostPurpose, UInt> startHost = (purpose, gpa) -> {
            hPurpose.set(purpose.code());
            hGpa.set(gpa);
            hLevel.set(Encodings.levelCode(Paging.LEVELS));
            hTable.set(ctx.nroot);
            hPerm.set(Encodings.PERM_ALL);
        };
        // The guest dimension moves past a non-leaf entry (read, and written back if it had to be).
        Runnable advanceGuest = () -> {
            UInt next = PteFields.page(gCurPte, pa);
            gTable.set(cat(next, lit(0, Paging.PAGE_SHIFT)));
            gLevel.set(gLevel.sub(1));
            gPerm.set(gCurPerm);
            if (pwcFillNext != null) pwcFillNext.set(TRUE);
            state.set(G_ENTRY.code());
        };
        // The guest leaf allows the access and carries its A/D bits: native is done, nested
        // translates the final guest-physical address.
        Runnable guestLeafDone = () -> {
            UInt leafAddr = PteFields.leafAddress(gCurPte, gLevel, ctx.va, pa);
            when(nested, () -> {
                startHost.accept(HostPurpose.FINAL, leafAddr);
                state.set(H_READ.code());
            }).otherwise(() -> {
                finish.set(TRUE);
                res.pa.set(leafAddr);
                res.pageSize.set(gLevel);
                res.perm.set(gCurPerm);
                res.dirty.set(gCurPte.bit(Pte.D));
                res.global.set(gCurPte.bit(Pte.G));
                state.set(IDLE.code());
            });
        };
        Runnable advanceHost = () -> {
            hTable.set(PteFields.nextTable(hCurPte, pa));
            hLevel.set(hLevel.sub(1));
            state.set(H_READ.code());
        };
        // The host leaf gave the host address of the guest-physical address being translated.
        Runnable hostDone = () -> {
            when(hFinal, () -> {
                finish.set(TRUE);
                res.pa.set(hpa);
                res.pageSize.set(mux(gLevel.lt(hLevel), gLevel, hLevel));
                res.perm.set(gPerm.and(hCurPerm));
                res.dirty.set(gPte.bit(Pte.D).and(hCurPte.bit(Pte.D)));
                res.global.set(gPte.bit(Pte.G));
                state.set(IDLE.code());
            }).otherwise(() -> {
                gHaddr.set(hpa);
                if (ntlbFillNext != null) ntlbFillNext.set(TRUE);
                state.set(mux(hPurpose.eq(HostPurpose.TABLE_READ.code()), lit(G_READ.code(), WalkState.BITS),
                        lit(G_WRITE.code(), WalkState.BITS)));
            });
        };

        // ---- start: below the page-walk cache's deepest hit, or at the root with every permission
        Runnable startAtRoot = () -> {
            gLevel.set(Encodings.levelCode(Paging.LEVELS));
            gTable.set(ctx.root);
            gPerm.set(Encodings.PERM_ALL);
        };
        when(in.get(IDLE).and(start), () -> {
            if (pwc != null) {
                when(pwc.hit, () -> {
                    gLevel.set(pwc.hitLevel.sub(1));
                    gTable.set(cat(pwc.hitTable, lit(0, Paging.PAGE_SHIFT)));
                    gPerm.set(pwc.hitPerm);
                }).otherwise(startAtRoot);
            } else {
                startAtRoot.run();
            }
            state.set(G_ENTRY.code());
        });

        // ---- issuing states: the request was accepted
        when(fire, () -> {
            when(in.get(G_ENTRY), () -> when(gEntryDirect, () -> {
                gHaddr.set(gEntryHost);
                state.set(WAIT_G_READ.code());
            }).otherwise(() -> {
                startHost.accept(HostPurpose.TABLE_READ, gEntry);
                hHaddr.set(hostL4);
                state.set(WAIT_H_READ.code());
            }));
            when(in.get(G_WXLATE), () -> when(ntlbWrite, () -> {
                gHaddr.set(ntlbAddr);
                gPte.set(gWriteValue);
                state.set(WAIT_G_WRITE.code());
            }).otherwise(() -> {
                startHost.accept(HostPurpose.TABLE_WRITE, gEntry);
                hHaddr.set(hostL4);
                state.set(WAIT_H_READ.code());
            }));
            when(in.get(G_READ), () -> state.set(WAIT_G_READ.code()));
            when(in.get(G_WRITE), () -> {
                gPte.set(gWriteValue);
                state.set(WAIT_G_WRITE.code());
            });
            when(in.get(H_READ), () -> {
                hHaddr.set(hEntry);
                state.set(WAIT_H_READ.code());
            });
            when(in.get(H_WRITE), () -> {
                hPte.set(hWriteValue);
                state.set(WAIT_H_WRITE.code());
            });
        });

        // ---- wait states: the response arrived
        UInt gWriteState = mux(nested, lit(G_WXLATE.code(), WalkState.BITS), lit(G_WRITE.code(), WalkState.BITS));
        when(response, () -> {
            when(in.get(WAIT_G_READ), () -> {
                gPte.set(mem.rspRdata);
                gPerm.set(step.permOut);
                gLeaf.set(step.leaf);
                when(step.fault, pageFault)
                        .elseWhen(step.needWrite, () -> state.set(gWriteState))
                        .elseWhen(step.leaf.not(), advanceGuest)
                        .otherwise(guestLeafDone);
            });
            when(in.get(WAIT_G_WRITE), () -> when(gLeaf, guestLeafDone).otherwise(advanceGuest));
            when(in.get(WAIT_H_READ), () -> {
                hPte.set(mem.rspRdata);
                hPerm.set(step.permOut);
                hLeaf.set(step.leaf);
                when(step.fault, nestedPageFault)
                        .elseWhen(step.needWrite, () -> state.set(H_WRITE.code()))
                        .elseWhen(step.leaf.not(), advanceHost)
                        .otherwise(hostDone);
            });
            when(in.get(WAIT_H_WRITE), () -> when(hLeaf, hostDone).otherwise(advanceHost));
        });

        if (ntlb != null) {
            Bool translating = nested.and(in.get(G_ENTRY).or(in.get(G_WXLATE)));
            ntlb.lookup.set(fire.and(translating));
            ntlb.touch.set(fire.and(in.get(G_ENTRY).and(ntlbRead).or(in.get(G_WXLATE).and(ntlbWrite))));
        }
    }
}
