package nestmmu.mmu;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.Paging;
import nestmmu.sim.translate.References;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.translate.PermissionBits;

/**
 * One translation as both sides can report it, normalised so that equal behaviour gives equal
 * records: the result fields that matter for its outcome, the cycle count and the memory references.
 */
record Observed(int fault, long pa, int pageSize, int perm, boolean dirty, boolean global, int errorCode,
                long faultAddr, boolean npfFinal, boolean npfTable, int source, long cycles, List<Ref> refs) {

    /** A memory reference: read or write, address, value read or written. */
    record Ref(boolean write, long address, long value) {
        @Override
        public String toString() {
            return (write ? "W " : "R ") + Long.toHexString(address) + " = " + Long.toHexString(value);
        }
    }

    static Observed ofModel(TranslationResult r, References refs) {
        List<Ref> list = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) list.add(new Ref(refs.isWrite(i), refs.address(i), refs.value(i)));
        int fault = r.fault().ordinal();
        if (r.ok()) {
            return new Observed(fault, r.hpa(), r.pageSize().ordinal(), r.perms(), r.dirty(), r.global(), 0, 0,
                    false, false, r.source().ordinal(), r.cycles(), list);
        }
        if (r.fault() == nestmmu.sim.translate.FaultKind.PAGE_FAULT) {
            return new Observed(fault, 0, 0, 0, false, false, r.errorCode(), r.faultVa() & Paging.VA_MASK,
                    false, false, r.source().ordinal(), r.cycles(), list);
        }
        long e1 = r.exitInfo1();
        return new Observed(fault, 0, 0, 0, false, false, (int) (e1 & NpfExitInfo.ERROR_CODE_MASK), r.exitInfo2(),
                (e1 & NpfExitInfo.FINAL_GPA) != 0, (e1 & NpfExitInfo.GUEST_TABLE) != 0, r.source().ordinal(), r.cycles(), list);
    }

    /** The RTL's answer, normalised the same way (a faulting translation's result fields are ignored). */
    static Observed ofRtl(int fault, long pa, int pageSize, int perm, boolean dirty, boolean global, int errorCode,
                          long faultAddr, boolean npfFinal, boolean npfTable, int source, long cycles, List<Ref> refs) {
        if (fault == 0) return new Observed(0, pa, pageSize, perm, dirty, global, 0, 0, false, false, source, cycles, refs);
        return new Observed(fault, 0, 0, 0, false, false, errorCode, faultAddr, npfFinal, npfTable, source, cycles, refs);
    }

    /** Memory reads among the references. */
    long reads() {
        return refs.stream().filter(r -> !r.write()).count();
    }

    static String perm(int bits) {
        return PermissionBits.toPermissions(bits).spelling();
    }
}
