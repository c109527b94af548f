package nestmmu.tb.mmu.regress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.sim.model.Context;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.coverage.FaultClass;

/**
 * Page tables a hostile or broken guest (or hypervisor) can build, beyond the single bad entries
 * of {@link FaultScenarios} (not present, an address bit at physAddrBits, PS in a PML4 entry, a
 * misaligned large page — each at every level): tables that point to themselves, two tables that
 * point at each other, an entry pointing at memory nobody wrote, and a nested table that loops.
 * A loop cannot hang a walk — each step goes one level down, whatever table it lands in — so each
 * ends with the architecturally right result: a recursive mapping translates to the table page
 * itself, memory never written reads as zero (a not-present entry). Model and RTL agree on every
 * reference and on the result, and no walk makes more references than its dimensions allow.
 */
final class HostileScenarios {
    /** The table index every level of {@link #SELF} selects: a recursive slot, as OSes use them. */
    static final int SLOT = 0x1ed;
    /** The VA whose four indices are all {@link #SLOT}: sign-extended, offset 0x5e8. */
    static final long SELF = va(SLOT, SLOT, SLOT, SLOT) | 0x5e8;
    /** Indices alternate between two slots: a PML4 and another table that point at each other. */
    static final int OTHER = 0x0a3;
    static final long PING_PONG = va(SLOT, OTHER, SLOT, OTHER) | 0x123;
    private static final long LINK = Pte.P_BIT | Pte.RW_BIT | Pte.US_BIT;

    private HostileScenarios() {}

