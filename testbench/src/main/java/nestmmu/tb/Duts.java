package nestmmu.tb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import nestmmu.sim.verilator.VerilogDesign;

/**
 * Opens DUTs inside an {@link RtlTest} from designs known only at run time — a generated design
 * per parameterized config, an RTL and its netlist side by side. Take it as a test parameter;
 * every DUT it opened is checked and closed when the test ends, like the {@link Dut} parameter.
 * The first DUT's waveform is {@code <test>.fst}, the next ones {@code <test>-2.fst}, ...
 *
 * <pre>{@code
 * @RtlTest
 * class TlbTest {
 *     @ParameterizedTest
 *     @MethodSource("configs")
 *     void aFilledEntryHits(MmuConfig config, Duts duts) {
 *         Dut dut = duts.open(Generated.verilog(() -> new Tlb(config)));
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class Duts {
    /** Opens a design as the test's n-th DUT (from 0). */
    private final BiFunction<VerilogDesign, Integer, Dut> opener;
    private final List<Dut> opened = new ArrayList<>();

    Duts(BiFunction<VerilogDesign, Integer, Dut> opener) {
        this.opener = opener;
    }

    /** A fresh DUT of {@code design}, with the test's waves setting, flags and seed. */
    public Dut open(VerilogDesign design) {
        Dut dut = opener.apply(design, opened.size());
        opened.add(dut);
        return dut;
    }

    List<Dut> opened() {
        return opened;
    }

    static Path numbered(Path first, int index) {
        if (index == 0) return first;
        String name = first.getFileName().toString();
        return first.resolveSibling(name.substring(0, name.length() - ".fst".length()) + "-" + (index + 1) + ".fst");
    }
}
