package nestmmu.sim.model;

import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.Permissions;
import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.config.MmuConfig;

/**
 * {@code ./mmu bench --only model}: how fast the golden model translates.
 * <ul>
 *   <li>{@code modelHitTranslationsPerSec}: L1 TLB hits (default config, 16 pages resident);</li>
 *   <li>{@code modelNestedWalksPerSec}: uncached 4K/4K nested walks, 24 references each (no
 *       page-walk cache or nested TLB, and 4096 pages cycled through a 32-entry TLB so every
 *       translation misses);</li>
 *   <li>{@code modelNativeWalksPerSec}: the same with native 4-reference walks, for scale.</li>
 * </ul>
 */
public final class ModelBench implements Bench {
    private static final int HIT_PAGES = 16;
    private static final int WALK_PAGES = 4096;
    private static final int BATCH = 1 << 16;
    private static final long BASE = 0x1000_0000L;

    @Override
    public String name() { return "model"; }

    @Override
    public List<Figure> run(BenchContext context) {
        Measure.Settings settings = context.settings();
        Figure hits = Figure.rate("modelHitTranslationsPerSec", Measure.rate(settings, hitLoop()), "translations/s")
                .atLeast(20_000_000);
        Figure nested = Figure.rate("modelNestedWalksPerSec", Measure.rate(settings, walkLoop(Mode.NESTED, 24)), "walks/s")
                .atLeast(2_000_000);
        Figure bare = Figure.rate("modelNativeWalksPerSec", Measure.rate(settings, walkLoop(Mode.NATIVE, 4)), "walks/s");
        return List.of(hits, nested, bare);
    }

    private static java.util.function.LongSupplier hitLoop() {
        Machine m = Machine.create(MmuConfig.defaults(), RunOptions.of(Mode.NATIVE));
        for (int i = 0; i < HIT_PAGES; i++) m.os().populate(BASE + i * 4096L, Permissions.ALL);
        MmuModel mmu = m.mmu();
        Context c = m.platform().context();
        for (int i = 0; i < HIT_PAGES; i++) mmu.translate(c, BASE + i * 4096L, AccessType.READ, true);
        return () -> {
            long sum = 0;
            for (int i = 0; i < BATCH; i++) {
                long va = BASE + ((i & (HIT_PAGES - 1)) << 12) + ((i & 63) << 3);
                sum += mmu.translate(c, va, AccessType.READ, true).hpa();
            }
            if (mmu.stats().walks() != HIT_PAGES) throw new IllegalStateException("the hit loop walked");
            Measure.consume(sum);
            return BATCH;
        };
    }

    private static java.util.function.LongSupplier walkLoop(Mode mode, int refsPerWalk) {
        Machine m = Machine.create(MmuConfig.defaults().withoutWalkCaches(), RunOptions.of(mode));
        for (int i = 0; i < WALK_PAGES; i++) m.os().populate(BASE + i * 4096L, Permissions.ALL);
        MmuModel mmu = m.mmu();
        Context c = m.platform().context();
        if (mmu.translate(c, BASE, AccessType.READ, true).reads() != refsPerWalk) {
            throw new IllegalStateException(mode + " walk does not make " + refsPerWalk + " references");
        }
        mmu.flushAll();
        return () -> {
            long sum = 0;
            long walksBefore = mmu.stats().walks();
            for (int i = 0; i < BATCH; i++) {
                long va = BASE + ((long) (i & (WALK_PAGES - 1)) << 12);
                sum += mmu.translate(c, va, AccessType.READ, true).hpa();
            }
            if (mmu.stats().walks() - walksBefore != BATCH) throw new IllegalStateException("a walk loop hit the TLB");
            Measure.consume(sum);
            return BATCH;
        };
    }
}
