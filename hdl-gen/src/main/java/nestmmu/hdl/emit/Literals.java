package nestmmu.hdl.emit;

import java.math.BigInteger;
import java.util.Locale;

import nestmmu.hdl.ir.Literal;

/** Sized Verilog constants: {@code 1'b1}, {@code 4'd9}, {@code 40'h12345}. */
final class Literals {
    private static final BigInteger DECIMAL_LIMIT = BigInteger.valueOf(255);

    private Literals() {}

    static String format(Literal l) {
        return format(l.value(), l.width());
    }

    static String format(BigInteger value, int width) {
        if (width == 1) return "1'b" + value;
        if (value.compareTo(DECIMAL_LIMIT) <= 0) return width + "'d" + value;
        return width + "'h" + value.toString(16).toLowerCase(Locale.ROOT);
    }
}
