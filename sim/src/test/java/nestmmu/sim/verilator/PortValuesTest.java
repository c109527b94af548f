package nestmmu.sim.verilator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PortValuesTest {
    private final ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.nativeOrder());

    private static Port port(int width) {
        return new Port("p" + width, "p" + width, 0, PortDirection.INPUT, width, 0, -1);
    }

    @Test
    void aNegativeValueIsStoredAsTwosComplementOfThePortWidth() {
        PortValues.write(buf, 0, port(8), -1);
        assertThat(buf.getLong(0)).isEqualTo(0xff);
        PortValues.write(buf, 0, port(100), -1);
        assertThat(PortValues.readBig(buf, 0, port(100))).isEqualTo(BigInteger.ONE.shiftLeft(100).subtract(BigInteger.ONE));
    }

    @Test
    void aValueTooWideForThePortIsRefusedNamingPortAndWidth() {
        assertThatThrownBy(() -> PortValues.write(buf, 0, port(8), 256))
                .hasMessage("value 256 does not fit port p8 (8 bits)");
        assertThatThrownBy(() -> PortValues.write(buf, 0, port(8), -129))
                .hasMessageContaining("does not fit port p8");
        assertThatThrownBy(() -> PortValues.write(buf, 0, port(70), BigInteger.ONE.shiftLeft(70)))
                .hasMessageContaining("does not fit port p70 (70 bits)");
    }

    @Test
    void aWidePortCannotBeReadAsALong() {
        assertThatThrownBy(() -> PortValues.readLong(buf, 0, port(65))).hasMessageContaining("65 bits wide");
    }

    @Test
    void everyValueThatFitsReadsBackUnchanged() {
        SplittableRandom random = TestSeed.random("PortValuesTest.everyValueThatFitsReadsBackUnchanged");
        for (int i = 0; i < 2000; i++) {
            int width = 1 + random.nextInt(300);
            BigInteger value = new BigInteger(width, new java.util.Random(random.nextLong()));
            PortValues.write(buf, 0, port(width), value);
            assertThat(PortValues.readBig(buf, 0, port(width))).as("width %d", width).isEqualTo(value);
        }
    }
}
