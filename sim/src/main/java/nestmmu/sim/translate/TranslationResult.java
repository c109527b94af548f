package nestmmu.sim.translate;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;

/**
 * The outcome of the last translation, in a mutable object the MMU reuses so the hot path does not
 * allocate. Read it before the next translation, or keep a {@link #snapshot()}.
 */
public final class TranslationResult {
    FaultKind fault = FaultKind.NONE;
    long hpa;
    int pageShift;
    int perms;
    boolean dirty;
    boolean global;
    int errorCode;
    long faultVa;
    long exitInfo1;
    long exitInfo2;
    TranslationSource source;
    long cycles;
    int reads;
    int writes;

    public boolean ok() { return fault == FaultKind.NONE; }

    public FaultKind fault() { return fault; }

    public long hpa() { return hpa; }

    public int pageShift() { return pageShift; }

    public PageSize pageSize() {
        return PageSize.ofLeafLevel((pageShift - Paging.PAGE_SHIFT) / Paging.INDEX_BITS + 1);
    }

    /** {@link PermissionBits}. */
    public int perms() { return perms; }

    public boolean dirty() { return dirty; }

    public boolean global() { return global; }

    public int errorCode() { return errorCode; }

    public long faultVa() { return faultVa; }

    public long exitInfo1() { return exitInfo1; }

    public long exitInfo2() { return exitInfo2; }

    public TranslationSource source() { return source; }

    public long cycles() { return cycles; }

    public int reads() { return reads; }

    public int writes() { return writes; }

    public void succeed(long hpa, int pageShift, int perms, boolean dirty, boolean global) {
        this.fault = FaultKind.NONE;
        this.hpa = hpa;
        this.pageShift = pageShift;
        this.perms = perms;
        this.dirty = dirty;
        this.global = global;
        this.errorCode = 0;
        this.faultVa = 0;
        this.exitInfo1 = 0;
        this.exitInfo2 = 0;
    }

    public void pageFault(int errorCode, long va) {
        clearTranslation();
        this.fault = FaultKind.PAGE_FAULT;
        this.errorCode = errorCode;
        this.faultVa = va;
    }

    public void nestedPageFault(long exitInfo1, long exitInfo2) {
        clearTranslation();
        this.fault = FaultKind.NESTED_PAGE_FAULT;
        this.exitInfo1 = exitInfo1;
        this.exitInfo2 = exitInfo2;
    }

    private void clearTranslation() {
        hpa = -1;
        pageShift = 0;
        perms = 0;
        dirty = false;
        global = false;
        errorCode = 0;
        faultVa = 0;
        exitInfo1 = 0;
        exitInfo2 = 0;
    }

    public void cost(TranslationSource source, long cycles, int reads, int writes) {
        this.source = source;
        this.cycles = cycles;
        this.reads = reads;
        this.writes = writes;
    }

    public Translation snapshot() {
        boolean ok = ok();
        return new Translation(hpa, ok ? pageSize() : null, ok ? PermissionBits.toPermissions(perms) : null, dirty,
                fault, errorCode, faultVa, exitInfo1, exitInfo2, source, cycles, reads, writes);
    }
}
