package nestmmu.sim.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.config.CacheGeometry;

class TlbTest {
    private static final int RWXU = 7;
    private static final long VA = 0x7f00_1234_5000L;

    @Test
    @DisplayName("fully associative: an entry keeps its page size and covers the whole page")
    void fullyAssociativeKeepsLargePages() {
        Tlb t = new Tlb(CacheGeometry.fullyAssociative(4));
        long base2m = VA & ~0x1f_ffffL;
        t.fill(1, 2, false, VA, 0x4000_0000L + (VA & 0x1f_ffffL), 21, RWXU, false);
        int slot = t.lookup(1, 2, base2m + 0x1f_f000L);
        assertThat(slot).isGreaterThanOrEqualTo(0);
        assertThat(t.translate(slot, base2m + 0x1f_f008L)).isEqualTo(0x4000_0000L + 0x1f_f008L);
        assertThat(t.pageShift(slot)).isEqualTo(21);
        assertThat(t.lookup(1, 2, base2m + 0x20_0000L)).isEqualTo(-1);
    }

    @Test
    @DisplayName("set associative: a large page is splintered into the 4K page accessed, indexed by VA bits 12..")
    void setAssociativeSplinters() {
        Tlb t = new Tlb(new CacheGeometry(8, 2)); // 4 sets
        long base2m = VA & ~0x1f_ffffL;
        int slot = t.fill(1, 2, false, base2m + 0x3000, 0x4000_3000L, 21, RWXU, false);
        assertThat(slot / 2).isEqualTo(3); // set = 4K VPN & 3
        assertThat(t.lookup(1, 2, base2m + 0x3ff8)).isEqualTo(slot);
        assertThat(t.lookup(1, 2, base2m + 0x4000)).isEqualTo(-1); // another 4K of the same 2M page: not held
        assertThat(t.entry(slot).tagShift()).isEqualTo(12);
        assertThat(t.entry(slot).pageShift()).isEqualTo(21);
        // flushing by any address of the 2M page finds the splinter, whatever set it sits in
        t.flushAddress(1, 2, base2m + 0x10_0000L);
        assertThat(t.lookup(1, 2, base2m + 0x3000)).isEqualTo(-1);
    }

    @Test
    @DisplayName("fill: same tag first, else the lowest invalid way, else the PLRU victim")
    void fillRule() {
        Tlb t = new Tlb(CacheGeometry.fullyAssociative(4));
        for (int i = 0; i < 4; i++) assertThat(t.fill(1, 1, false, VA + i * 0x1000L, i * 0x1000L, 12, RWXU, false)).isEqualTo(i);
        // refilling a held page (say, to set dirty) reuses its way
        assertThat(t.fill(1, 1, false, VA + 0x2000, 0x2000, 12, RWXU, true)).isEqualTo(2);
        assertThat(t.dirty(2)).isTrue();
        // touches 0,1,3,2 (fill of 2 last): PLRU victim is way 0
        t.touch(t.lookup(1, 1, VA + 0x3000));
        t.touch(t.lookup(1, 1, VA + 0x2000));
        assertThat(t.plru().victim(0)).isEqualTo(0);
        assertThat(t.fill(1, 1, false, VA + 0x9000, 0x9000, 12, RWXU, false)).isEqualTo(0);
        // an invalid way wins over the victim
        t.flushAddress(1, 1, VA + 0x3000);
        assertThat(t.fill(1, 1, false, VA + 0xa000, 0xa000, 12, RWXU, false)).isEqualTo(3);
    }

    @Test
    @DisplayName("VMIDs never share entries, globals ignore the ASID only")
    void vmidIsolationAndGlobals() {
        Tlb t = new Tlb(CacheGeometry.fullyAssociative(8));
        t.fill(1, 5, true, VA, 0x1000, 12, RWXU, false);
        t.fill(1, 5, false, VA + 0x1000, 0x2000, 12, RWXU, false);
        assertThat(t.lookup(1, 9, VA)).as("global: any ASID of VMID 1").isGreaterThanOrEqualTo(0);
        assertThat(t.lookup(2, 5, VA)).as("never another VMID").isEqualTo(-1);
        assertThat(t.lookup(1, 9, VA + 0x1000)).isEqualTo(-1);
        assertThat(t.lookup(1, 5, VA + 0x1000)).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("flushes: all; VMID (globals too); VMID+ASID (not globals); address (for the ASID or global)")
    void flushKinds() {
        Tlb t = new Tlb(CacheGeometry.fullyAssociative(8));
        Runnable fill = () -> {
            t.flushAll();
            t.fill(1, 5, true, VA, 0x1000, 12, RWXU, false);          // global of VMID 1
            t.fill(1, 5, false, VA + 0x1000, 0x2000, 12, RWXU, false);
            t.fill(1, 6, false, VA + 0x1000, 0x3000, 12, RWXU, false);
            t.fill(2, 5, false, VA + 0x1000, 0x4000, 12, RWXU, false);
        };
        fill.run();
        assertThat(t.validCount()).isEqualTo(4);
        t.flushVmid(1);
        assertThat(t.validCount()).isEqualTo(1);
        assertThat(t.lookup(2, 5, VA + 0x1000)).isGreaterThanOrEqualTo(0);

        fill.run();
        t.flushAsid(1, 5);
        assertThat(t.validCount()).isEqualTo(3);
        assertThat(t.lookup(1, 5, VA)).as("the global survives").isGreaterThanOrEqualTo(0);
        assertThat(t.lookup(1, 5, VA + 0x1000)).isEqualTo(-1);

        fill.run();
        t.flushAddress(1, 6, VA);        // the global page, flushed from another ASID
        t.flushAddress(1, 5, VA + 0x1000);
        assertThat(t.validCount()).isEqualTo(2);
        assertThat(t.lookup(1, 6, VA + 0x1000)).isGreaterThanOrEqualTo(0);
        assertThat(t.lookup(2, 5, VA + 0x1000)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLookupReturnsTheLowestMatchingWay() {
        Tlb t = new Tlb(CacheGeometry.fullyAssociative(4));
        t.fill(1, 1, false, VA + 0x1000, 0x1000, 12, RWXU, false);
        t.fill(1, 1, false, VA, 0x20_0000, 21, RWXU, false); // overlaps the 4K one
        assertThat(t.lookup(1, 1, VA + 0x1000)).isZero();
    }
}
