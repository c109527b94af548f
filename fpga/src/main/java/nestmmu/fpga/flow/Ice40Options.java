package nestmmu.fpga.flow;

import java.math.BigDecimal;

import nestmmu.io.BadInputException;

/**
 * Settings of an iCE40 place and route: the part, the clock frequency nextpnr should aim for
 * (it steers timing-driven placement; the achieved frequency is reported whether or not the
 * target is met) and the placer's seed, fixed so that the same netlist gives the same bitstream.
 */
public record Ice40Options(Ice40Device device, double freqMHz, long seed) {
    public static final long DEFAULT_SEED = 1;

    public Ice40Options {
        if (!(freqMHz > 0 && freqMHz <= 1000)) {
            throw new BadInputException("--freq: must be in (0, 1000] MHz, got " + freqMHz);
        }
        if (seed < 0) throw new BadInputException("--seed: must not be negative, got " + seed);
    }

    public static Ice40Options of(Ice40Device device, double freqMHz) {
        return new Ice40Options(device, freqMHz, DEFAULT_SEED);
    }

    public Ice40Options withSeed(long newSeed) {
        return new Ice40Options(device, freqMHz, newSeed);
    }

    /** The frequency as nextpnr's {@code --freq} takes it: {@code 60}, {@code 12.5}. */
    String freqArgument() {
        return BigDecimal.valueOf(freqMHz).stripTrailingZeros().toPlainString();
    }
}
