package nestmmu.tb.mmu.regress;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;

/**
 * The random part of the regression: workloads run by the guest OS (and in shadow mode the VMM)
 * on the machine, every MMU operation made by model and RTL alike. Context switches, mmap, munmap,
 * mprotect and exec churn make CR3 writes, INVLPGs and ASID flushes; the page sizes vary between
 * runs; one run per mode has random memory latency and back-pressure.
 *
 * @param scale multiplies the accesses of every run: 1 for the default config's 100,000+
 *              translations per mode, less for the other configs
 */
record RandomRuns(Mode mode, double scale) {
    /** One workload run. */
    record Run(String workload, PageSize guestPage, PageSize hostPage, boolean randomLatency) {
        @Override
        public String toString() {
            return workload + " " + guestPage + "/" + hostPage + (randomLatency ? " random latency" : "");
        }
    }

    List<Run> runs() {
        List<Run> list = new ArrayList<>();
        list.add(new Run("synthetic:ctxswitch,processes=6,pages=48,quantum=150,accesses=" + n(40_000),
                PageSize.SIZE_4K, PageSize.SIZE_4K, false));
        list.add(new Run("synthetic:ptupdate,regions=12,pages=8,churn=0.1,accesses=" + n(30_000),
                PageSize.SIZE_4K, PageSize.SIZE_2M, false));
        list.add(new Run("synthetic:hotcold,pages=2048,hot=0.01,accesses=" + n(20_000), PageSize.SIZE_2M, PageSize.SIZE_4K, false));
        list.add(new Run("synthetic:random,pages=256,writes=0.5,accesses=" + n(10_000), PageSize.SIZE_4K, PageSize.SIZE_1G, false));
        list.add(new Run("synthetic:ctxswitch,processes=20,pages=16,quantum=40,fetches=0.3,accesses=" + n(10_000),
                PageSize.SIZE_4K, PageSize.SIZE_4K, true));
        return list;
    }

    /** The fixed memory latency of a run: short for most, one long one (the default of simulate). */
    static int latencyOf(Run run) {
        return run.workload().startsWith("synthetic:random") ? 20 : 2;
    }

    private long n(long accesses) {
        return Math.max(500, Math.round(accesses * scale));
    }
}
