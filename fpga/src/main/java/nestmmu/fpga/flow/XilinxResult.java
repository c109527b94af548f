package nestmmu.fpga.flow;

import java.nio.file.Path;

/** Post-synthesis utilization of a design on a Xilinx part; {@code directory} holds the script, log and stat.json. */
public record XilinxResult(Path directory, String top, XilinxPart part, Utilization utilization) {}
