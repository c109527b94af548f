package nestmmu.hdl.ir;

import java.math.BigInteger;

/** An unsigned constant of a fixed width; {@code value} always fits in {@code width} bits. */
public record Literal(BigInteger value, int width) implements Expr {
    public Literal {
        if (width < 1) throw new IllegalArgumentException("width must be at least 1, got " + width);
        if (value.signum() < 0 || value.bitLength() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " bits");
        }
    }
}
