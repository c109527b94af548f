package nestmmu.tb.mmu.regress;

import static nestmmu.tb.mmu.regress.Rig.VA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.NpfExitInfo;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.config.MmuConfig;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.translate.FaultKind;
import nestmmu.sim.translate.NestedTranslator;
import nestmmu.sim.translate.TranslationResult;
import nestmmu.tb.mmu.coverage.FaultClass;

/**
 * #NPF at every level of the nested (host) dimension: on a guest page-table access (the first
 * one, gCR3's page, at every host level; and, at host level 1, the access of each guest level)
 * and on the final guest-physical address (its data zone has a host path of its own at every level
 * the config's physical width allows).
 */
final class NestedFaultScenarios {
    private NestedFaultScenarios() {}

    static List<Scenario> all(MmuConfig config) {
        List<Scenario> list = new ArrayList<>();
        for (int level = 4; level >= 1; level--) {
            for (EntryFault fault : EntryFault.values()) {
                PageSize host = hostPageFor(fault, level);
                if (!fault.appliesTo(level, level == host.leafLevel())) continue;
                list.add(onTable(level, fault, host));
                if (level < 4 || config.physAddrBits() >= 40) list.add(onFinal(level, fault, host));
            }
        }
        for (PageSize host : PageSize.values()) {
            list.add(tableProtection(host, Protection.W));
            list.add(tableProtection(host, Protection.U));
            for (Protection p : Protection.values()) list.add(finalProtection(host, p));
        }
        for (int guestLevel = 4; guestLevel >= 1; guestLevel--) list.add(onGuestLevel(guestLevel));
        return list;
    }

    /** The host page size whose leaf sits at {@code level} when the fault needs a leaf there, else 4K. */
    private static PageSize hostPageFor(EntryFault fault, int level) {
        boolean large = fault.needsLargeLeaf() && (level == 2 || level == 3);
        return large ? PageSize.ofLeafLevel(level) : PageSize.SIZE_4K;
    }

    private static void assertNpf(Rig rig, TranslationResult r, boolean table, FaultClass kind, int hostLevel, long gpa) {
        assertThat(r.fault()).isEqualTo(FaultKind.NESTED_PAGE_FAULT);
        assertThat((r.exitInfo1() & NpfExitInfo.GUEST_TABLE) != 0).as("EXITINFO1 bit 33").isEqualTo(table);
        assertThat((r.exitInfo1() & NpfExitInfo.FINAL_GPA) != 0).as("EXITINFO1 bit 32").isEqualTo(!table);
        assertThat(FaultClass.of(r.exitInfo1())).isEqualTo(kind);
        assertThat(r.exitInfo2()).as("EXITINFO2").isEqualTo(gpa);
        assertThat(rig.mmu().twoStageWalker().hostFaultLevel()).as("host level").isEqualTo(hostLevel);
    }

    private static Scenario onTable(int level, EntryFault fault, PageSize host) {
        return new Scenario("nested: " + fault + " at host L" + level + " on the gCR3 access is a #NPF (table)", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig);
            w.mapGuest(VA, PageSize.SIZE_4K, Permissions.ALL).backTables(host, Permissions.ALL);
            w.backData(w.finalGpa(VA, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            long entry = w.guest.entryAddress(VA, 4);
            w.corruptHost(entry, level, fault);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertNpf(rig, r, true, fault.expected(), level, entry);
            assertThat(rig.mmu().twoStageWalker().guestFaultLevel()).isEqualTo(4);
            assertThat(rig.mmu().references().size()).isEqualTo(5 - level);
        });
    }

    private static Scenario onFinal(int level, EntryFault fault, PageSize host) {
        return new Scenario("nested: " + fault + " at host L" + level + " on the final address is a #NPF (final)", s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig, EntryPolicy.GUEST_OS, EntryPolicy.HYPERVISOR, level == 4);
            long gpa = w.mapGuest(VA, PageSize.SIZE_4K, Permissions.ALL).backTables(PageSize.SIZE_4K, Permissions.ALL)
                    .finalGpa(VA, PageSize.SIZE_4K);
            w.backData(gpa, host, Permissions.ALL);
            w.corruptHost(gpa, level, fault);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertNpf(rig, r, false, fault.expected(), level, gpa);
            assertThat(rig.mmu().references().size()).isEqualTo(4 * 5 + 5 - level);
        });
    }

    private static Scenario tableProtection(PageSize host, Protection p) {
        int level = host.leafLevel();
        String what = p == Protection.W ? "the guest's A-bit write to its PML4 entry, through a read-only host "
                : "the guest's first table read, through a supervisor host ";
        return new Scenario("nested: " + what + host + " page is a #NPF " + p.expected.label() + " (table) at host L" + level, s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig, EntryPolicy.CLEAR, EntryPolicy.HYPERVISOR, false);
            w.mapGuest(VA, PageSize.SIZE_4K, Permissions.ALL).backTables(host, p.lacking);
            w.backData(w.finalGpa(VA, PageSize.SIZE_4K), PageSize.SIZE_4K, Permissions.ALL);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, false);
            assertNpf(rig, r, true, p.expected, level, w.guest.entryAddress(VA, 4));
        });
    }

    private static Scenario finalProtection(PageSize host, Protection p) {
        int level = host.leafLevel();
        return new Scenario("nested: " + p + " (in the host " + host + " page) is a #NPF " + p.expected.label()
                + " (final) at host L" + level, s -> {
            Rig rig = s.rig();
            NestedWorld w = new NestedWorld(rig);
            long gpa = w.mapGuest(VA, PageSize.SIZE_4K, Permissions.ALL).backTables(PageSize.SIZE_4K, Permissions.ALL)
                    .finalGpa(VA, PageSize.SIZE_4K);
            w.backData(gpa, host, p.lacking);
            TranslationResult r = rig.translate(w.context(1, 1), VA, p.access, p.user);
            assertNpf(rig, r, false, p.expected, level, gpa);
        });
    }

    private static Scenario onGuestLevel(int guestLevel) {
        return new Scenario("nested: the guest L" + guestLevel + " table access through a missing host page is a #NPF (table)", s -> {
            Rig rig = s.rig();
            NestedWorld w = NestedWorld.simple(rig, VA, PageSize.SIZE_4K, PageSize.SIZE_4K);
            long entry = w.guest.entryAddress(VA, guestLevel);
            w.corruptHost(entry, 1, EntryFault.NOT_PRESENT);
            TranslationResult r = rig.translate(w.context(1, 1), VA, AccessType.READ, true);
            assertNpf(rig, r, true, FaultClass.NOT_PRESENT, 1, entry);
            NestedTranslator walker = rig.mmu().twoStageWalker();
            assertThat(walker.guestFaultLevel()).isEqualTo(guestLevel);
        });
    }
}
