package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.sim.workload.Event;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workload;

class SimulatorTest {

    /** A hand-built workload: two processes, regions mapped, protected and unmapped, accesses in between. */
    static Workload handBuilt() {
        List<Event> events = new ArrayList<>();
        events.add(new Event.Map(0x1000_0000L, 64 * 4096, Permissions.USER_RW));
        for (int i = 0; i < 2000; i++) {
            long va = 0x1000_0000L + (i * 7919L % (64 * 4096)) / 8 * 8;
            events.add(new Event.Access(va, i % 3 == 0 ? AccessType.WRITE : AccessType.READ, true));
            if (i == 500) events.add(new Event.Protect(0x1000_0000L, 8 * 4096, Permissions.USER_RO));
            if (i == 900) events.add(new Event.SwitchProcess(1));
            if (i == 1200) events.add(new Event.SwitchProcess(0));
            if (i == 1500) events.add(new Event.Unmap(0x1000_0000L + 32 * 4096, 32 * 4096));
        }
        events.add(new Event.Access(0x7000_0000L, AccessType.EXECUTE, true)); // outside every region
        return new Workload() {
            @Override
            public String spec() { return "hand-built"; }

            @Override
            public EventStream open() {
                return new EventStream() {
                    int i;

                    @Override
                    public Event next() { return i < events.size() ? events.get(i++) : null; }

                    @Override
                    public String position() { return "event " + i; }

                    @Override
                    public void close() { }
                };
            }
        };
    }

    private static SimulationResult run(Mode mode) {
        return new ModelEngine().run(MmuConfig.defaults(), RunOptions.of(mode), handBuilt());
    }

    @Test
    @DisplayName("the guest sees the same page faults in every mode; only shadow mode exits")
    void guestVisibleFaultsAreTheSameInEveryMode() {
        Map<Mode, SimulationResult> r = new EnumMap<>(Mode.class);
        for (Mode m : Mode.values()) r.put(m, run(m));
        assertThat(r.get(Mode.NATIVE).faults()).isPositive();
        assertThat(r.get(Mode.SHADOW).faults()).isEqualTo(r.get(Mode.NATIVE).faults());
        assertThat(r.get(Mode.NESTED).faults()).isEqualTo(r.get(Mode.NATIVE).faults());
        assertThat(r.get(Mode.NATIVE).protectionFaults()).isPositive();
        assertThat(r.get(Mode.NESTED).vmExits().values()).allMatch(v -> v == 0);
        assertThat(r.get(Mode.SHADOW).vmExits().get("pfInject")).isEqualTo(r.get(Mode.SHADOW).faults());
        assertThat(r.get(Mode.SHADOW).vmExits().get("cr3Write")).isEqualTo(3); // boot + 2 switches
        assertThat(r.get(Mode.SHADOW).vmExits().get("invlpg")).isEqualTo(r.get(Mode.SHADOW).invlpgs()).isEqualTo(8 + 32);
        for (SimulationResult s : r.values()) {
            assertThat(s.tlbHits() + s.tlbMisses()).isEqualTo(s.translations());
            assertThat(s.walks()).isEqualTo(s.tlbMisses());
            assertThat(s.cycles()).isEqualTo(s.translationCycles() + s.vmmCycles());
            assertThat(s.accesses()).isEqualTo(2001);
        }
        assertThat(r.get(Mode.NESTED).avgRefsPerWalk()).isGreaterThan(r.get(Mode.NATIVE).avgRefsPerWalk());
    }

    @Test
    void sameInputsGiveByteIdenticalResults() {
        for (Mode m : Mode.values()) assertThat(Json.write(run(m))).isEqualTo(Json.write(run(m)));
    }

    @Test
    @DisplayName("without walk caches, nested 4K/4K walks average 24 references, native 4")
    void uncachedWalkCosts() {
        MmuConfig bare = MmuConfig.defaults().withoutWalkCaches();
        Workload w = nestmmu.sim.workload.Workloads.parse("synthetic:random,pages=512,accesses=3000,writes=0");
        SimulationResult nested = new ModelEngine().run(bare, RunOptions.of(Mode.NESTED), w);
        SimulationResult bareMetal = new ModelEngine().run(bare, RunOptions.of(Mode.NATIVE), w);
        // every walk that does not fault reads 24 (or 4); faulting first touches read fewer
        assertThat(nested.walkReads()).isGreaterThan(23L * nested.walks() - 24L * nested.faults())
                .isLessThanOrEqualTo(24L * nested.walks());
        assertThat(bareMetal.walkReads()).isLessThanOrEqualTo(4L * bareMetal.walks());
        assertThat(bareMetal.walkReads()).isGreaterThan(3L * bareMetal.walks());
    }

    @Test
    void largePagesCutWalksAndMisses() {
        Workload w = nestmmu.sim.workload.Workloads.parse("synthetic:random,pages=4096,accesses=5000");
        SimulationResult small = new ModelEngine().run(MmuConfig.defaults(), RunOptions.of(Mode.NESTED), w);
        SimulationResult large = new ModelEngine().run(MmuConfig.defaults(),
                RunOptions.of(Mode.NESTED).withPages(PageSize.SIZE_2M, PageSize.SIZE_2M), w);
        assertThat(large.tlbMisses()).isLessThan(small.tlbMisses() / 10);
        assertThat(large.faults()).isEqualTo(8); // 16 MiB region in 2M pages
    }

    @Test
    void aWorkloadTooBigForThePhysicalSpaceIsBadInput() {
        MmuConfig small = new MmuConfig("s", 32, 4, 4, nestmmu.config.CacheGeometry.fullyAssociative(8),
                nestmmu.config.CacheGeometry.NONE, nestmmu.config.CacheGeometry.NONE, nestmmu.config.CacheGeometry.NONE);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) events.add(new Event.Access((long) i << 32, AccessType.READ, true));
        Workload w = new Workload() {
            @Override
            public String spec() { return "four 1G pages"; }

            @Override
            public EventStream open() {
                var it = events.iterator();
                return new EventStream() {
                    int n;

                    @Override
                    public Event next() { n++; return it.hasNext() ? it.next() : null; }

                    @Override
                    public String position() { return "event " + n; }

                    @Override
                    public void close() { }
                };
            }
        };
        assertThatThrownBy(() -> new ModelEngine().run(small, RunOptions.of(Mode.NESTED).withPages(PageSize.SIZE_1G, PageSize.SIZE_1G), w))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("event 3: guest memory: out of memory");
    }
}
