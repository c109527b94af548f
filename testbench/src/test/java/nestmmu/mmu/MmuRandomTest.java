package nestmmu.mmu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nestmmu.arch.AccessType;
import nestmmu.arch.PageSize;
import nestmmu.arch.Permissions;
import nestmmu.arch.Pte;
import nestmmu.config.MmuConfig;
import nestmmu.sim.model.Context;
import nestmmu.sim.model.MmuStats;
import nestmmu.sim.pt.EntryPolicy;
import nestmmu.sim.pt.PageTable;
import nestmmu.tb.Duts;
import nestmmu.tb.RtlTest;

/**
 * A compact lockstep of the whole MMU against the model, for the generator's own confidence (the
 * broad regressions live with the lockstep harness): native, shadow and nested contexts over
 * random tables with every page size, A/D left to the hardware, faults planted in both
 * dimensions, tables changed behind the TLBs' back, and flushes of every kind. Fixed latency
 * compares cycle counts too; with jitter the memory stalls and answers late at random.
 */
@RtlTest
class MmuRandomTest {
    /** Operations per run; {@code -Dnestmmu.mmuRandomOps=N} for a longer soak. */
    static final int OPERATIONS = Integer.getInteger("nestmmu.mmuRandomOps", 1500);

    /** A table and the pages mapped in it. */
    record Space(String table, Context context, List<Long> vas, List<PageSize> sizes) {}

    record Setup(List<Space> spaces) {}

    @ParameterizedTest(name = "{0} config, latency {1}, jitter {2}")
    @CsvSource({"small, 1, false", "default, 2, false", "default, 1, true", "large, 3, false", "large, 2, true"})
    void randomTranslationsMatchTheModel(String name, int latency, boolean jitter, Duts duts, SplittableRandom random) {
        MmuConfig config = MmuConfig.load(Path.of("..", "rtl", "configs", name + ".json"));
        long worldSeed = random.nextLong();
        PageSize hostPage = PageSize.values()[random.nextInt(3)];
        EntryPolicy hostPolicy = random.nextBoolean() ? EntryPolicy.HYPERVISOR : EntryPolicy.CLEAR;
        MmuPair<Setup> pair = new MmuPair<>(duts, config, latency, jitter ? random.split() : null,
                () -> new TestWorld(config.physAddrBits(), hostPage, EntryPolicy.CLEAR, hostPolicy, EntryPolicy.CLEAR),
                w -> build(w, new SplittableRandom(worldSeed)));
        for (int op = 0; op < OPERATIONS; op++) {
            int kind = random.nextInt(100);
            Space s = pair.setup.spaces().get(random.nextInt(pair.setup.spaces().size()));
            if (kind < 95) {
                pair.translate(s.context(), address(s, random), AccessType.values()[random.nextInt(3)], random.nextInt(4) != 0);
            } else if (kind < 97) {
                flush(pair, random);
            } else if (kind < 99) {
                long va = address(s, random);
                long seed = random.nextLong();
                pair.software(w -> change(w, w.table(s.table()), va, new SplittableRandom(seed)));
            } else {
                long va = address(s, random);
                long seed = random.nextLong();
                pair.software(w -> corrupt(w, w.table(s.table()), va, new SplittableRandom(seed)));
            }
        }
        MmuStats m = pair.model.stats();
        RtlMmu rtl = pair.rtl;
        System.out.printf("%s: %d translations, %d L1 hits, %d L2 hits, %d walks (%d reads, %d writes), %d #PF, %d #NPF, pwc hits %d, ntlb hits %d%n",
                name, m.translations(), m.l1Hits(), m.l2Hits(), m.walks(), m.walkReads(), m.walkWrites(), m.pageFaults(),
                m.nestedPageFaults(), rtl.counter("pwc_hits"), rtl.counter("ntlb_hits"));
        assertThat(rtl.counter("translations")).isEqualTo(m.translations());
        assertThat(rtl.counter("l1_hits")).isEqualTo(m.l1Hits());
        assertThat(rtl.counter("l2_hits")).isEqualTo(m.l2Hits());
        assertThat(rtl.counter("walks")).isEqualTo(m.walks());
        assertThat(rtl.counter("walk_reads")).isEqualTo(m.walkReads());
        assertThat(rtl.counter("walk_writes")).isEqualTo(m.walkWrites());
        assertThat(rtl.counter("page_faults")).isEqualTo(m.pageFaults());
        assertThat(rtl.counter("nested_faults")).isEqualTo(m.nestedPageFaults());
        if (!jitter) {
            assertThat(rtl.counter("cycles")).isEqualTo(m.cycles());
            assertThat(rtl.counter("walk_cycles")).isEqualTo(m.walkCycles());
        }
        if (pair.model.walkCache() != null) assertThat(rtl.counter("pwc_hits")).isEqualTo(pair.model.walkCache().hits());
        if (pair.model.nestedTlb() != null) {
            assertThat(rtl.counter("ntlb_lookups")).isEqualTo(pair.model.nestedTlb().lookups());
            assertThat(rtl.counter("ntlb_hits")).isEqualTo(pair.model.nestedTlb().hits());
        }
    }

