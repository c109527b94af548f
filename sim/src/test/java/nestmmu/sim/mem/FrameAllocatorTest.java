package nestmmu.sim.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nestmmu.arch.PageSize;
import nestmmu.io.BadInputException;

class FrameAllocatorTest {

    @Test
    void framesAreAlignedToTheirSizeAndDeterministic() {
        FrameAllocator a = new FrameAllocator("t", 0x10_0000, 1L << 34);
        long f4k = a.allocate(PageSize.SIZE_4K);
        long f2m = a.allocate(PageSize.SIZE_2M);
        long f1g = a.allocate(PageSize.SIZE_1G);
        assertThat(f4k).isEqualTo(0x10_0000);
        assertThat(f2m).isEqualTo(0x20_0000);
        assertThat(f1g).isEqualTo(1L << 30);
        FrameAllocator b = new FrameAllocator("t", 0x10_0000, 1L << 34);
        assertThat(List.of(b.allocate(PageSize.SIZE_4K), b.allocate(PageSize.SIZE_2M), b.allocate(PageSize.SIZE_1G)))
                .containsExactly(f4k, f2m, f1g);
    }

    @Test
    void freedFramesAreReusedLastFreedFirst() {
        FrameAllocator a = new FrameAllocator("t", 0x1000, 0x10_0000);
        long x = a.allocate(PageSize.SIZE_4K);
        long y = a.allocate(PageSize.SIZE_4K);
        a.free(x, PageSize.SIZE_4K);
        a.free(y, PageSize.SIZE_4K);
        assertThat(a.allocate(PageSize.SIZE_4K)).isEqualTo(y);
        assertThat(a.allocate(PageSize.SIZE_4K)).isEqualTo(x);
        assertThat(a.allocate(PageSize.SIZE_4K)).isEqualTo(0x3000);
    }

    @Test
    void growthIsReportedBeforeTheFrameIsUsed() {
        FrameAllocator a = new FrameAllocator("t", 0x1000, 0x10_0000);
        List<Long> ends = new ArrayList<>();
        a.onGrowth(ends::add);
        long f = a.allocate(PageSize.SIZE_4K);
        a.free(f, PageSize.SIZE_4K);
        a.allocate(PageSize.SIZE_4K); // reused: no growth
        a.allocate(PageSize.SIZE_4K);
        assertThat(ends).containsExactly(0x2000L, 0x3000L);
    }

    @Test
    void runningOutIsBadInputNamingThePool() {
        FrameAllocator a = new FrameAllocator("guest memory", 0x1000, 0x3000);
        a.allocate(PageSize.SIZE_4K);
        a.allocate(PageSize.SIZE_4K);
        assertThatThrownBy(() -> a.allocate(PageSize.SIZE_4K))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("guest memory: out of memory");
    }
}
