package nestmmu.fpga.ooc;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nestmmu.fpga.flow.BoardPorts;
import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.FlowDirectory;
import nestmmu.fpga.flow.Ice40Board;
import nestmmu.fpga.flow.Ice40Flow;
import nestmmu.fpga.flow.Ice40Options;
import nestmmu.fpga.flow.Ice40Result;
import nestmmu.fpga.flow.Pcf;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.VerilogSource;

/**
 * Places and routes a core on an iCE40 out of context, whatever its pin count: yosys lists the
 * core's ports, {@link OocWrapper} wraps it in three pins, and {@link Ice40Flow} runs on the
 * wrapper with the core kept as its own hierarchy, so that yosys {@code stat} counts the core's
 * cells apart from the wrapper's. The three pins sit where the board's clock and UART are.
 *
 * <p>Output directory: {@code ports.*} (port discovery), {@code src/nestmmu_ooc_wrapper.v}, and
 * the {@link Ice40Flow} files.
 */
public final class OocCoreFlow {
    public static final String WRAPPER_FILE = OocWrapper.TOP + ".v";

    private final Ice40Board board;
    private final Ice40Options options;
    private final ToolRunner runner;

    public OocCoreFlow(Ice40Board board, Ice40Options options, ToolRunner runner) {
        this.board = board;
        this.options = options;
        this.runner = runner;
    }

    /**
     * Runs the flow on {@code core} (its top is the core module) into {@code out}.
     * {@code clockPort}: the core's clock input; empty to take a port named like a clock, if any.
     */
    public OocResult run(Design core, Optional<String> clockPort, Path out) {
        Path dir = FlowDirectory.produce(out, work -> {
            CoreInterface ports = CoreInterface.discover(core, work, runner);
            String wrapper = OocWrapper.verilog(ports, ports.clock(clockPort));
            Design wrapped = core.withSource(VerilogSource.text(WRAPPER_FILE, wrapper))
                    .withTop(OocWrapper.TOP)
                    .keepingHierarchyOf(core.top());
            new Ice40Flow(options, runner).runIn(wrapped, wrapperPins(), work);
        });
        CoreInterface ports = CoreInterface.read(dir.resolve(CoreInterface.PORTS_JSON), core.top());
        Ice40Result placed = Ice40Result.read(dir, OocWrapper.TOP);
        return new OocResult(placed, placed.module(core.top()), placed.module(OocWrapper.TOP), ports,
                ports.clock(clockPort).map(CorePort::name).orElse(null));
    }

    /** The wrapper's three pins: the board's clock pin, and its UART pins for data in and signature out. */
    public Pcf wrapperPins() {
        Map<String, String> pins = new LinkedHashMap<>();
        pins.put(OocWrapper.CLOCK, board.pcf().pinOf(BoardPorts.CLOCK));
        pins.put(OocWrapper.DATA_IN, board.pcf().pinOf(BoardPorts.UART_RX));
        pins.put(OocWrapper.SIGNATURE_OUT, board.pcf().pinOf(BoardPorts.UART_TX));
        return Pcf.of(pins);
    }
}
