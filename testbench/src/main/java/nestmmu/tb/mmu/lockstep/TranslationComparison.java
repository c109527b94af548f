package nestmmu.tb.mmu.lockstep;

import java.util.List;

import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.Paging;
import nestmmu.arch.PfErrorCode;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.MemoryAccess;
import nestmmu.tb.mmu.PinCodes;
import nestmmu.tb.mmu.RtlResponse;
import nestmmu.tb.mmu.RtlTranslation;

/**
 * Finds the first event in which the RTL's translation differs from the model's, in the order
 * they happen: a hang, a breach of the memory-port contract, each memory reference in turn
 * (read or write, address, value), then the response — fault kind, and for a success the address,
 * page size and permissions; for a #PF the error code and VA; for a #NPF EXITINFO1's error code and
 * bits 32/33 and EXITINFO2 — then what answered it (L1, L2, walk), then, with a fixed-latency
 * memory, the cycle count.
 */
final class TranslationComparison {
    private TranslationComparison() {}

    /** A one-line description of the first difference, or null when they agree. */
    static String firstDifference(TranslationResult model, References refs, RtlTranslation rtl, boolean compareCycles) {
        if (!rtl.violations().isEmpty()) return "memory port: " + rtl.violations().get(0);
        String ref = firstReferenceDifference(refs, rtl.accesses(), rtl.timedOut());
        if (ref != null) return ref;
        if (rtl.timedOut()) return "no response within " + rtl.waitedCycles() + " cycles (model: " + describe(model) + ")";
        RtlResponse r = rtl.response();
        String field = firstFieldDifference(model, r);
        if (field != null) return field + " (model: " + describe(model) + "; rtl: " + r + ")";
        if (compareCycles && r.cycles() != model.cycles()) {
            return "cycles: model " + model.cycles() + ", rtl " + r.cycles() + " (" + refs.size() + " references)";
        }
        return null;
    }

    private static String firstReferenceDifference(References refs, List<MemoryAccess> rtl, boolean timedOut) {
        int n = Math.max(refs.size(), rtl.size());
        for (int i = 0; i < n; i++) {
            if (i >= rtl.size()) {
                if (timedOut) return null; // the hang is the story
                return "reference #" + (i + 1) + ": model " + describe(refs, i) + ", rtl made none (" + rtl.size() + " in all, model "
                        + refs.size() + ")";
            }
            MemoryAccess a = rtl.get(i);
            if (i >= refs.size()) {
                return "reference #" + (i + 1) + ": rtl " + a + ", model made none (" + refs.size() + " in all)";
            }
            if (a.write() != refs.isWrite(i) || a.address() != refs.address(i) || a.value() != refs.value(i)) {
                return "reference #" + (i + 1) + ": model " + describe(refs, i) + ", rtl " + a;
            }
        }
        return null;
    }

    private static String firstFieldDifference(TranslationResult m, RtlResponse r) {
        long fault = PinCodes.fault(m.fault());
        if (r.fault() != fault) return "fault: model " + m.fault().label() + ", rtl " + PinCodes.faultName(r.fault());
        if (m.fault() == FaultKind.NONE) {
            if (r.pa() != m.hpa()) return "address: model 0x" + Long.toHexString(m.hpa()) + ", rtl 0x" + Long.toHexString(r.pa());
            long size = PinCodes.pageSize(m.pageSize());
            if (r.pageSize() != size) {
                return "page size: model " + m.pageSize().label() + ", rtl " + PinCodes.pageSizeName(r.pageSize());
            }
            if (r.perms() != m.perms()) {
                return "permissions: model " + PinCodes.permsText(m.perms()) + ", rtl " + PinCodes.permsText(r.perms());
            }
            if (r.dirty() != m.dirty()) return "dirty: model " + m.dirty() + ", rtl " + r.dirty();
            if (r.global() != m.global()) return "global: model " + m.global() + ", rtl " + r.global();
        } else if (m.fault() == FaultKind.PAGE_FAULT) {
            if (r.errorCode() != m.errorCode()) {
                return "#PF error code: model " + PfErrorCode.describe(m.errorCode()) + ", rtl " + PfErrorCode.describe(r.errorCode());
            }
            long va = m.faultVa() & Paging.VA_MASK;
            if (r.faultAddress() != va) {
                return "#PF address: model 0x" + Long.toHexString(va) + ", rtl 0x" + Long.toHexString(r.faultAddress());
            }
        } else {
            long code = m.exitInfo1() & NpfExitInfo.ERROR_CODE_MASK;
            if (r.errorCode() != code) {
                return "EXITINFO1[4:0]: model " + PfErrorCode.describe(code) + ", rtl " + PfErrorCode.describe(r.errorCode());
            }
            boolean fin = (m.exitInfo1() & NpfExitInfo.FINAL_GPA) != 0;
            boolean table = (m.exitInfo1() & NpfExitInfo.GUEST_TABLE) != 0;
            if (r.npfFinal() != fin) return "EXITINFO1 bit 32 (final address): model " + fin + ", rtl " + r.npfFinal();
            if (r.npfTable() != table) return "EXITINFO1 bit 33 (guest table): model " + table + ", rtl " + r.npfTable();
            if (r.faultAddress() != m.exitInfo2()) {
                return "EXITINFO2: model 0x" + Long.toHexString(m.exitInfo2()) + ", rtl 0x" + Long.toHexString(r.faultAddress());
            }
        }
        long source = PinCodes.source(m.source());
        if (r.source() != source) return "source: model " + m.source().label() + ", rtl " + PinCodes.sourceName(r.source());
        return null;
    }

    static String describe(References refs, int i) {
        return (refs.isWrite(i) ? "W " : "R ") + References.dimensionName(refs.dimension(i)) + " L" + refs.level(i)
                + " 0x" + Long.toHexString(refs.address(i)) + " = 0x" + Long.toHexString(refs.value(i));
    }

    static String describe(TranslationResult m) {
        String how = m.source().label() + ", " + m.cycles() + " cycles";
        switch (m.fault()) {
            case NONE:
                return "ok pa 0x" + Long.toHexString(m.hpa()) + " " + m.pageSize().label() + " " + PinCodes.permsText(m.perms())
                        + (m.dirty() ? " dirty" : "") + (m.global() ? " global" : "") + ", " + how;
            case PAGE_FAULT:
                return "#PF " + PfErrorCode.describe(m.errorCode()) + " at 0x" + Long.toHexString(m.faultVa()) + ", " + how;
            default:
                return "#NPF EXITINFO1 0x" + Long.toHexString(m.exitInfo1()) + " EXITINFO2 0x" + Long.toHexString(m.exitInfo2()) + ", " + how;
        }
    }
}
