package nestmmu.tb.mmu.regress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workloads;

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

    /** The runs as scenarios; a synthetic spec without {@code seed=} gets {@code seed}. */
    List<Scenario> scenarios(long seed) {
        List<Scenario> list = new ArrayList<>();
        for (Run run : runs()) {
            list.add(new Scenario(mode + " " + run, s -> {
                Machine m = s.machine(new RunOptions(mode, run.guestPage(), run.hostPage(), s.memLatency, ExitCosts.defaults()));
                Rig rig = s.rig(m, run.randomLatency());
                try (EventStream events = Workloads.parse(run.workload(), seed).open()) {
                    m.os().run(events);
                }
                assertThat(rig.mmu().stats().translations()).isGreaterThan(0);
            }));
        }
        return list;
    }

    private long n(long accesses) {
        return Math.max(500, Math.round(accesses * scale));
    }
}
