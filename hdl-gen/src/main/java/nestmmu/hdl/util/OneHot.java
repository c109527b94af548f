package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.log2Ceil;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.UInt;

/** Conversions between one-hot vectors and indices (Chisel's {@code OHToUInt}, {@code UIntToOH}). */
public final class OneHot {
    private OneHot() {}

    /**
     * The index of the set bit of a one-hot value of n ≥ 2 bits: bit j of the index is the OR of
     * the input bits whose index has bit j set. Zero in, zero out; more than one bit set gives the
     * OR of their indices.
     */
    public static UInt encode(UInt oneHot) {
        int n = oneHot.width();
        if (n < 2) throw new IllegalArgumentException("encode needs at least 2 bits, got " + n);
        int w = log2Ceil(n);
        List<UInt> bits = new ArrayList<>();
        for (int j = w - 1; j >= 0; j--) {
            BigInteger mask = BigInteger.ZERO;
            for (int i = 0; i < n; i++) if ((i >> j & 1) == 1) mask = mask.setBit(i);
            bits.add(oneHot.and(nestmmu.hdl.Hw.lit(mask, n)).orR());
        }
        return cat(bits);
    }

    /** An n-bit value with only bit {@code index} set; zero when {@code index} ≥ n. */
    public static UInt decode(UInt index, int n) {
        return lit(1, n).shl(index);
    }

    /** Only the lowest set bit of {@code bits} (zero when none is set): {@code bits & -bits}. */
    public static UInt lowest(UInt bits) {
        return bits.and(bits.not().add(1));
    }
}
