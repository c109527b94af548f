package nestmmu.tb.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nestmmu.hdl.util.PriorityEncoder;
import nestmmu.tb.Dut;
import nestmmu.tb.Duts;
import nestmmu.tb.Generated;
import nestmmu.tb.RtlTest;

/**
 * The generated {@link PriorityEncoder} in Verilator, at 64 inputs (the widest port a {@code long}
 * carries, top bit included) and 100 (a wide port): the index of the lowest set bit, as
 * {@link BigInteger#getLowestSetBit()} computes it. It is combinational: set, then read.
 */
@RtlTest
class PriorityEncoderRtlTest {

    /** Empty, one bit, sparse and dense inputs, and the top bit alone, in equal shares. */
    private static BigInteger input(int n, SplittableRandom random) {
        BigInteger dense = new BigInteger(n, new java.util.Random(random.nextLong()));
        return switch (random.nextInt(5)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> BigInteger.ONE.shiftLeft(random.nextInt(n));
            case 2 -> dense.and(new BigInteger(n, new java.util.Random(random.nextLong())))
                    .and(new BigInteger(n, new java.util.Random(random.nextLong())));
            case 3 -> dense;
            default -> BigInteger.ONE.shiftLeft(n - 1);
        };
    }

    @ParameterizedTest(name = "a {0}-input priority encoder names the lowest set bit")
    @ValueSource(ints = {64, 100})
    void namesTheLowestSetBit(int n, Duts duts, SplittableRandom random) {
        Dut dut = duts.open(Generated.verilog(() -> new PriorityEncoder(n)));
        for (int i = 0; i < 500; i++) {
            BigInteger in = input(n, random);
            dut.set("in_i", in);
            String at = "in_i = 0x" + in.toString(16) + "; " + dut.whereabouts();
            assertThat(dut.get("valid_o")).as(at).isEqualTo(in.signum() != 0 ? 1 : 0);
            assertThat(dut.get("index_o")).as(at).isEqualTo(in.signum() == 0 ? 0 : in.getLowestSetBit());
        }
    }
}
