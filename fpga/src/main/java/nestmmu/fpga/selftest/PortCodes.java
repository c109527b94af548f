package nestmmu.fpga.selftest;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.mmu.Encodings;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationSource;

/**
 * The values MmuTop's ports give the golden model's enums, by {@link Encodings} (hdl-gen/README.md
 * "MmuTop ports"): the arch enums' ordinals, and the model's fault kinds and answer sources
 * matched to {@link Encodings.Fault} and {@link Encodings.Source} by name.
 */
public final class PortCodes {
    private PortCodes() {}

    public static int mode(Mode m) {
        return m.ordinal();
    }

    public static int access(AccessType a) {
        return a.ordinal();
    }

    public static int pageSize(PageSize s) {
        return s.ordinal();
    }

    public static int fault(FaultKind f) {
        return Encodings.Fault.valueOf(f.name()).code();
    }

    public static int source(TranslationSource s) {
        return Encodings.Source.valueOf(s.name()).code();
    }

    public static int flush(FlushOp op) {
        return Encodings.FlushOp.valueOf(op.name()).code();
    }
}
