package nestmmu.sim.cli;

import java.nio.file.Path;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import picocli.CommandLine.Option;

/** The flags {@code walk} and {@code simulate} share: mode, page sizes, memory latency, config, JSON. */
final class PagingOptions {
    @Option(names = "--mode", required = true, paramLabel = "native|shadow|nested", description = "Paging mode.")
    String mode;

    @Option(names = "--guest-page", defaultValue = "4K", paramLabel = "4K|2M|1G",
            description = "Guest page size (the page size of the one table in native mode). Default: ${DEFAULT-VALUE}.")
    String guestPage;

    @Option(names = "--host-page", defaultValue = "4K", paramLabel = "4K|2M|1G",
            description = "Page size the hypervisor backs guest memory with (not used in native mode). Default: ${DEFAULT-VALUE}.")
    String hostPage;

    @Option(names = "--mem-latency", defaultValue = "20", paramLabel = "CYCLES",
            description = "Memory latency of a page-table reference. Default: ${DEFAULT-VALUE}.")
    int memLatency;

    @Option(names = "--config", paramLabel = "FILE", description = "MMU config (default: rtl/configs/default.json).")
    Path config;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    Mode mode() { return CliValues.mode(mode); }

    PageSize guestPage() { return CliValues.pageSize("--guest-page", guestPage); }

    PageSize hostPage() { return CliValues.pageSize("--host-page", hostPage); }

    int memLatency() { return CliValues.memLatency(memLatency); }

    MmuConfig config() { return CliValues.config(config); }
}
