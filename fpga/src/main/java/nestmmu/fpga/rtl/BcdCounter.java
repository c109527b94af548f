package nestmmu.fpga.rtl;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;
import static nestmmu.hdl.Hw.vec;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.hdl.Vec;

/**
 * A decimal counter of {@code digits} BCD digits, so a count can be printed without a divider:
 * each cycle {@code inc_i} is high it counts up by one, wrapping from 99..9 to 0. Resets to 0.
 *
 * <p>Ports: {@code inc_i}, {@code digit_o} (a Vec: {@code digit_0_o} is the ones digit, 4 bits each).
 */
public final class BcdCounter extends Module {
    public final Bool inc;
    public final Vec<UInt> digit;

    public BcdCounter(int digits) {
        super("bcd_counter_d" + digits);
        if (digits < 1) throw new IllegalArgumentException("at least one digit");
        inc = input("inc", bool());
        digit = output("digit", vec(digits, uint(4)));

        List<UInt> value = new ArrayList<>();
        for (int k = 0; k < digits; k++) value.add(regInit("digit" + k, lit(0, 4)));
        // digit k steps when every digit below it is 9
        Bool carry = inc;
        for (int k = 0; k < digits; k++) {
            UInt d = value.get(k);
            Bool step = k == 0 ? carry : node("carry" + k, carry);
            Bool nine = d.eq(9);
            when(step, () -> d.set(mux(nine, lit(0, 4), d.add(1))));
            carry = step.and(nine);
            digit.get(k).set(d);
        }
    }

    /** The ASCII character of a BCD digit value. */
    public static UInt ascii(UInt bcdDigit) {
        return cat(lit(0x3, 4), bcdDigit);
    }
}
