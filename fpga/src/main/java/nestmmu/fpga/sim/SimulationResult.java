package nestmmu.fpga.sim;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one testbench run: whether it passed, the line that decided it (the first
 * {@code FAIL...} line, else the {@code PASS...} line, else why there was no verdict), and
 * everything the simulation printed. {@code directory} holds the sources, logs and netlist.
 */
public record SimulationResult(boolean passed, String verdict, List<String> output, Path directory) {
    public SimulationResult {
        output = List.copyOf(output);
    }
}
