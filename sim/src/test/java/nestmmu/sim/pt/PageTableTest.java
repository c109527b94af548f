package nestmmu.sim.pt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.sim.mem.FrameAllocator;
import nestmmu.sim.mem.PhysicalMemory;

class PageTableTest {
    private final PhysicalMemory memory = new PhysicalMemory(40);
    private final FrameAllocator frames = new FrameAllocator("tables", 0x10_0000, 0x4000_0000);
    private final PageTable table = new PageTable(memory, frames, EntryPolicy.GUEST_OS);
    private static final long VA = 0x7f12_3456_7000L;

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void mapLookupProtectUnmapEachSize(PageSize size) {
        long frame = 0x40_0000_0000L & ~size.offsetMask();
        long va = VA & ~size.offsetMask();
        table.map(va, frame, size, Permissions.USER_RW);
        Leaf leaf = table.lookup(va + 0x18);
        assertThat(leaf.size()).isEqualTo(size);
        assertThat(leaf.translate(va + 0x18)).isEqualTo(frame + 0x18);
        assertThat(leaf.permissions()).isEqualTo(Permissions.USER_RW);
        assertThat(Pte.isSet(leaf.entry(), Pte.A)).isTrue();       // the guest OS presets A
        assertThat(Pte.isSet(leaf.entry(), Pte.D)).isFalse();      // and leaves D to the hardware
        assertThat(Pte.isSet(leaf.entry(), Pte.PS)).isEqualTo(size != PageSize.SIZE_4K);

        assertThat(table.protect(va, size, Permissions.USER_RO)).isTrue();
        assertThat(table.lookup(va).permissions()).isEqualTo(Permissions.USER_RO);
        assertThat(table.unmap(va, size)).isTrue();
        assertThat(table.lookup(va)).isNull();
        assertThat(table.unmap(va, size)).isFalse();
    }

    @Test
    void upperEntriesCombineIntoThePermissions() {
        table.map(VA, 0x5000, PageSize.SIZE_4K, Permissions.ALL);
        long pdpte = table.readEntry(VA, 3);
        table.writeEntry(VA, 3, (pdpte & ~Pte.US_BIT) | Pte.NX_BIT);
        assertThat(table.lookup(VA).permissions()).isEqualTo(new Permissions(true, false, false));
    }

    @Test
    void aLargePageReplacesTheTableBelowAndFreesIt() {
        table.map(VA, 0x5000, PageSize.SIZE_4K, Permissions.ALL);
        long ptPage = Pte.address(table.readEntry(VA, 2));
        table.map(VA & ~PageSize.SIZE_2M.offsetMask(), 0x20_0000, PageSize.SIZE_2M, Permissions.ALL);
        assertThat(table.lookup(VA).size()).isEqualTo(PageSize.SIZE_2M);
        assertThat(frames.allocate(PageSize.SIZE_4K)).isEqualTo(ptPage); // the freed PT is reused first
    }

    @Test
    void mappingInsideALargerPageIsRefused() {
        table.map(VA & ~PageSize.SIZE_2M.offsetMask(), 0x20_0000, PageSize.SIZE_2M, Permissions.ALL);
        assertThatThrownBy(() -> table.map(VA, 0x5000, PageSize.SIZE_4K, Permissions.ALL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a 2M page");
    }

    @Test
    void clearEntryDropsTheSubtreeAndClearEmptiesTheTable() {
        table.map(VA, 0x5000, PageSize.SIZE_4K, Permissions.ALL);
        table.map(VA + 0x1000, 0x6000, PageSize.SIZE_4K, Permissions.ALL);
        table.clearEntry(VA, 2);
        assertThat(table.lookup(VA)).isNull();
        assertThat(table.lookup(VA + 0x1000)).isNull();
        assertThat(table.entryAddress(VA, 1)).isEqualTo(-1);
        table.map(0x1000, 0x7000, PageSize.SIZE_4K, Permissions.ALL);
        table.clear();
        assertThat(table.lookup(0x1000)).isNull();
        assertThat(table.lookup(VA & ~0xfffL)).isNull();
    }

    @Test
    void kernelHalfAddressesUseTheUpperPml4Entries() {
        long kva = 0xffff_8000_1234_5000L;
        table.map(kva, 0x9000, PageSize.SIZE_4K, Permissions.ALL);
        assertThat(table.entryAddress(kva, 4)).isEqualTo(table.root() + 256 * 8);
        assertThat(table.lookup(kva).translate(kva + 8)).isEqualTo(0x9008);
    }
}
