package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.PageSize;
import nestmmu.arch.Paging;
import nestmmu.config.CacheGeometry;
import nestmmu.config.MmuConfig;
import nestmmu.mmu.tlb.SetAssocTlb;
import nestmmu.mmu.tlb.TlbArray;
import nestmmu.sim.cache.Tlb;
import nestmmu.sim.cache.TlbEntry;
import nestmmu.tb.Clock;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.RtlTest;

/**
 * Both TLB arrays against the model's {@link Tlb} on random lookups, touches, fills and flushes:
 * the same slot found, the same entry in it, the same slot filled — so the same ways and PLRU
 * victims — in every geometry the generator builds.
 */
@RtlTest
class TlbArrayTest {
    static final MmuConfig CONFIG = MmuConfig.defaults();
    static final int OPERATIONS = 3000;

    /** Small pools of VMIDs, ASIDs and pages, so lookups hit and fills collide. */
    record Key(int vmid, int asid, long va) {}

    @ParameterizedTest(name = "register array, {0} entries, {1} ways")
    @CsvSource({"8, 8", "32, 32", "16, 4", "8, 1"})
    void registerArrayMatchesTheModel(int entries, int ways, Duts duts, SplittableRandom random) {
        CacheGeometry g = new CacheGeometry(entries, ways);
        Dut dut = duts.open(BlockDesigns.of("tlb-" + entries + "-" + ways, () -> new TlbArray("tlb", CONFIG, g)));
        idle(dut, false);
        Clock clock = BlockDesigns.start(dut);
        run(dut, clock, new Tlb(g), g, false, random);
    }

    @ParameterizedTest(name = "memory array, {0} entries, {1} ways")
    @CsvSource({"512, 4", "64, 2"})
    void memoryArrayMatchesTheModel(int entries, int ways, Duts duts, SplittableRandom random) {
        CacheGeometry g = new CacheGeometry(entries, ways);
        Dut dut = duts.open(BlockDesigns.of("satlb-" + entries + "-" + ways, () -> new SetAssocTlb("tlb", CONFIG, g)));
        idle(dut, true);
        Clock clock = BlockDesigns.start(dut);
        dut.waitUntil(dut.signal("busy_o").is(0), g.sets() + 2);
        run(dut, clock, new Tlb(g), g, true, random);
    }

