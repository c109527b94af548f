package nestmmu.fpga.selftest;

import java.util.Locale;

import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.Paging;
import nestmmu.arch.PfErrorCode;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.PermissionBits;
import nestmmu.sim.translate.TranslationResult;

/**
 * What the MMU must answer to one request, as values of its response ports. Which fields count
 * depends on the fault: a translation checks {@code pa}, {@code pageSize}, {@code perms},
 * {@code dirty} and {@code global}; a
 * #PF checks {@code errorCode} and {@code faultAddr} (the VA); a #NPF checks {@code errorCode}
 * (EXITINFO1[4:0]), {@code npfFinal}, {@code npfTable} and {@code faultAddr} (EXITINFO2). Fields
 * that do not count are 0. {@code fault} and {@code source} always count.
 */
public record ExpectedResponse(int fault, long pa, int pageSize, int perms, boolean dirty, boolean global, int errorCode,
                               boolean npfFinal, boolean npfTable, long faultAddr, int source) {

    /** The response the model gave, in port values. */
    public static ExpectedResponse of(TranslationResult r) {
        int source = PortCodes.source(r.source());
        return switch (r.fault()) {
            case NONE -> new ExpectedResponse(0, r.hpa(), PortCodes.pageSize(r.pageSize()), r.perms(), r.dirty(), r.global(),
                    0, false, false, 0, source);
            case PAGE_FAULT -> new ExpectedResponse(PortCodes.fault(FaultKind.PAGE_FAULT), 0, 0, 0, false, false,
                    r.errorCode() & (int) NpfExitInfo.ERROR_CODE_MASK, false, false, r.faultVa() & Paging.VA_MASK, source);
            case NESTED_PAGE_FAULT -> new ExpectedResponse(PortCodes.fault(FaultKind.NESTED_PAGE_FAULT), 0, 0, 0, false, false,
                    (int) (r.exitInfo1() & NpfExitInfo.ERROR_CODE_MASK), (r.exitInfo1() & NpfExitInfo.FINAL_GPA) != 0,
                    (r.exitInfo1() & NpfExitInfo.GUEST_TABLE) != 0, r.exitInfo2(), source);
        };
    }

    public boolean ok() { return fault == 0; }

    /** e.g. {@code pa 0x2000123 4K rw-u, walk} or {@code #NPF P|US table gpa 0x10000, walk}. */
    public String describe() {
        String src = switch (source) {
            case 0 -> "L1 hit";
            case 1 -> "L2 hit";
            default -> "walk";
        };
        return switch (fault) {
            case 0 -> String.format(Locale.ROOT, "pa 0x%x %s %s%s%s, %s", pa, new String[] {"4K", "2M", "1G"}[pageSize],
                    PermissionBits.toPermissions(perms).spelling(), dirty ? " dirty" : "", global ? " global" : "", src);
            case 1 -> String.format(Locale.ROOT, "#PF %s va 0x%x, %s", PfErrorCode.describe(errorCode), faultAddr, src);
            default -> String.format(Locale.ROOT, "#NPF %s%s%s gpa 0x%x, %s", PfErrorCode.describe(errorCode),
                    npfFinal ? " final" : "", npfTable ? " table" : "", faultAddr, src);
        };
    }
}
