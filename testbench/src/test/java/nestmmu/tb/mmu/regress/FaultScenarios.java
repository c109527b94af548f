package nestmmu.tb.mmu.regress;

import static nestmmu.tb.mmu.regress.Rig.VA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.sim.model.Context;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.coverage.FaultClass;

/**
 * Faults of the virtual-address dimension at every level: the one table of native mode and of
 * shadow mode (the MMU walks a shadow table exactly like a native one; here the test plays the VMM
 * that built it), and the guest table of nested mode. For each page size: every entry fault the
 * level admits, and each protection fault at the leaf.
 */
final class FaultScenarios {
    private FaultScenarios() {}

    static List<Scenario> all() {
        List<Scenario> list = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (PageSize size : PageSize.values()) {
                for (int level = 4; level >= size.leafLevel(); level--) {
                    for (EntryFault fault : EntryFault.values()) {
                        if (fault.appliesTo(level, level == size.leafLevel())) list.add(entry(mode, size, level, fault));
                    }
                }
                for (Protection p : Protection.values()) list.add(protection(mode, size, p));
            }
        }
        return list;
    }

    /** A world of {@code mode} with {@link Rig#VA} mapped as {@code size} with {@code perms}. */
    private interface World {
        Context context();

        void corrupt(int level, EntryFault fault);

        /** The walker level the last fault was found at. */
        int faultLevel();

        /** References of a cold walk that stops at {@code level}. */
        int referencesTo(int level);
    }

    private static World world(Mode mode, Rig rig, PageSize size, Permissions perms) {
        if (mode == Mode.NESTED) {
            NestedWorld w = new NestedWorld(rig);
            w.mapGuest(VA, size, perms).backTables(PageSize.SIZE_4K, Permissions.ALL);
            w.backData(w.finalGpa(VA, size), PageSize.SIZE_4K, Permissions.ALL);
            return new World() {
                public Context context() { return w.context(1, 1); }
                public void corrupt(int level, EntryFault fault) { w.corruptGuest(VA, level, fault); }
                public int faultLevel() { return rig.mmu().twoStageWalker().guestFaultLevel(); }
                public int referencesTo(int level) { return (5 - level) * 5; }
            };
        }
        OneStageWorld w = new OneStageWorld(rig, EntryPolicy.GUEST_OS).map(VA, size, perms);
        return new World() {
            public Context context() { return w.context(mode, mode == Mode.SHADOW ? 1 : 0, 1); }
            public void corrupt(int level, EntryFault fault) { w.corrupt(VA, level, fault); }
            public int faultLevel() { return rig.mmu().oneStageWalker().faultLevel(); }
            public int referencesTo(int level) { return 5 - level; }
        };
    }

    private static String where(Mode mode) {
        return mode == Mode.NESTED ? "guest L" : "L";
    }

    private static Scenario entry(Mode mode, PageSize size, int level, EntryFault fault) {
        return new Scenario(mode + " " + size + ": " + fault + " at " + where(mode) + level + " is a #PF "
                + fault.expected().label() + " there", s -> {
            Rig rig = s.rig();
            World w = world(mode, rig, size, Permissions.ALL);
            w.corrupt(level, fault);
            TranslationResult r = rig.translate(w.context(), VA, AccessType.READ, true);
            assertThat(r.fault()).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(FaultClass.of(r.errorCode())).isEqualTo(fault.expected());
            assertThat(w.faultLevel()).isEqualTo(level);
            assertThat(r.faultVa()).isEqualTo(VA);
            assertThat(rig.mmu().references().size()).isEqualTo(w.referencesTo(level));
        });
    }

    private static Scenario protection(Mode mode, PageSize size, Protection p) {
        int leaf = size.leafLevel();
        return new Scenario(mode + " " + size + ": " + p + " is a protection #PF at " + where(mode) + leaf, s -> {
            Rig rig = s.rig();
            World w = world(mode, rig, size, p.lacking);
            TranslationResult r = rig.translate(w.context(), VA, p.access, p.user);
            assertThat(r.fault()).isEqualTo(FaultKind.PAGE_FAULT);
            assertThat(FaultClass.of(r.errorCode())).isEqualTo(p.expected);
            assertThat(w.faultLevel()).isEqualTo(leaf);
            assertThat(rig.mmu().references().writes()).as("a refused access writes no A/D bit").isZero();
        });
    }
}
