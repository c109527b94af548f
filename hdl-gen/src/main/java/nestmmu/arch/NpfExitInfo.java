package nestmmu.arch;

/**
 * EXITINFO1 of a nested page fault (#NPF, AMD64 APM vol. 2 §15.25.6): bits 4:0 are a page-fault
 * error code for the nested access, bit 32 says the fault hit the final guest-physical address,
 * bit 33 that it hit a guest page-table access. EXITINFO2 is the faulting guest-physical address.
 */
public final class NpfExitInfo {
    public static final long FINAL_GPA = 1L << 32;
    public static final long GUEST_TABLE = 1L << 33;
    public static final long ERROR_CODE_MASK = 0x1F;

    private NpfExitInfo() {}
}
