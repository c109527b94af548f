package nestmmu.tb.mmu;

import java.util.function.ToIntFunction;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.mmu.Encodings;
import nestmmu.sim.model.FlushKind;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationSource;

/**
 * The model's values as MmuTop's ports carry them: the generators' {@link Encodings} (the arch
 * enums' ordinals, and enums of the same names as the model's for faults, sources and flushes).
 */
public final class PinCodes {
    private static final int[] FAULTS = codes(FaultKind.values(), n -> Encodings.Fault.valueOf(n).code());
    private static final int[] SOURCES = codes(TranslationSource.values(), n -> Encodings.Source.valueOf(n).code());
    private static final int[] FLUSHES = codes(FlushKind.values(), n -> Encodings.FlushOp.valueOf(n).code());

    private PinCodes() {}

    /** The code of each constant, by ordinal, found by name in the generators' enum. */
    private static int[] codes(Enum<?>[] model, ToIntFunction<String> byName) {
        int[] codes = new int[model.length];
        for (Enum<?> e : model) codes[e.ordinal()] = byName.applyAsInt(e.name());
        return codes;
    }

    /** {@code req_access_i}: 0 read, 1 write, 2 execute. */
    public static int access(AccessType type) {
        return type.ordinal();
    }

    /** {@code req_mode_i}: 0 native, 1 shadow, 2 nested. */
    public static int mode(Mode mode) {
        return mode.ordinal();
    }

    /** {@code rsp_page_size_o}: 0 4K, 1 2M, 2 1G. */
    public static int pageSize(PageSize size) {
        return size.ordinal();
    }

    /** {@code rsp_fault_o}: 0 none, 1 #PF, 2 #NPF. */
    public static int fault(FaultKind kind) {
        return FAULTS[kind.ordinal()];
    }

    /** {@code rsp_source_o}: 0 L1 TLB hit, 1 L2 TLB hit, 2 walk. */
    public static int source(TranslationSource source) {
        return SOURCES[source.ordinal()];
    }

    /** {@code ctl_op_i}: 0 all, 1 VMID, 2 VMID+ASID, 3 address. */
    public static int flush(FlushKind kind) {
        return FLUSHES[kind.ordinal()];
    }

    /** The name of a {@code rsp_fault_o} value, for reports ("3?" for one the contract does not define). */
    public static String faultName(long code) {
        return code < FaultKind.values().length ? FaultKind.values()[(int) code].label() : code + "?";
    }

    public static String pageSizeName(long code) {
        return code < PageSize.values().length ? PageSize.values()[(int) code].label() : code + "?";
    }

    public static String sourceName(long code) {
        return code < TranslationSource.values().length ? TranslationSource.values()[(int) code].label() : code + "?";
    }

    /** {@code PermissionBits} (W=1, U=2, X=4) as {@code wux} letters, '-' for a missing one. */
    public static String permsText(long bits) {
        return ((bits & 1) != 0 ? "w" : "-") + ((bits & 2) != 0 ? "u" : "-") + ((bits & 4) != 0 ? "x" : "-");
    }
}
