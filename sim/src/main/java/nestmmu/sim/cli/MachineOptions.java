package nestmmu.sim.cli;

import java.nio.file.Path;

import nestmmu.config.MmuConfig;
import picocli.CommandLine.Option;

/** The flags that set up the simulated machine besides its mode: the MMU config and the memory latency. */
final class MachineOptions {
    @Option(names = "--mem-latency", defaultValue = "20", paramLabel = "CYCLES",
            description = "Memory latency of a page-table reference. Default: ${DEFAULT-VALUE}.")
    int memLatency;

    @Option(names = "--config", paramLabel = "FILE", description = "MMU config (default: rtl/configs/default.json).")
    Path config;

    int memLatency() { return CliValues.memLatency(memLatency); }

    MmuConfig config() { return CliValues.config(config); }
}