    static List<Scenario> all() {
        List<Scenario> list = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            list.add(recursive(mode));
            list.add(pingPong(mode));
            list.add(unwritten(mode));
        }
        list.add(hostLoop());
        list.add(guestTableIsHostTable());
        return list;
    }

    static long va(int l4, int l3, int l2, int l1) {
        long v = ((long) l4 << 39) | ((long) l3 << 30) | ((long) l2 << 21) | ((long) l1 << 12);
        return (v << 16) >> 16;   // canonical: bit 47 copied upward
    }

    /** A one-stage table of {@code mode} (native, or the shadow table the VMM built), or a nested world's guest table. */
    private record Table(PageTable table, Context context, NestedWorld nested) {
        /** The host-physical address of the guest-physical (or physical) {@code a}. */
        long host(long a) {
            return nested == null ? a : nested.hostAddress(a);
        }
    }

    private static Table table(Mode mode, Rig rig) {
        if (mode == Mode.NESTED) {
            NestedWorld w = new NestedWorld(rig);
            return new Table(w.guest, w.context(1, 1), w);
        }
        OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS);
        return new Table(w.table, w.context(mode, mode == Mode.SHADOW ? 1 : 0, 1), null);
    }

    /** The most references a walk of {@code mode} can make (reads and A/D writes, cold). */
    private static int bound(Mode mode) {
        return mode == Mode.NESTED ? 48 : 8;
    }

    private static Scenario recursive(Mode mode) {
        return new Scenario(mode + ": a PML4 entry that points at its own table (a recursive mapping) maps the PML4 page itself", s -> {
            Rig rig = s.rig();
            Table t = table(mode, rig);
            t.table().writeEntry(SELF, 4, t.table().root() | LINK);
            if (t.nested() != null) t.nested().backTables(PageSize.SIZE_4K, Permissions.ALL);
            for (AccessType access : List.of(AccessType.READ, AccessType.WRITE)) {
                TranslationResult r = rig.translate(t.context(), SELF, access, true);
                assertThat(r.fault()).as(access.toString()).isEqualTo(FaultKind.NONE);
                assertThat(r.hpa()).isEqualTo(t.host(t.table().root()) | (SELF & 0xfff));
                assertThat(r.pageSize()).isEqualTo(PageSize.SIZE_4K);
                assertThat(rig.mmu().references().size()).isLessThanOrEqualTo(bound(mode));
            }
            // the walk set A, then D, in the one entry it read four times
            long entry = t.table().readEntry(SELF, 4);
            assertThat(entry & (Pte.A_BIT | Pte.D_BIT)).isEqualTo(Pte.A_BIT | Pte.D_BIT);
        });
    }

    private static Scenario pingPong(Mode mode) {
        return new Scenario(mode + ": two tables that point at each other make a walk of four levels that ends in the PML4 page", s -> {
            Rig rig = s.rig();
            Table t = table(mode, rig);
            // PML4[SLOT] -> T, T[OTHER] -> PML4: writeEntry makes T while placing the level-3 entry
            t.table().writeEntry(PING_PONG, 3, t.table().root() | LINK);
            if (t.nested() != null) t.nested().backTables(PageSize.SIZE_4K, Permissions.ALL);
            TranslationResult r = rig.translate(t.context(), PING_PONG, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.NONE);
            assertThat(r.hpa()).isEqualTo(t.host(t.table().root()) | (PING_PONG & 0xfff));
            assertThat(rig.mmu().references().size()).isLessThanOrEqualTo(bound(mode));
        });
    }

    private static Scenario unwritten(Mode mode) {
        return new Scenario(mode + ": a PML4 entry that points at memory nobody wrote reads a zero entry: #PF not present at L3", s -> {
            Rig rig = s.rig();
            Table t = table(mode, rig);
            long nowhere = 0x3000_0000L;    // below every config's physAddrBits, never written
            t.table().writeEntry(Rig.VA, 4, nowhere | LINK);
            if (t.nested() != null) {
                t.nested().backTables(PageSize.SIZE_4K, Permissions.ALL);
                t.nested().nested.map(nowhere, t.host(nowhere), PageSize.SIZE_4K, Permissions.ALL);
            }
            TranslationResult r = rig.translate(t.context(), Rig.VA, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(FaultClass.of(r.errorCode())).isEqualTo(FaultClass.NOT_PRESENT);
            assertThat(r.faultVa()).isEqualTo(Rig.VA);
        });
    }

    private static Scenario hostLoop() {
        return new Scenario("nested: a nested PML4 entry that points at its own table loops the host walk of gCR3 down to a"
                + " zero entry: #NPF (table), not present", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig);
            w.mapGuest(Rig.VA, PageSize.SIZE_4K, Permissions.ALL);
            long gcr3 = w.guest.root();
            // every host level of gCR3's walk with index 0 lands in the nested PML4 again; its PT index finds nothing
            w.nested.writeEntry(gcr3, 4, w.nested.root() | LINK);
            TranslationResult r = rig.translate(w.context(1, 1), Rig.VA, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.NESTED_PAGE_FAULT);
            assertThat(r.exitInfo1() & NpfExitInfo.GUEST_TABLE).isNotZero();
            assertThat(r.exitInfo1() & NpfExitInfo.ERROR_CODE_MASK & 1).as("not present").isZero();
            assertThat(r.exitInfo2()).as("the guest-physical address of the guest PML4 entry").isEqualTo(w.guest.entryAddress(Rig.VA, 4));
            // four reads down the loop, and the one A-bit write of the entry it kept landing on
            assertThat(rig.mmu().references().size() - rig.mmu().references().writes()).isEqualTo(4);
            assertThat(rig.mmu().references().writes()).isEqualTo(1);
        });
    }

    private static Scenario guestTableIsHostTable() {
        return new Scenario("nested: a nested table that maps the guest's PML4 onto the nested PML4 makes the guest read a host"
                + " entry as its own: an empty one, a #PF not present at guest L4", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig);
            w.mapGuest(Rig.VA, PageSize.SIZE_4K, Permissions.ALL).backTables(PageSize.SIZE_4K, Permissions.ALL);
            w.backData(w.finalGpa(Rig.VA, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            // remap the guest's PML4 page to the host's nested PML4 page
            w.nested.map(w.guest.root(), w.nested.root(), PageSize.SIZE_4K, Permissions.ALL);
            TranslationResult r = rig.translate(w.context(1, 1), Rig.VA, AccessType.READ, true);
            // the guest reads its PML4 entry for VA (index 0xfe) from the nested PML4 page, where only
            // index 0 is used: an empty entry, so a guest #PF, not present, at guest L4
            assertThat(r.fault()).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(FaultClass.of(r.errorCode())).isEqualTo(FaultClass.NOT_PRESENT);
            assertThat(r.faultVa()).isEqualTo(Rig.VA);
            assertThat(rig.mmu().twoStageWalker().guestFaultLevel()).isEqualTo(4);
            assertThat(rig.mmu().references().size()).isLessThanOrEqualTo(bound(Mode.NESTED));
        });
    }
}
