package nestmmu.tb.mmu.coverage;

import nestmmu.arch.PfErrorCode;

/**
 * The kind of a #PF or #NPF, read from its error code: not present (P clear), a reserved bit
 * (RSVD), or a protection fault, named by the access that broke it — an instruction fetch (X), a
 * write (W), else a user read of a supervisor page (U; a supervisor read is never refused).
 */
public enum FaultClass {
    NOT_PRESENT("notPresent"), RESERVED("reserved"), PROTECTION_W("protW"), PROTECTION_U("protU"), PROTECTION_X("protX");

    private final String label;

    FaultClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean protection() {
        return this == PROTECTION_W || this == PROTECTION_U || this == PROTECTION_X;
    }

    public static FaultClass of(long errorCode) {
        if ((errorCode & PfErrorCode.P) == 0) return NOT_PRESENT;
        if ((errorCode & PfErrorCode.RSVD) != 0) return RESERVED;
        if ((errorCode & PfErrorCode.ID) != 0) return PROTECTION_X;
        if ((errorCode & PfErrorCode.WR) != 0) return PROTECTION_W;
        return PROTECTION_U;
    }
}
