package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.config.MmuConfig;
import nestmmu.sim.workload.Event;

class VmmTest {
    private static final long BASE = 0x1000_0000L;

    private final Machine m = Machine.create(MmuConfig.defaults(), RunOptions.of(Mode.SHADOW));
    private final Vmm vmm = m.vmm();

    private long exits(VmExitReason r) { return vmm.exits(r); }

    private void access(long va, AccessType type) { m.os().handle(new Event.Access(va, type, true)); }

    @Test
    @DisplayName("boot is one CR3 write; a first touch is pfInject, then hiddenFault once the guest mapped the page")
    void demandPagingThroughTheVmm() {
        assertThat(exits(VmExitReason.CR3_WRITE)).isEqualTo(1);
        m.os().handle(new Event.Map(BASE, 0x4000, Permissions.USER_RW));
        access(BASE, AccessType.READ);
        assertThat(exits(VmExitReason.PF_INJECT)).isEqualTo(1);
        assertThat(exits(VmExitReason.HIDDEN_FAULT)).isEqualTo(1);
        assertThat(exits(VmExitReason.PT_WRITE)).as("that PT page was not shadowed yet").isZero();
        assertThat(vmm.vmmReads()).as("1 for the failed walk's PML4E, 4 for the fill").isEqualTo(1 + 4);
        // the PT page is shadowed now: the guest's next PTE write into it exits
        access(BASE + 0x1000, AccessType.READ);
        assertThat(exits(VmExitReason.PT_WRITE)).isEqualTo(1);
        assertThat(exits(VmExitReason.HIDDEN_FAULT)).isEqualTo(2);
        assertThat(m.os().stats().pageFaults()).isEqualTo(2);
        assertThat(vmm.isWriteProtected(m.os().pageTable().entryAddress(BASE, 1))).isTrue();
    }

    @Test
    @DisplayName("a read maps the shadow read-only; the first write exits as dirtyBit and sets the guest's D")
    void dirtyBitEmulation() {
        m.os().handle(new Event.Map(BASE, 0x1000, Permissions.USER_RW));
        access(BASE, AccessType.READ);
        long shadowLeaf = vmm.shadowTable().readEntry(BASE, 1);
        assertThat(Pte.isSet(shadowLeaf, Pte.RW)).isFalse();
        assertThat(Pte.isSet(m.os().pageTable().readEntry(BASE, 1), Pte.D)).isFalse();
        access(BASE, AccessType.WRITE);
        assertThat(exits(VmExitReason.DIRTY_BIT)).isEqualTo(1);
        assertThat(Pte.isSet(vmm.shadowTable().readEntry(BASE, 1), Pte.RW)).isTrue();
        assertThat(Pte.isSet(m.os().pageTable().readEntry(BASE, 1), Pte.D)).isTrue();
        access(BASE + 8, AccessType.WRITE);
        assertThat(exits(VmExitReason.DIRTY_BIT)).isEqualTo(1);
    }

    @Test
    void aWriteFaultMapsWritableAtOnce() {
        m.os().handle(new Event.Map(BASE, 0x1000, Permissions.USER_RW));
        access(BASE, AccessType.WRITE);
        assertThat(exits(VmExitReason.DIRTY_BIT)).isZero();
        assertThat(Pte.isSet(vmm.shadowTable().readEntry(BASE, 1), Pte.RW)).isTrue();
    }

    @Test
    @DisplayName("unmap and protect write protected PTEs (ptWrite) and INVLPG (invlpg); the shadow entry goes")
    void guestTableChangesExit() {
        m.os().handle(new Event.Map(BASE, 0x2000, Permissions.USER_RW));
        access(BASE, AccessType.WRITE);
        access(BASE + 0x1000, AccessType.WRITE);
        long ptWrites = exits(VmExitReason.PT_WRITE);
        m.os().handle(new Event.Protect(BASE, 0x1000, Permissions.USER_RO));
        assertThat(exits(VmExitReason.PT_WRITE)).isEqualTo(ptWrites + 1);
        assertThat(exits(VmExitReason.INVLPG)).isEqualTo(1);
        assertThat(vmm.shadowTable().readEntry(BASE, 1)).isZero();
        m.os().handle(new Event.Unmap(BASE + 0x1000, 0x1000));
        assertThat(exits(VmExitReason.PT_WRITE)).isEqualTo(ptWrites + 2);
        assertThat(exits(VmExitReason.INVLPG)).isEqualTo(2);
        // the protected page now faults for the guest with the guest's own error code
        long before = exits(VmExitReason.PF_INJECT);
        access(BASE, AccessType.WRITE);
        assertThat(exits(VmExitReason.PF_INJECT)).isEqualTo(before + 1);
        assertThat(m.os().stats().protectionFaults()).isEqualTo(1);
    }

    @Test
    void processSwitchesExitAndKeepEachShadow() {
        m.os().handle(new Event.Map(BASE, 0x1000, Permissions.USER_RW));
        access(BASE, AccessType.READ);
        long shadow0 = vmm.shadowRoot();
        m.os().handle(new Event.SwitchProcess(1));
        assertThat(vmm.shadowRoot()).isNotEqualTo(shadow0);
        m.os().handle(new Event.SwitchProcess(0));
        assertThat(vmm.shadowRoot()).isEqualTo(shadow0);
        assertThat(exits(VmExitReason.CR3_WRITE)).isEqualTo(3);
        long hidden = exits(VmExitReason.HIDDEN_FAULT);
        access(BASE, AccessType.READ);
        assertThat(exits(VmExitReason.HIDDEN_FAULT)).as("the shadow of process 0 survived the switches").isEqualTo(hidden);
    }

    @Test
    void exitCyclesFollowTheCostTable() {
        ExitCosts costs = ExitCosts.defaults().with(VmExitReason.CR3_WRITE, 7).with(VmExitReason.HIDDEN_FAULT, 100)
                .with(VmExitReason.PF_INJECT, 10_000);
        Machine c = Machine.create(MmuConfig.defaults(), new RunOptions(Mode.SHADOW, PageSize.SIZE_4K, PageSize.SIZE_4K, 20, costs));
        c.os().handle(new Event.Access(BASE, AccessType.READ, true));
        assertThat(c.vmm().vmmCycles()).isEqualTo(7 + 10_000 + 100);
    }
}
