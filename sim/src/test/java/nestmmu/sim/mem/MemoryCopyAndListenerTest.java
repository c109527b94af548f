package nestmmu.sim.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MemoryCopyAndListenerTest {

    @Test
    void aCopyHasTheSameWordsAndLivesApart() {
        PhysicalMemory m = new PhysicalMemory(40);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) m.write(r.nextLong(1L << 40) & ~7L, r.nextLong());
        PhysicalMemory c = m.copy();
        assertThat(c.pageNumbers()).containsExactly(m.pageNumbers());
        for (long page : m.pageNumbers()) assertThat(c.pageWords(page)).containsExactly(m.pageWords(page));
        long a = m.pageNumbers()[0] << 12;
        c.write(a, ~m.read(a));
        assertThat(m.read(a)).isNotEqualTo(c.read(a));
    }

    @Test
    void pageNumbersAscendAndUnwrittenPagesReadAsZeros() {
        PhysicalMemory m = new PhysicalMemory(40);
        m.write(0x9000, 1);
        m.write(0x3008, 2);
        m.write(0x5000, 0); // a zero never takes a page
        assertThat(m.pageNumbers()).containsExactly(3, 9);
        assertThat(m.pageWords(3)[1]).isEqualTo(2);
        assertThat(m.pageWords(5)).containsOnly(0L).hasSize(512);
    }

    @Test
    void theListenerSeesEveryWriteAndZeroedPageUntilRemoved() {
        PhysicalMemory m = new PhysicalMemory(40);
        List<String> seen = new ArrayList<>();
        m.listen(new WriteListener() {
            @Override
            public void written(long address, long value) {
                seen.add("w " + Long.toHexString(address) + "=" + value);
            }

            @Override
            public void pageZeroed(long pageAddress) {
                seen.add("z " + Long.toHexString(pageAddress));
            }
        });
        m.write(0x1000, 5);
        m.read(0x1000);
        m.write(0x2000, 0);
        m.zeroPage(0x1000);
        m.listen(null);
        m.write(0x1008, 6);
        assertThat(seen).containsExactly("w 1000=5", "w 2000=0", "z 1000");
    }
}
