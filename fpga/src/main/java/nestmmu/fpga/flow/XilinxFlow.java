package nestmmu.fpga.flow;

import java.nio.file.Path;

/**
 * Utilization on a Xilinx 7-series part: {@code yosys synth_xilinx -top T -family xc7 -flatten}
 * and {@code stat -json} (script {@code synth.ys}, log {@code synth.log}, counts in
 * {@code stat.json}). There is no place and route: no vendor tools exist here, so there is no
 * Fmax and no bitstream. A core synthesized out of context gets no I/O buffers.
 */
public final class XilinxFlow {
    private final XilinxPart part;
    private final ToolRunner runner;

    public XilinxFlow(XilinxPart part, ToolRunner runner) {
        this.part = part;
        this.runner = runner;
    }

    /** {@code ioBuffers}: true for a board top (IBUF/OBUF on every port), false for a core alone. */
    public XilinxResult run(Design design, boolean ioBuffers, Path out) {
        Path dir = FlowDirectory.produce(out, work -> YosysScript.elaborating(design, work)
                .then("synth_xilinx -top " + design.top() + " -family " + part.yosysFamily() + " -flatten"
                        + (ioBuffers ? "" : " -noiopad"))
                .statJsonTo(YosysStat.FILE_NAME)
                .run(runner, work, "synth"));
        YosysStat stat = YosysStat.read(dir.resolve(YosysStat.FILE_NAME));
        return new XilinxResult(dir, design.top(), part, CellLibrary.XILINX7.utilization(stat.design()));
    }
}
