package nestmmu.sim.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.arch.Permissions;
import nestmmu.arch.PfErrorCode;
import nestmmu.arch.Pte;
import nestmmu.sim.Seeds;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;

class NativeTranslatorTest {
    private static final int PHYS = 40;
    private static final long VA = 0x7f5a_b3c4_d5e8L;
    private final PhysicalMemory memory = new PhysicalMemory(PHYS);
    private final References refs = new References();
    private final NativeTranslator walker = new NativeTranslator(memory, PHYS, refs, References.GUEST);

    private PageTable table(EntryPolicy policy) {
        return new PageTable(memory, new FrameAllocator("tables", 0x10_0000, 0x4000_0000), policy);
    }

    private boolean walk(PageTable t, long va, AccessType type, boolean user) {
        refs.clear();
        return walker.walk(t.root(), va, type, user, 0, 0);
    }

    @Test
    @DisplayName("a read sets A level by level, each write right after its read; a later write sets D on the leaf only")
    void accessedAndDirtyUpdatesAppearInTheReferenceSequence() {
        PageTable t = table(EntryPolicy.CLEAR);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        memory.record(true);
        assertThat(walk(t, VA, AccessType.READ, true)).isTrue();
        assertThat(refs.size()).isEqualTo(8);
        for (int i = 0; i < 4; i++) {
            int level = 4 - i;
            assertThat(refs.isWrite(2 * i)).isFalse();
            assertThat(refs.level(2 * i)).isEqualTo(level);
            assertThat(refs.isWrite(2 * i + 1)).isTrue();
            assertThat(refs.address(2 * i + 1)).isEqualTo(refs.address(2 * i));
            assertThat(refs.value(2 * i + 1)).isEqualTo(refs.value(2 * i) | Pte.A_BIT);
        }
        assertThat(walker.dirty()).isFalse();
        // the walker's record is exactly what memory saw
        assertThat(memory.log().size()).isEqualTo(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            assertThat(memory.log().address(i)).isEqualTo(refs.address(i));
            assertThat(memory.log().isWrite(i)).isEqualTo(refs.isWrite(i));
            assertThat(memory.log().value(i)).isEqualTo(refs.value(i));
        }

        assertThat(walk(t, VA, AccessType.WRITE, true)).isTrue();
        assertThat(refs.reads()).isEqualTo(4);
        assertThat(refs.writes()).isEqualTo(1);
        assertThat(refs.level(4)).isEqualTo(1);
        assertThat(refs.value(4) & (Pte.A_BIT | Pte.D_BIT)).isEqualTo(Pte.A_BIT | Pte.D_BIT);
        assertThat(walker.dirty()).isTrue();
        assertThat(walk(t, VA, AccessType.WRITE, true)).isTrue();
        assertThat(refs.writes()).isZero();
    }

