package nestmmu.sim.cli;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import picocli.CommandLine.Mixin;
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

    @Mixin
    MachineOptions machine;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    Mode mode() { return CliValues.mode(mode); }

    PageSize guestPage() { return CliValues.pageSize("--guest-page", guestPage); }

    PageSize hostPage() { return CliValues.pageSize("--host-page", hostPage); }

    int memLatency() { return machine.memLatency(); }

    MmuConfig config() { return machine.config(); }
}
