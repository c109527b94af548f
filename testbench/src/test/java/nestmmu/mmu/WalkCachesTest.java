package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.Paging;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.mmu.cache.NestedTlb;
import nestmmu.mmu.cache.PageWalkCache;
import nestmmu.mmu.cache.PwcEntry;
import nestmmu.tb.Clock;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.RtlTest;

/**
 * The page-walk cache and the nested TLB against the model's blocks on random lookups, uses,
 * fills and flushes: the same hits (deepest level first for the page-walk cache), the same slots
 * filled, in fully associative, set-associative and direct-mapped geometries.
 */
@RtlTest
class WalkCachesTest {
    static final MmuConfig CONFIG = MmuConfig.defaults();
    static final int OPERATIONS = 3000;

    @ParameterizedTest(name = "page-walk cache, {0} entries, {1} ways")
    @CsvSource({"16, 16", "16, 4", "8, 1"})
    void pageWalkCacheMatchesTheModel(int entries, int ways, Duts duts, SplittableRandom random) {
        CacheGeometry g = new CacheGeometry(entries, ways);
        Dut dut = duts.open(BlockDesigns.of("pwc-" + entries + "-" + ways, () -> new PageWalkCache("pwc", CONFIG, g)));
        dut.set("key_vmid_i", 0).set("key_asid_i", 0).set("key_prefix_i", 0).set("use_i", 0).set("fill_valid_i", 0)
                .set("fill_level_i", 1).set("fill_table_i", 0).set("fill_perm_i", 0).set("flush_valid_i", 0)
                .set("flush_op_i", 0).set("flush_vmid_i", 0).set("flush_asid_i", 0).set("flush_vpn_i", 0);
        Clock clock = BlockDesigns.start(dut);
        nestmmu.sim.cache.PageWalkCache model = new nestmmu.sim.cache.PageWalkCache(g);
        for (int op = 0; op < OPERATIONS; op++) {
            int vmid = 1 + random.nextInt(2);
            int asid = 1 + random.nextInt(2);
            long va = ((long) random.nextInt(3) << 39) | ((long) random.nextInt(3) << 30) | ((long) random.nextInt(6) << 21)
                    | random.nextLong(1L << 21);
            dut.set("key_vmid_i", vmid).set("key_asid_i", asid).set("key_prefix_i", va >>> (Paging.VA_BITS - PwcEntry.PREFIX_BITS));
            int action = random.nextInt(10);
            if (action < 4) {
                int slot = model.lookupDeepest(vmid, asid, va);
                assertThat(dut.get("hit_o")).as("hit, op %d", op).isEqualTo(slot >= 0 ? 1 : 0);
                if (slot >= 0) {
                    assertThat(dut.get("hit_slot_o")).as("slot, op %d", op).isEqualTo(slot);
                    assertThat(dut.get("hit_level_o") + 1).as("level, op %d", op).isEqualTo(model.level(slot));
                    assertThat(dut.get("hit_table_o")).as("table, op %d", op).isEqualTo(model.nextTable(slot) >>> Paging.PAGE_SHIFT);
                    assertThat(dut.get("hit_perm_o")).as("perm, op %d", op).isEqualTo(model.perms(slot));
                }
                pulse(dut, clock, "use_i");
            } else if (action < 9) {
                int level = 2 + random.nextInt(3);
                long table = random.nextLong(1L << (CONFIG.physAddrBits() - Paging.PAGE_SHIFT));
                int perm = random.nextInt(8);
                dut.set("fill_level_i", level - 1).set("fill_table_i", table).set("fill_perm_i", perm);
                int slot = model.fill(vmid, asid, level, va, table << Paging.PAGE_SHIFT, perm);
                assertThat(dut.get("fill_slot_o")).as("fill slot, op %d", op).isEqualTo(slot);
                pulse(dut, clock, "fill_valid_i");
            } else {
                Encodings.FlushOp f = Encodings.FlushOp.values()[random.nextInt(4)];
                switch (f) {
                    case ALL -> model.flushAll();
                    case VMID -> model.flushVmid(vmid);
                    case ASID, ADDRESS -> model.flushAsid(vmid, asid);
                }
                dut.set("flush_op_i", f.code()).set("flush_vmid_i", vmid).set("flush_asid_i", asid);
                pulse(dut, clock, "flush_valid_i");
            }
        }
    }

