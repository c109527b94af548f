package nestmmu.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.Permissions;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.config.MmuConfig;

class HotPathTest {

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    @DisplayName("TLB hits and nested walks allocate nothing")
    void translationsDoNotAllocate() {
        for (Mode mode : List.of(Mode.NATIVE, Mode.NESTED)) {
            Machine m = Machine.create(MmuConfig.defaults(), RunOptions.of(mode));
            for (int i = 0; i < 256; i++) m.os().populate(0x1000_0000L + i * 4096L, Permissions.ALL);
            MmuModel mmu = m.mmu();
            Context c = m.platform().context();
            Runnable loop = () -> {
                for (int i = 0; i < 20_000; i++) mmu.translate(c, 0x1000_0000L + ((i * 37L) & 255) * 4096L, AccessType.READ, true);
            };
            for (int i = 0; i < 5; i++) loop.run(); // warm up: let the JIT compile and every array grow to its size
            long walksBefore = mmu.stats().walks();
            long before = allocatedBytes();
            loop.run();
            long allocated = allocatedBytes() - before;
            assertThat(mmu.stats().walks() - walksBefore).isGreaterThan(10_000); // 256 pages through 32 entries: mostly misses
            assertThat(allocated).as(mode + ": bytes allocated by 20000 translations").isLessThan(1024);
        }
    }

    @Test
    void theBenchProducesItsThreeFigures() {
        BenchContext quick = new BenchContext(java.nio.file.Path.of(".."), java.nio.file.Path.of("target"), System.err, true);
        List<Figure> figures = new ModelBench().run(quick);
        assertThat(figures).extracting(Figure::name)
                .containsExactly("modelHitTranslationsPerSec", "modelNestedWalksPerSec", "modelNativeWalksPerSec");
        assertThat(figures).allMatch(f -> f.value() > 0);
        assertThat(figures.get(0).goal()).isEqualTo("≥ 20000000");
        assertThat(figures.get(1).goal()).isEqualTo("≥ 2000000");
    }
}
