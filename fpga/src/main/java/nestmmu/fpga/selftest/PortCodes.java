package nestmmu.fpga.selftest;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationSource;

/**
 * The values the MmuTop port contract gives the model's enums ({@code /work/notes/mmu-ports.md},
 * "MmuTop ports" in hdl-gen/README.md): {@code req_mode_i} 0 native, 1 shadow, 2 nested;
 * {@code req_access_i} 0 read, 1 write, 2 execute; {@code rsp_page_size_o} 0 4K, 1 2M, 2 1G;
 * {@code rsp_fault_o} 0 none, 1 #PF, 2 #NPF; {@code rsp_source_o} 0 L1, 1 L2, 2 walk.
 */
public final class PortCodes {
    private PortCodes() {}

    public static int mode(Mode m) {
        return switch (m) {
            case NATIVE -> 0;
            case SHADOW -> 1;
            case NESTED -> 2;
        };
    }

    public static int access(AccessType a) {
        return switch (a) {
            case READ -> 0;
            case WRITE -> 1;
            case EXECUTE -> 2;
        };
    }

    public static int pageSize(PageSize s) {
        return switch (s) {
            case SIZE_4K -> 0;
            case SIZE_2M -> 1;
            case SIZE_1G -> 2;
        };
    }

    public static int fault(FaultKind f) {
        return switch (f) {
            case NONE -> 0;
            case PAGE_FAULT -> 1;
            case NESTED_PAGE_FAULT -> 2;
        };
    }

    public static int source(TranslationSource s) {
        return switch (s) {
            case L1_TLB -> 0;
            case L2_TLB -> 1;
            case WALK -> 2;
        };
    }
}