    @ParameterizedTest(name = "nested TLB, {0} entries, {1} ways")
    @CsvSource({"16, 16", "8, 2", "4, 1"})
    void nestedTlbMatchesTheModel(int entries, int ways, Duts duts, SplittableRandom random) {
        CacheGeometry g = new CacheGeometry(entries, ways);
        Dut dut = duts.open(BlockDesigns.of("ntlb-" + entries + "-" + ways, () -> new NestedTlb("ntlb", CONFIG, g)));
        dut.set("key_vmid_i", 0).set("key_gpage_i", 0).set("touch_i", 0).set("fill_valid_i", 0).set("fill_hpage_i", 0)
                .set("fill_perm_i", 0).set("fill_dirty_i", 0).set("flush_valid_i", 0).set("flush_op_i", 0)
                .set("flush_vmid_i", 0).set("flush_asid_i", 0).set("flush_vpn_i", 0);
        Clock clock = BlockDesigns.start(dut);
        nestmmu.sim.cache.NestedTlb model = new nestmmu.sim.cache.NestedTlb(g);
        for (int op = 0; op < OPERATIONS; op++) {
            int vmid = 1 + random.nextInt(2);
            long gpage = 0x1000 + random.nextInt(3 * entries);
            dut.set("key_vmid_i", vmid).set("key_gpage_i", gpage);
            int slot = model.lookup(vmid, gpage);
            assertThat(dut.get("hit_o")).as("hit, op %d", op).isEqualTo(slot >= 0 ? 1 : 0);
            if (slot >= 0) {
                assertThat(dut.get("hit_slot_o")).as("slot, op %d", op).isEqualTo(slot);
                assertThat(dut.get("hit_hpage_o")).as("host page, op %d", op).isEqualTo(model.hostPage(slot));
                assertThat(dut.get("hit_perm_o")).as("perm, op %d", op).isEqualTo(model.perms(slot));
                assertThat(dut.get("hit_dirty_o")).as("dirty, op %d", op).isEqualTo(model.dirty(slot) ? 1 : 0);
            }
            int action = random.nextInt(10);
            if (action < 4 && slot >= 0) {
                model.touch(slot);
                pulse(dut, clock, "touch_i");
            } else if (action < 9) {
                long hpage = random.nextLong(1L << (CONFIG.physAddrBits() - Paging.PAGE_SHIFT));
                int perm = random.nextInt(8);
                boolean dirty = random.nextBoolean();
                dut.set("fill_hpage_i", hpage).set("fill_perm_i", perm).set("fill_dirty_i", dirty ? 1 : 0);
                assertThat(dut.get("fill_slot_o")).as("fill slot, op %d", op).isEqualTo(model.fill(vmid, gpage, hpage, perm, dirty));
                pulse(dut, clock, "fill_valid_i");
            } else {
                Encodings.FlushOp f = Encodings.FlushOp.values()[random.nextInt(4)];
                if (f == Encodings.FlushOp.ALL) model.flushAll();
                if (f == Encodings.FlushOp.VMID) model.flushVmid(vmid);
                dut.set("flush_op_i", f.code()).set("flush_vmid_i", vmid).set("flush_asid_i", 1);
                pulse(dut, clock, "flush_valid_i");
            }
        }
    }

    private static void pulse(Dut dut, Clock clock, String input) {
        dut.set(input, 1);
        dut.await(clock.risingEdge());
        dut.set(input, 0);
    }
}
