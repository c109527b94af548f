package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticKindsTest {
    private static final int TLB_ENTRIES = 32;

    private static List<Event> events(String spec) {
        return LackeyReaderTest.readAll(Workloads.parse(spec).open());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SyntheticKind.class)
    @DisplayName("the same spec gives the same events, on every open and every parse; another seed gives others")
    void deterministic(SyntheticKind kind) {
        String spec = "synthetic:" + kind.label() + ",accesses=5000,seed=11";
        Workload w = Workloads.parse(spec);
        List<Event> first = LackeyReaderTest.readAll(w.open());
        assertThat(LackeyReaderTest.readAll(w.open())).isEqualTo(first);
        assertThat(events(spec)).isEqualTo(first);
        assertThat(events("synthetic:" + kind.label() + ",accesses=5000,seed=12")).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SyntheticKind.class)
    @DisplayName("every access lands on a page its process has mapped, with permissions that allow it")
    void accessesRespectTheirMappings(SyntheticKind kind) {
        long seed = TestSeeds.seed("accessesRespectTheirMappings " + kind.label());
        String spec = "synthetic:" + kind.label() + ",accesses=20000,seed=" + seed
                + (kind == SyntheticKind.PTUPDATE ? ",churn=0.2" : "");
        Map<Long, Permissions> pages = new HashMap<>();
        int pid = 0;
        long accesses = 0;
        try (EventStream s = Workloads.parse(spec).open()) {
            for (Event e = s.next(); e != null; e = s.next()) {
                if (e instanceof Event.SwitchProcess sp) {
                    pid = sp.pid();
                } else if (e instanceof Event.Map m) {
                    forEachPage(pid, m.va(), m.length(), k -> pages.put(k, m.perms()));
                } else if (e instanceof Event.Protect p) {
                    forEachPage(pid, p.va(), p.length(), k -> assertThat(pages.put(k, p.perms())).as("%s protects a mapped page", s.position()).isNotNull());
                } else if (e instanceof Event.Unmap u) {
                    forEachPage(pid, u.va(), u.length(), k -> assertThat(pages.remove(k)).as("%s unmaps a mapped page", s.position()).isNotNull());
                } else if (e instanceof Event.Access a) {
                    accesses++;
                    Permissions perms = pages.get(key(pid, a.va()));
                    assertThat(perms).as("seed %d, %s: %s is mapped", seed, s.position(), TraceWriter.format(e)).isNotNull();
                    assertThat(perms.allows(a.type(), a.user())).as("seed %d, %s: %s is allowed by %s", seed, s.position(), TraceWriter.format(e), perms).isTrue();
                }
            }
        }
        assertThat(accesses).isEqualTo(20000);
    }

    @Test
    @DisplayName("random: one mapping, thousands of pages, nearly every access misses a 32-entry TLB")
    void randomIsTlbMissHeavyOnStableTables() {
        Character c = Character.of("synthetic:random");
        assertThat(c.summary.maps()).isEqualTo(1);
        assertThat(c.summary.unmaps() + c.summary.protects() + c.summary.switches()).isZero();
        assertThat(c.summary.accesses()).isEqualTo(100_000);
        assertThat(c.summary.distinctPages()).isGreaterThan(15_000);
        assertThat(c.tlbMissRate).isGreaterThan(0.99);
        assertThat((double) c.summary.writes() / c.summary.accesses()).isBetween(0.28, 0.32);
    }

    @Test
    @DisplayName("sequential: one miss per 64 accesses")
    void sequentialIsTlbFriendly() {
        Character c = Character.of("synthetic:sequential");
        assertThat(c.summary.maps()).isEqualTo(1);
        assertThat(c.summary.distinctPages()).isEqualTo(1024);
        assertThat(c.tlbMissRate).isBetween(0.015, 0.016);
    }

    @Test
    @DisplayName("strided: a new page on every access, so a small TLB always misses")
    void stridedTouchesANewPageEveryAccess() {
        Character c = Character.of("synthetic:strided");
        assertThat(c.summary.distinctPages()).isEqualTo(4096);
        assertThat(c.tlbMissRate).isEqualTo(1.0);
        Character lineStride = Character.of("synthetic:strided,stride=64");
        assertThat(lineStride.tlbMissRate).isBetween(0.015, 0.016);
    }

    @Test
    @DisplayName("hotcold: the hot pages fit the TLB, so only about the cold tenth misses")
    void hotColdMostlyReusesASmallSet() {
        Character c = Character.of("synthetic:hotcold");
        assertThat(c.summary.distinctPages()).isGreaterThan(5000);
        assertThat(c.tlbMissRate).isBetween(0.08, 0.15);
        assertThat(Character.of("synthetic:hotcold,hotaccesses=0").tlbMissRate).isGreaterThan(0.99);
    }

    @Test
    @DisplayName("ptupdate: dozens of map, unmap and protect operations per thousand accesses")
    void ptupdateIsPageTableUpdateHeavy() {
        Character c = Character.of("synthetic:ptupdate");
        assertThat(c.summary.tableUpdatesPerKiloAccess()).isGreaterThan(40);
        assertThat(c.summary.maps()).isGreaterThan(1000);
        assertThat(c.summary.unmaps()).isGreaterThan(1000);
        assertThat(c.summary.protects()).isGreaterThan(1000);
        assertThat(c.summary.switches()).isZero();
        assertThat(Character.of("synthetic:ptupdate,churn=0").summary.tableUpdatesPerKiloAccess()).isLessThan(1);
    }

    @Test
    @DisplayName("ctxswitch: every process is set up, then CR3 changes every quantum to another process")
    void ctxswitchIsCr3SwitchHeavy() {
        Character c = Character.of("synthetic:ctxswitch");
        assertThat(c.summary.processes()).isEqualTo(16);
        assertThat(c.summary.maps()).isEqualTo(32);
        assertThat(c.summary.switches()).isEqualTo(16 + 999);
        assertThat(c.summary.switchesPerKiloAccess()).isGreaterThan(9);
        assertThat(c.summary.fetches()).isBetween(19_000L, 21_000L);
        assertThat(c.summary.distinctPages()).isEqualTo(16 * (64 + ContextSwitches.TEXT_PAGES));
        List<Event> e = events("synthetic:ctxswitch,accesses=1000,quantum=10");
        int previous = -1;
        for (Event x : e.subList(48, e.size())) {
            if (x instanceof Event.SwitchProcess s) {
                assertThat(s.pid()).isNotEqualTo(previous);
                previous = s.pid();
            }
        }
    }

    private static void forEachPage(int pid, long va, long length, java.util.function.LongConsumer action) {
        for (long page = Paging.pageBase(va); page < va + length; page += Paging.PAGE_BYTES) action.accept(key(pid, page));
    }

    private static long key(int pid, long va) {
        return ((long) pid << 36) | ((va & Paging.VA_MASK) >>> Paging.PAGE_SHIFT);
    }

    /** A workload's summary and its miss rate in a 32-entry LRU TLB of 4K pages tagged by process. */
    private record Character(WorkloadSummary summary, double tlbMissRate) {
        static Character of(String spec) {
            Map<Long, Boolean> tlb = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > TLB_ENTRIES;
                }
            };
            long misses = 0;
            int pid = 0;
            try (EventStream s = Workloads.parse(spec).open()) {
                for (Event e = s.next(); e != null; e = s.next()) {
                    if (e instanceof Event.SwitchProcess sp) pid = sp.pid();
                    if (e instanceof Event.Access a && tlb.put(key(pid, a.va()), Boolean.TRUE) == null) misses++;
                }
            }
            WorkloadSummary summary = WorkloadSummary.of(Workloads.parse(spec));
            return new Character(summary, summary.accesses() == 0 ? 0 : (double) misses / summary.accesses());
        }
    }
}