    private static void run(Dut dut, Clock clock, Tlb model, CacheGeometry g, boolean memory, SplittableRandom random) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 3 * g.entries(); i++) {
            long va = (0x7f00_0000_0000L + ((long) random.nextInt(4) << 30) + ((long) random.nextInt(8) << 21)
                    + ((long) random.nextInt(2 * g.entries()) << 12)) & Paging.VA_MASK;
            keys.add(new Key(1 + random.nextInt(2), 1 + random.nextInt(3), va));
        }
        for (int op = 0; op < OPERATIONS; op++) {
            Key k = keys.get(random.nextInt(keys.size()));
            long va = k.va() + (random.nextLong(1L << 21) & ~0xFFFL) * (random.nextInt(4) == 0 ? 1 : 0);
            setKey(dut, k.vmid(), k.asid(), va);
            if (memory) {
                dut.set("read_i", 1);
                dut.await(clock.risingEdge());
                dut.set("read_i", 0);
            }
            int expected = model.lookup(k.vmid(), k.asid(), va);
            assertThat(dut.get("hit_o")).as("hit, op %d", op).isEqualTo(expected >= 0 ? 1 : 0);
            if (expected >= 0) {
                int slot = memory ? (int) (expected / g.ways() * g.ways() + dut.get("hit_way_o")) : (int) dut.get("hit_slot_o");
                assertThat(slot).as("hit slot, op %d", op).isEqualTo(expected);
                checkEntry(dut, model.entry(expected), op);
            }
            int action = random.nextInt(10);
            if (action < 3 && expected >= 0) {
                model.touch(expected);
                dut.set("touch_i", 1);
                dut.await(clock.risingEdge());
                dut.set("touch_i", 0);
            } else if (action < 8) {
                PageSize size = PageSize.values()[random.nextInt(3)];
                long pa = random.nextLong(1L << CONFIG.physAddrBits());
                int perm = random.nextInt(8);
                boolean dirty = random.nextBoolean();
                boolean global = random.nextInt(5) == 0;
                int slot = model.fill(k.vmid(), k.asid(), global, va, pa, size.shift(), perm, dirty);
                long fillSlot = memory ? expectedSetBase(va, g) + dut.get("fill_way_o") : dut.get("fill_slot_o");
                assertThat(fillSlot).as("fill slot, op %d", op).isEqualTo(slot);
                dut.set("fill_valid_i", 1).set("fill_global_i", global ? 1 : 0).set("fill_size_i", size.ordinal())
                        .set("fill_ppn_i", pa >>> Paging.PAGE_SHIFT).set("fill_perm_i", perm).set("fill_dirty_i", dirty ? 1 : 0);
                dut.await(clock.risingEdge());
                dut.set("fill_valid_i", 0);
            } else if (action == 9) {
                Key f = keys.get(random.nextInt(keys.size()));
                Encodings.FlushOp op2 = Encodings.FlushOp.values()[random.nextInt(4)];
                switch (op2) {
                    case ALL -> model.flushAll();
                    case VMID -> model.flushVmid(f.vmid());
                    case ASID -> model.flushAsid(f.vmid(), f.asid());
                    case ADDRESS -> model.flushAddress(f.vmid(), f.asid(), f.va());
                }
                dut.set("flush_valid_i", 1).set("flush_op_i", op2.code()).set("flush_vmid_i", f.vmid())
                        .set("flush_asid_i", f.asid()).set("flush_vpn_i", f.va() >>> Paging.PAGE_SHIFT);
                dut.await(clock.risingEdge());
                dut.set("flush_valid_i", 0);
                if (memory) dut.waitUntil(dut.signal("busy_o").is(0), g.sets() + 2);
            }
        }
    }

    private static long expectedSetBase(long va, CacheGeometry g) {
        return ((va >>> Paging.PAGE_SHIFT) & (g.sets() - 1)) * g.ways();
    }

    private static void checkEntry(Dut dut, TlbEntry e, int op) {
        assertThat(dut.get("entry_vmid_o")).as("vmid, op %d", op).isEqualTo(e.vmid());
        assertThat(dut.get("entry_asid_o")).as("asid, op %d", op).isEqualTo(e.asid());
        assertThat(dut.get("entry_global_o")).as("global, op %d", op).isEqualTo(e.global() ? 1 : 0);
        assertThat(dut.get("entry_vpn_o")).as("vpn, op %d", op).isEqualTo(e.vpn() << (e.tagShift() - Paging.PAGE_SHIFT));
        assertThat(dut.get("entry_size_o")).as("size, op %d", op)
                .isEqualTo(PageSize.ofLeafLevel((e.pageShift() - Paging.PAGE_SHIFT) / Paging.INDEX_BITS + 1).ordinal());
        assertThat(dut.get("entry_ppn_o")).as("ppn, op %d", op).isEqualTo(e.frame() >>> Paging.PAGE_SHIFT);
        assertThat(dut.get("entry_perm_o")).as("perm, op %d", op).isEqualTo(e.perms());
        assertThat(dut.get("entry_dirty_o")).as("dirty, op %d", op).isEqualTo(e.dirty() ? 1 : 0);
    }

    private static void setKey(Dut dut, int vmid, int asid, long va) {
        dut.set("key_vmid_i", vmid).set("key_asid_i", asid).set("key_vpn_i", va >>> Paging.PAGE_SHIFT);
    }

    private static void idle(Dut dut, boolean memory) {
        setKey(dut, 0, 0, 0);
        dut.set("touch_i", 0).set("fill_valid_i", 0).set("flush_valid_i", 0).set("fill_global_i", 0).set("fill_size_i", 0)
                .set("fill_ppn_i", 0).set("fill_perm_i", 0).set("fill_dirty_i", 0).set("flush_op_i", 0)
                .set("flush_vmid_i", 0).set("flush_asid_i", 0).set("flush_vpn_i", 0);
        if (memory) dut.set("read_i", 0);
    }
}
