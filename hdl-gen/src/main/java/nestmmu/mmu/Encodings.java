package nestmmu.mmu;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;

/**
 * How MmuTop's ports encode what the architecture names, in one place for the generators and for
 * whoever drives the ports (the lockstep harness, the FPGA self-test). Where an {@code arch} enum
 * exists its ordinal is the code, so nothing is typed twice:
 * <ul>
 *   <li>access ({@code req_access_i}): {@link AccessType#ordinal()} — 0 read, 1 write, 2 execute;</li>
 *   <li>mode ({@code req_mode_i}): {@link Mode#ordinal()} — 0 native, 1 shadow, 2 nested (3 walks like native);</li>
 *   <li>page size ({@code rsp_page_size_o}): {@link PageSize#ordinal()} — 0 4K, 1 2M, 2 1G, which is also the
 *       leaf's table level minus one. Inside the generators every table level travels as this
 *       "level code": level − 1 (0 = PT … 3 = PML4);</li>
 *   <li>permissions ({@code rsp_perm_o}): bit 0 W, bit 1 U, bit 2 X, the model's {@code PermissionBits};</li>
 *   <li>fault, response source and flush operation: the enums below.</li>
 * </ul>
 */
public final class Encodings {
    private Encodings() {}

    public static final int ACCESS_BITS = 2;
    public static final int MODE_BITS = 2;
    public static final int LEVEL_BITS = 2;
    public static final int PERM_BITS = 3;
    public static final int PERM_W = 0;
    public static final int PERM_U = 1;
    public static final int PERM_X = 2;
    /** Every permission granted: where a walk's accumulation starts. */
    public static final int PERM_ALL = (1 << PERM_BITS) - 1;
    public static final int ERROR_CODE_BITS = 5;
    /** VA bits 47:12, the 4K virtual page number every TLB tag is cut from. */
    public static final int VPN_BITS = Paging.VA_BITS - Paging.PAGE_SHIFT;

    public static final int READ = AccessType.READ.ordinal();
    public static final int WRITE = AccessType.WRITE.ordinal();
    public static final int EXECUTE = AccessType.EXECUTE.ordinal();
    public static final int NESTED = Mode.NESTED.ordinal();

    /** The level code of table level {@code level} (4 = PML4 … 1 = PT). */
    public static int levelCode(int level) {
        return level - 1;
    }

    /** {@code rsp_fault_o}. */
    public enum Fault {
        NONE, PAGE_FAULT, NESTED_PAGE_FAULT;

        public static final int BITS = 2;

        public int code() { return ordinal(); }
    }

    /** {@code rsp_source_o}: who answered. */
    public enum Source {
        L1_TLB, L2_TLB, WALK;

        public static final int BITS = 2;

        public int code() { return ordinal(); }
    }

    /** {@code ctl_op_i}: the flushes of sim/README.md "Flushes". */
    public enum FlushOp {
        ALL, VMID, ASID, ADDRESS;

        public static final int BITS = 2;

        public int code() { return ordinal(); }
    }
}