    static Setup build(TestWorld w, SplittableRandom r) {
        List<Space> spaces = new ArrayList<>();
        spaces.add(space(w, r, "native1", w.nativeTable("native1"), t -> Context.nativeMode(1, 1, t.root())));
        spaces.add(space(w, r, "native2", w.nativeTable("native2"), t -> Context.nativeMode(1, 2, t.root())));
        spaces.add(space(w, r, "shadow", w.nativeTable("shadow"), t -> Context.shadow(3, 1, t.root())));
        spaces.add(space(w, r, "guest1", w.guestTable("guest1"), t -> Context.nested(2, 1, t.root(), w.host.root())));
        spaces.add(space(w, r, "guest2", w.guestTable("guest2"), t -> Context.nested(2, 2, t.root(), w.host.root())));
        return new Setup(spaces);
    }

    private static Space space(TestWorld w, SplittableRandom r, String name, PageTable t,
                               java.util.function.Function<PageTable, Context> context) {
        List<Long> vas = new ArrayList<>();
        List<PageSize> sizes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PageSize size = randomSize(r);
            long va = pageIn(r, size);
            w.map(t, va, size, randomPerms(r), r.nextInt(8) == 0);
            vas.add(va);
            sizes.add(size);
        }
        return new Space(name, context.apply(t), vas, sizes);
    }

    private static PageSize randomSize(SplittableRandom r) {
        int k = r.nextInt(10);
        return k < 7 ? PageSize.SIZE_4K : k < 9 ? PageSize.SIZE_2M : PageSize.SIZE_1G;
    }

    /** Pages of one size share upper levels (so the walk caches hit) and never overlap pages of another size. */
    private static long pageIn(SplittableRandom r, PageSize size) {
        return switch (size) {
            case SIZE_4K -> 0x7f00_0000_0000L + ((long) r.nextInt(3) << 30) + ((long) r.nextInt(3) << 21) + ((long) r.nextInt(64) << 12);
            case SIZE_2M -> 0x5500_0000_0000L + ((long) r.nextInt(2) << 39) + ((long) r.nextInt(2) << 30) + ((long) r.nextInt(16) << 21);
            case SIZE_1G -> 0x3000_0000_0000L + ((long) r.nextInt(4) << 30);
        };
    }

    private static Permissions randomPerms(SplittableRandom r) {
        if (r.nextInt(3) != 0) return Permissions.ALL;
        return new Permissions(r.nextBoolean(), r.nextInt(4) != 0, r.nextBoolean());
    }

    /** A mapped page (an offset inside it), or now and then an address nothing maps. */
    private static long address(Space s, SplittableRandom r) {
        if (r.nextInt(20) == 0) return 0x1000_0000_0000L + ((long) r.nextInt(1 << 20) << 12);
        int i = r.nextInt(s.vas().size());
        long offset = r.nextLong(s.sizes().get(i).bytes()) & ~7L;
        return s.vas().get(i) + offset;
    }

    private static void flush(MmuPair<Setup> pair, SplittableRandom r) {
        Space s = pair.setup.spaces().get(r.nextInt(pair.setup.spaces().size()));
        Encodings.FlushOp op = Encodings.FlushOp.values()[r.nextInt(4)];
        pair.flush(op, s.context().vmid(), s.context().asid(), address(s, r));
    }

    /** What an OS does behind the TLBs' back: new permissions, an unmapped page, a page remapped. */
    private static void change(TestWorld w, PageTable t, long va, SplittableRandom r) {
        PageSize size = PageSize.values()[r.nextInt(3)];
        try {
            switch (r.nextInt(3)) {
                case 0 -> t.protect(va, size, randomPerms(r));
                case 1 -> t.unmap(va, size);
                default -> {
                    if (t.lookup(va) == null) w.map(t, va, PageSize.SIZE_4K, randomPerms(r), false);
                }
            }
        } catch (RuntimeException e) {
            // a planted fault can make the software walk fail; it fails the same way in both worlds
        }
    }

    /** A fault planted in one entry of the VA dimension or, for a guest table, of the nested dimension. */
    private static void corrupt(TestWorld w, PageTable t, long va, SplittableRandom r) {
        try {
            plant(w, t, va, r);
        } catch (RuntimeException e) {
            // a software walk through an entry planted earlier can fail; it fails the same way in both worlds
        }
    }

    private static void plant(TestWorld w, PageTable t, long va, SplittableRandom r) {
        boolean hostSide = w.isGuest(t) && r.nextBoolean();
        PageTable target = hostSide ? w.host : t;
        long address = va;
        if (hostSide) {
            // a guest table page's address, or the guest data page's
            int level = 1 + r.nextInt(4);
            long entry = t.entryAddress(va, level);
            address = entry >= 0 && r.nextBoolean() ? entry : (t.lookup(va) != null ? t.lookup(va).base() : entry);
            if (address < 0) return;
        }
        int level = 1 + r.nextInt(4);
        long e = target.readEntry(address, level);
        if ((e & Pte.P_BIT) == 0) return;
        long mutated = switch (r.nextInt(7)) {
            case 0 -> e & ~Pte.P_BIT;
            case 1 -> e | (1L << 51);                       // above any physAddrBits here: reserved
            case 2 -> e | Pte.PS_BIT;                       // a leaf one level up, or PS in a PML4E
            case 3 -> e | (1L << 13);                       // reserved in a large leaf, an address bit elsewhere
            case 4 -> e & ~(Pte.A_BIT | Pte.D_BIT);
            case 5 -> e & ~(Pte.RW_BIT | Pte.US_BIT);
            default -> e | Pte.NX_BIT;
        };
        target.writeEntry(address, level, mutated);
    }
}
