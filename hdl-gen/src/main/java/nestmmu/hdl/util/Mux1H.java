package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.fill;
import static nestmmu.hdl.Hw.fromUInt;

import java.util.List;

import nestmmu.hdl.Data;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;

/**
 * A one-hot multiplexer (Chisel's {@code Mux1H}): the value whose select bit is set, as an AND-OR
 * tree rather than a priority chain. With no bit set the result is 0; with several, the OR of
 * their values — callers pass a one-hot select (e.g. {@link OneHot#lowest}).
 */
public final class Mux1H {
    private Mux1H() {}

    @SuppressWarnings("unchecked")
    public static <T extends Data> T of(UInt select, List<T> values) {
        if (values.isEmpty() || select.width() != values.size()) {
            throw new IllegalArgumentException("a " + select.width() + "-bit select for " + values.size() + " values");
        }
        int width = values.get(0).width();
        UInt acc = null;
        for (int i = 0; i < values.size(); i++) {
            UInt term = values.get(i).asUInt().and(fill(width, select.bit(i)));
            acc = acc == null ? term : acc.or(term);
        }
        return fromUInt((HwType<T>) values.get(0).type(), acc);
    }
}
