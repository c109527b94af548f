package nestmmu.sim.mem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PhysicalMemoryTest {

    @Test
    void unwrittenWordsReadAsZeroAndTakeNoSpace() {
        PhysicalMemory m = new PhysicalMemory(40);
        assertThat(m.read(0x1234_5678L & ~7)).isZero();
        m.write(0x2000, 0);
        assertThat(m.pagesInUse()).isZero();
    }

    @Test
    void writesReadBackAcrossManyPages() {
        PhysicalMemory m = new PhysicalMemory(52);
        Map<Long, Long> expected = new HashMap<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            long a = r.nextLong(1L << 52) & ~7L;
            long v = r.nextLong();
            m.write(a, v);
            expected.put(a, v);
        }
        expected.forEach((a, v) -> assertThat(m.read(a)).isEqualTo(v));
        assertThat(m.pagesInUse()).isGreaterThan(1024); // the table grew
    }

    @Test
    void recordsEveryAccessInOrderOnlyWhenAsked() {
        PhysicalMemory m = new PhysicalMemory(40);
        m.write(0x1000, 5);
        m.record(true);
        m.write(0x1008, 7);
        long v = m.read(0x1000);
        m.read(0x9000);
        m.record(false);
        m.read(0x1008);
        AccessLog log = m.log();
        assertThat(v).isEqualTo(5);
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.isWrite(0)).isTrue();
        assertThat(log.address(0)).isEqualTo(0x1008);
        assertThat(log.value(0)).isEqualTo(7);
        assertThat(log.isWrite(1)).isFalse();
        assertThat(log.value(1)).isEqualTo(5);
        assertThat(log.address(2)).isEqualTo(0x9000);
        assertThat(log.value(2)).isZero();
        assertThat(m.peek(0x1008)).isEqualTo(7);
        assertThat(log.size()).isEqualTo(3);
    }

    @Test
    void zeroPageClearsOnlyThatPage() {
        PhysicalMemory m = new PhysicalMemory(40);
        m.write(0x3000, 1);
        m.write(0x3ff8, 2);
        m.write(0x4000, 3);
        m.zeroPage(0x3000);
        assertThat(m.read(0x3000)).isZero();
        assertThat(m.read(0x3ff8)).isZero();
        assertThat(m.read(0x4000)).isEqualTo(3);
    }

    @Test
    void misalignedOrTooHighAddressesAreRefused() {
        PhysicalMemory m = new PhysicalMemory(40);
        assertThatThrownBy(() -> m.read(0x1004)).hasMessageContaining("not 8-byte aligned");
        assertThatThrownBy(() -> m.write(1L << 40, 1)).hasMessageContaining("beyond 40 bits");
    }
}
