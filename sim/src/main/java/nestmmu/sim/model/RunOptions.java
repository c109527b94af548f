package nestmmu.sim.model;

import java.util.Objects;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.sim.timing.TimingModel;

/**
 * How one simulated run is set up besides the MMU config: the paging mode, the guest's page size,
 * the hypervisor's page size (ignored in native mode), the memory latency, and the VMM's exit costs
 * (used in shadow mode).
 */
public record RunOptions(Mode mode, PageSize guestPage, PageSize hostPage, int memLatency, ExitCosts exitCosts) {
    public RunOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(guestPage, "guestPage");
        Objects.requireNonNull(hostPage, "hostPage");
        Objects.requireNonNull(exitCosts, "exitCosts");
        if (memLatency < 1) throw new IllegalArgumentException("memLatency must be at least 1, got " + memLatency);
    }

    /** 4K pages, the default memory latency and exit costs. */
    public static RunOptions of(Mode mode) {
        return new RunOptions(mode, PageSize.SIZE_4K, PageSize.SIZE_4K, TimingModel.DEFAULT_MEM_LATENCY, ExitCosts.defaults());
    }

    public RunOptions withPages(PageSize guest, PageSize host) {
        return new RunOptions(mode, guest, host, memLatency, exitCosts);
    }

    public RunOptions withMemLatency(int latency) {
        return new RunOptions(mode, guestPage, hostPage, latency, exitCosts);
    }
}
