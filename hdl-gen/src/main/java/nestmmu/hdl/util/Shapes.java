package nestmmu.hdl.util;

import nestmmu.hdl.Data;
import nestmmu.hdl.Hw;
import nestmmu.hdl.HwType;

/** Facts about types that generators put into module names. */
final class Shapes {
    private Shapes() {}

    /** Total bits of a value of {@code type}. */
    static int width(HwType<? extends Data> type) {
        return Hw.zeros(type).width();
    }
}
