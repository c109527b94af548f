package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.PfErrorCode;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.sim.Seeds;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.sim.workload.Event;

/**
 * The key property: for any sequence of guest operations (map, unmap, protect, CR3 switch,
 * access), shadow and nested paging give the same host addresses and the same guest-visible
 * faults, and both equal a direct lookup in the guest's and the host's mappings. Native mode runs
 * alongside and must agree with the same guest mapping (its physical addresses are the guest's own).
 */
class ShadowNestedEquivalenceTest {
    private static final int OPS = 400;

    private record Setup(String name, MmuConfig config, PageSize guest, PageSize host) {}

    private static final List<Setup> SETUPS = List.of(
            new Setup("default 4K/4K", MmuConfig.defaults(), PageSize.SIZE_4K, PageSize.SIZE_4K),
            new Setup("default 2M/4K", MmuConfig.defaults(), PageSize.SIZE_2M, PageSize.SIZE_4K),
            new Setup("default 4K/2M", MmuConfig.defaults(), PageSize.SIZE_4K, PageSize.SIZE_2M),
            new Setup("set-assoc+L2 2M/2M", new MmuConfig("sa", 40, 8, 12, new CacheGeometry(8, 2), new CacheGeometry(32, 4),
                    new CacheGeometry(8, 2), new CacheGeometry(8, 4)), PageSize.SIZE_2M, PageSize.SIZE_2M),
            new Setup("tiny 4-bit ASIDs 4K/4K", new MmuConfig("tiny", 40, 4, 1, CacheGeometry.fullyAssociative(2),
                    CacheGeometry.NONE, CacheGeometry.fullyAssociative(2), CacheGeometry.NONE), PageSize.SIZE_4K, PageSize.SIZE_4K),
            new Setup("default 1G/2M", MmuConfig.defaults(), PageSize.SIZE_1G, PageSize.SIZE_2M));

    @TestFactory
    @DisplayName("shadow and nested agree with each other and with the mappings, for random guest operations")
    Stream<DynamicTest> shadowAndNestedAgree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Setup s : SETUPS) {
            for (long seed : Seeds.seeds(1000, 3)) {
                tests.add(DynamicTest.dynamicTest(s.name() + ", seed " + seed, () -> run(s, seed)));
            }
        }
        return tests.stream();
    }

    private record Mapped(long frame, Permissions perms) {}

    private static void run(Setup s, long seed) {
        SplittableRandom r = Seeds.random("ShadowNestedEquivalenceTest " + s.name(), seed);
        Machine shadow = Machine.create(s.config(), RunOptions.of(Mode.SHADOW).withPages(s.guest(), s.host()));
        Machine nested = Machine.create(s.config(), RunOptions.of(Mode.NESTED).withPages(s.guest(), s.host()));
        Machine bare = Machine.create(s.config(), RunOptions.of(Mode.NATIVE).withPages(s.guest(), s.host()));
        List<Machine> all = List.of(shadow, nested, bare);

        long[] candidates = new long[24];
        for (int i = 0; i < candidates.length; i++) {
            long pml4 = i % 3 == 2 ? 300 : i % 3;
            long va = (pml4 << 39) | ((long) (i * 7 % 5) << 30) | ((long) (i % 4) << 21) | ((long) (i % 6) << 12);
            candidates[i] = ((va << 16) >> 16) & ~s.guest().offsetMask();
        }
        Map<Integer, Map<Long, Mapped>> oracle = new HashMap<>();
        int pid = 0;
        oracle.put(0, new HashMap<>());
        List<String> history = new ArrayList<>();
        for (int op = 0; op < OPS; op++) {
            long page = candidates[r.nextInt(candidates.length)];
            Map<Long, Mapped> pages = oracle.get(pid);
            int kind = r.nextInt(100);
            if (kind < 25) {
                Permissions p = randomPerms(r);
                long frame = -1;
                for (Machine m : all) {
                    long f = m.os().populate(page, p);
                    if (frame >= 0) assertThat(f).as("the guest allocates the same frames in every mode").isEqualTo(frame);
                    frame = f;
                }
                pages.put(page, new Mapped(frame, p));
                history.add("map 0x" + Long.toHexString(page) + " " + p);
            } else if (kind < 33) {
                for (Machine m : all) m.os().handle(new Event.Unmap(page, s.guest().bytes()));
                pages.remove(page);
                history.add("unmap 0x" + Long.toHexString(page));
            } else if (kind < 45) {
                Permissions p = randomPerms(r);
                for (Machine m : all) m.os().handle(new Event.Protect(page, s.guest().bytes(), p));
                pages.computeIfPresent(page, (k, v) -> new Mapped(v.frame(), p));
                history.add("protect 0x" + Long.toHexString(page) + " " + p);
            } else if (kind < 52) {
                pid = r.nextInt(3);
                for (Machine m : all) m.os().handle(new Event.SwitchProcess(pid));
                oracle.computeIfAbsent(pid, k -> new HashMap<>());
                history.add("cr3 " + pid);
            } else {
                long va = page | (r.nextLong(s.guest().bytes()) & ~7L);
                AccessType type = AccessType.values()[r.nextInt(3)];
                boolean user = r.nextInt(4) != 0;
                history.add(type + (user ? " user " : " supervisor ") + "0x" + Long.toHexString(va));
                String where = s.name() + " seed " + seed + " op " + op + ", last ops " + tail(history);
                Mapped m = pages.get(page);
                check(shadow, va, type, user, m, true, where + " [shadow]");
                check(nested, va, type, user, m, true, where + " [nested]");
                check(bare, va, type, user, m, false, where + " [native]");
            }
        }
        assertThat(shadow.os().stats().pageFaults()).isEqualTo(nested.os().stats().pageFaults());
    }

    private static void check(Machine machine, long va, AccessType type, boolean user, Mapped m, boolean virtualized, String where) {
        TranslationResult r = machine.platform().access(va, type, user);
        if (m == null) {
            assertThat(r.fault()).as(where).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(r.errorCode()).as(where).isEqualTo(PfErrorCode.ofAccess(type, user));
            assertThat(r.faultVa()).as(where).isEqualTo(va);
            return;
        }
        if (!m.perms().allows(type, user)) {
            assertThat(r.fault()).as(where).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(r.errorCode()).as(where).isEqualTo(PfErrorCode.P | PfErrorCode.ofAccess(type, user));
            return;
        }
        assertThat(r.ok()).as(where).isTrue();
        PageSize guest = machine.os().pageSize();
        long gpa = m.frame() | (va & guest.offsetMask());
        long expected = virtualized ? gpa + MemoryLayout.GUEST_RAM_HOST_BASE : gpa;
        assertThat(r.hpa()).as(where).isEqualTo(expected);
        if (machine.hypervisor() != null && machine.hypervisor().nestedTable() != null) {
            assertThat(machine.hypervisor().nestedTable().lookup(gpa).translate(gpa)).as(where).isEqualTo(expected);
        }
    }

    private static Permissions randomPerms(SplittableRandom r) {
        return new Permissions(r.nextBoolean(), r.nextInt(4) != 0, r.nextBoolean());
    }

    private static String tail(List<String> history) {
        return String.join("; ", history.subList(Math.max(0, history.size() - 8), history.size()));
    }
}