    @Test
    @DisplayName("a protection fault sets A on the upper levels it passed but never writes the leaf")
    void protectionFaultWritesNoLeaf() {
        PageTable t = table(EntryPolicy.CLEAR);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.USER_RO);
        assertThat(walk(t, VA, AccessType.WRITE, true)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.WR | PfErrorCode.US);
        assertThat(refs.writes()).isEqualTo(3);
        assertThat(refs.isWrite(refs.size() - 1)).isFalse();
        assertThat(Pte.isSet(t.readEntry(VA, 1), Pte.A)).isFalse();
    }

    @ParameterizedTest(name = "not present at level {0}")
    @ValueSource(ints = {4, 3, 2, 1})
    void notPresentAtEachLevel(int level) {
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        t.writeEntry(VA, level, t.readEntry(VA, level) & ~Pte.P_BIT);
        assertThat(walk(t, VA, AccessType.WRITE, true)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.WR | PfErrorCode.US);
        assertThat(walker.faultLevel()).isEqualTo(level);
        assertThat(refs.reads()).isEqualTo(5 - level);
    }

    @ParameterizedTest(name = "reserved address bit at level {0} of a {1} walk")
    @CsvSource({"4, 4K", "3, 4K", "2, 4K", "1, 4K", "3, 1G", "2, 2M"})
    void reservedAddressBitAtEachLevel(int level, String size) {
        PageSize s = PageSize.parseOrNull(size);
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA & ~s.offsetMask(), 0x4000_0000L, s, Permissions.ALL);
        t.writeEntry(VA, level, t.readEntry(VA, level) | (1L << PHYS)); // first bit above the physical width
        assertThat(walk(t, VA, AccessType.EXECUTE, false)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.RSVD | PfErrorCode.ID);
        assertThat(walker.faultLevel()).isEqualTo(level);
    }

    @Test
    void psInAPml4eIsReserved() {
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        t.writeEntry(VA, 4, t.readEntry(VA, 4) | Pte.PS_BIT);
        assertThat(walk(t, VA, AccessType.READ, true)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.RSVD | PfErrorCode.US);
        assertThat(walker.faultLevel()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} leaf with address bit {1} set: reserved={2}")
    @CsvSource({"2M, 12, false", "2M, 13, true", "2M, 20, true", "1G, 12, false", "1G, 13, true", "1G, 29, true", "4K, 12, false"})
    void lowAddressBitsOfALargeLeafAreReservedExceptPat(String size, int bit, boolean reserved) {
        PageSize s = PageSize.parseOrNull(size);
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA & ~s.offsetMask(), 0x4000_0000L, s, Permissions.ALL);
        t.writeEntry(VA, s.leafLevel(), t.readEntry(VA, s.leafLevel()) | (1L << bit));
        boolean ok = walk(t, VA, AccessType.READ, true);
        assertThat(ok).isEqualTo(!reserved);
        if (reserved) {
            assertThat(walker.errorCode() & PfErrorCode.RSVD).isNotZero();
            assertThat(walker.faultLevel()).isEqualTo(s.leafLevel());
        }
    }

    @ParameterizedTest(name = "{1} cleared at level {0}")
    @CsvSource({"4, RW", "3, RW", "2, RW", "1, RW", "4, US", "3, US", "2, US", "1, US", "4, NX", "3, NX", "2, NX", "1, NX"})
    void permissionsAreCombinedOverEveryLevel(int level, String bit) {
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.ALL);
        long e = t.readEntry(VA, level);
        AccessType denied;
        switch (bit) {
            case "RW": e &= ~Pte.RW_BIT; denied = AccessType.WRITE; break;
            case "US": e &= ~Pte.US_BIT; denied = AccessType.READ; break;
            default: e |= Pte.NX_BIT; denied = AccessType.EXECUTE; break;
        }
        t.writeEntry(VA, level, e);
        assertThat(walk(t, VA, denied, true)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.ofAccess(denied, true));
        assertThat(walker.faultLevel()).isEqualTo(1); // permissions are judged at the leaf
        assertThat(walk(t, VA, AccessType.READ, false)).as("a supervisor read still passes").isTrue();
    }

    @Test
    void supervisorMayUseUserPagesButNotWriteReadOnlyOnes() {
        PageTable t = table(EntryPolicy.GUEST_OS);
        t.map(VA, 0x4000_0000L, PageSize.SIZE_4K, Permissions.USER_RO);
        assertThat(walk(t, VA, AccessType.READ, false)).isTrue();
        assertThat(walk(t, VA, AccessType.WRITE, false)).isFalse();
        assertThat(walker.errorCode()).isEqualTo(PfErrorCode.P | PfErrorCode.WR);
    }

    /** An independent statement of x86 access rights (no SMEP/SMAP, CR0.WP=1). */
    private static boolean oracleAllows(Permissions p, AccessType type, boolean user) {
        boolean privilegeOk = !user || p.user();
        switch (type) {
            case READ: return privilegeOk;
            case WRITE: return privilegeOk && p.writable();
            default: return privilegeOk && p.executable();
        }
    }

    @TestFactory
    @DisplayName("random tables against a brute-force reference: every mapped page, every access kind, both privileges")
    Stream<DynamicTest> bruteForceReference() {
        return Seeds.seeds(100, 4).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> bruteForce(seed)));
    }

    private record Expected(long frame, PageSize size, Permissions perms) {}

    private void bruteForce(long seed) {
        SplittableRandom r = Seeds.random("NativeTranslatorTest.bruteForce", seed);
        PageTable t = table(r.nextBoolean() ? EntryPolicy.CLEAR : EntryPolicy.GUEST_OS);
        Map<Long, Expected> pages = new HashMap<>(); // page base VA -> expected
        Map<Integer, Permissions> pml4Limits = new HashMap<>();
        List<Long> probes = new ArrayList<>();
        long nextFrame = 1L << 30;
        for (int i = 0; i < 60; i++) {
            PageSize s = PageSize.values()[r.nextInt(3)];
            int pml4 = r.nextInt(4) + (r.nextBoolean() ? 0 : 256);
            long va = ((long) pml4 << 39) | (r.nextLong(1L << 39) & ~s.offsetMask());
            va = (va << 16) >> 16;
            if (t.lookup(va) != null || overlapsSmaller(pages, va, s)) continue;
            Permissions p = new Permissions(r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
            nextFrame = (nextFrame + s.offsetMask()) & ~s.offsetMask();
            try {
                t.map(va, nextFrame, s, p);
            } catch (IllegalStateException inside) {
                continue;
            }
            pages.put(va, new Expected(nextFrame, s, p));
            nextFrame += s.bytes();
            probes.add(va + (r.nextLong(s.bytes()) & ~7L));
            probes.add(va ^ (1L << 12 + r.nextInt(27))); // a neighbour, often unmapped
        }
        for (int pml4 : List.of(0, 1, 256)) {
            if (!r.nextBoolean()) continue;
            Permissions limit = new Permissions(r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
            long va = ((long) pml4 << 39);
            va = (va << 16) >> 16;
            long e = t.readEntry(va, 4);
            if (!Pte.isSet(e, Pte.P)) continue;
            long flags = (limit.writable() ? Pte.RW_BIT : 0) | (limit.user() ? Pte.US_BIT : 0) | (limit.executable() ? 0 : Pte.NX_BIT);
            t.writeEntry(va, 4, (e & ~(Pte.RW_BIT | Pte.US_BIT | Pte.NX_BIT)) | flags);
            pml4Limits.put(pml4, limit);
        }
        for (long probe : probes) {
            Expected exp = find(pages, probe);
            for (AccessType type : AccessType.values()) {
                for (boolean user : new boolean[] {true, false}) {
                    boolean ok = walk(t, probe, type, user);
                    String what = String.format("seed %d va 0x%x %s %s", seed, probe, type, user ? "user" : "supervisor");
                    if (exp == null) {
                        assertThat(ok).as(what).isFalse();
                        assertThat(walker.errorCode()).as(what).isEqualTo(PfErrorCode.ofAccess(type, user));
                        continue;
                    }
                    Permissions eff = exp.perms();
                    Permissions limit = pml4Limits.get(Paging.index(probe, 4));
                    if (limit != null) eff = eff.and(limit);
                    assertThat(ok).as(what).isEqualTo(oracleAllows(eff, type, user));
                    if (ok) {
                        assertThat(walker.pa()).as(what).isEqualTo(exp.frame() | (probe & exp.size().offsetMask()));
                        assertThat(walker.pageSize()).as(what).isEqualTo(exp.size());
                        assertThat(PermissionBits.toPermissions(walker.perms())).as(what).isEqualTo(eff);
                    } else {
                        assertThat(walker.errorCode()).as(what).isEqualTo(PfErrorCode.P | PfErrorCode.ofAccess(type, user));
                    }
                }
            }
        }
    }

    private static Expected find(Map<Long, Expected> pages, long va) {
        for (PageSize s : PageSize.values()) {
            Expected e = pages.get(va & ~s.offsetMask());
            if (e != null && e.size() == s) return e;
        }
        return null;
    }

    private static boolean overlapsSmaller(Map<Long, Expected> pages, long va, PageSize s) {
        for (Map.Entry<Long, Expected> e : pages.entrySet()) {
            long base = e.getKey();
            if (base >= va && base < va + s.bytes()) return true;
        }
        return false;
    }
}
