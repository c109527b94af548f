package nestmmu.hdl;

import java.util.ArrayList;
import java.util.List;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.Literal;
import nestmmu.hdl.ir.OpKind;

/**
 * An unsigned ground value of a fixed width. Methods build hardware in the module being
 * elaborated; Java has no operators, so {@code a + b} reads {@code a.add(b)}.
 *
 * <p>Width rules (Chisel's): operands of different widths are zero-extended to the wider one;
 * {@code add}/{@code sub} keep that width and wrap ({@code +%}), {@code addExpand} keeps the carry
 * ({@code +&}); {@code mul} is as wide as both operands together; comparisons and reductions are
 * {@link Bool}; {@code shl(n)} grows by n, {@code shr(n)} shrinks by n, dynamic shifts keep the
 * width. A {@code long} operand becomes a literal of this value's width and must fit in it.
 * Narrowing is always explicit: {@link #bits}, {@link #truncate}.
 */
public class UInt extends Data {
    final Expr expr;

    UInt(Expr expr) {
        this.expr = expr;
    }

    static UInt wrap(Expr e, boolean bool) {
        return bool ? new Bool(e) : new UInt(e);
    }

    /** The IR node behind this value (for backends and analyses). */
    public final Expr expr() {
        return expr;
    }

    @Override
    public final int width() {
        return expr.width();
    }

    @Override
    public List<Leaf> leaves() {
        return List.of(new Leaf("", false, this));
    }

    @Override
    void packInto(List<UInt> partsMsbFirst) {
        partsMsbFirst.add(this);
    }

    @Override
    public HwType<?> type() {
        HwType<?> t = super.type();
        return t != null ? t : defaultType();
    }

    HwType<?> defaultType() {
        return Hw.uint(width());
    }

    @Override
    public UInt asUInt() {
        return this;
    }

    /** True when this is a constant. */
    public final boolean isLiteral() {
        return expr instanceof Literal;
    }

    // ------------------------------------------------------------------ arithmetic

    public UInt add(UInt b) {
        return new UInt(Ops.sameWidth(OpKind.ADD, expr, b.expr));
    }

    public UInt add(long b) {
        return add(lit(b));
    }

    /** Sum with the carry: one bit wider than the wider operand. */
    public UInt addExpand(UInt b) {
        int w = Math.max(width(), b.width()) + 1;
        return new UInt(Ops.op(OpKind.ADD, w, Ops.pad(expr, w), Ops.pad(b.expr, w)));
    }

    public UInt sub(UInt b) {
        return new UInt(Ops.sameWidth(OpKind.SUB, expr, b.expr));
    }

    public UInt sub(long b) {
        return sub(lit(b));
    }

    public UInt mul(UInt b) {
        int w = width() + b.width();
        return new UInt(Ops.op(OpKind.MUL, w, Ops.pad(expr, w), Ops.pad(b.expr, w)));
    }

    // ------------------------------------------------------------------ bitwise

    public UInt and(UInt b) {
        return new UInt(Ops.sameWidth(OpKind.AND, expr, b.expr));
    }

    public UInt or(UInt b) {
        return new UInt(Ops.sameWidth(OpKind.OR, expr, b.expr));
    }

    public UInt xor(UInt b) {
        return new UInt(Ops.sameWidth(OpKind.XOR, expr, b.expr));
    }

    public UInt not() {
        return new UInt(notExpr());
    }

    final Expr notExpr() {
        if (expr instanceof Literal l) {
            return new Literal(l.value().xor(java.math.BigInteger.ONE.shiftLeft(width()).subtract(java.math.BigInteger.ONE)), width());
        }
        return Ops.op(OpKind.NOT, width(), expr);
    }

    // ------------------------------------------------------------------ comparisons

    public Bool eq(UInt b) {
        return new Bool(Ops.compare(OpKind.EQ, expr, b.expr));
    }

    public Bool eq(long b) {
        return eq(lit(b));
    }

    public Bool ne(UInt b) {
        return new Bool(Ops.compare(OpKind.NE, expr, b.expr));
    }

    public Bool ne(long b) {
        return ne(lit(b));
    }

    public Bool lt(UInt b) {
        return new Bool(Ops.compare(OpKind.LT, expr, b.expr));
    }

    public Bool lt(long b) {
        return lt(lit(b));
    }

    public Bool le(UInt b) {
        return new Bool(Ops.compare(OpKind.LE, expr, b.expr));
    }

    public Bool le(long b) {
        return le(lit(b));
    }

    public Bool gt(UInt b) {
        return new Bool(Ops.compare(OpKind.GT, expr, b.expr));
    }

    public Bool gt(long b) {
        return gt(lit(b));
    }

    public Bool ge(UInt b) {
        return new Bool(Ops.compare(OpKind.GE, expr, b.expr));
    }

    public Bool ge(long b) {
        return ge(lit(b));
    }

    // ------------------------------------------------------------------ shifts

    /** {@code this << n}, n bits wider (nothing is lost). */
    public UInt shl(int n) {
        requireNonNegative(n, "shift");
        return n == 0 ? this : new UInt(Ops.cat(List.of(expr, new Literal(java.math.BigInteger.ZERO, n))));
    }

    /** {@code this >> n}, n bits narrower (at least 1 bit: shifting everything out gives 0). */
    public UInt shr(int n) {
        requireNonNegative(n, "shift");
        if (n >= width()) return new UInt(new Literal(java.math.BigInteger.ZERO, 1));
        return new UInt(Ops.extract(expr, width() - 1, n));
    }

    /** {@code this << amount}, keeping this width. */
    public UInt shl(UInt amount) {
        return new UInt(Ops.op(OpKind.SHL, width(), expr, amount.expr));
    }

    /** {@code this >> amount}, keeping this width. */
    public UInt shr(UInt amount) {
        return new UInt(Ops.op(OpKind.SHR, width(), expr, amount.expr));
    }

    // ------------------------------------------------------------------ reductions

    public Bool orR() {
        return width() == 1 ? asBool() : new Bool(Ops.op(OpKind.OR_REDUCE, 1, expr));
    }

    public Bool andR() {
        return width() == 1 ? asBool() : new Bool(Ops.op(OpKind.AND_REDUCE, 1, expr));
    }

    public Bool xorR() {
        return width() == 1 ? asBool() : new Bool(Ops.op(OpKind.XOR_REDUCE, 1, expr));
    }

    // ------------------------------------------------------------------ bit fields

    /** Bit {@code i}. */
    public Bool bit(int i) {
        return new Bool(Ops.extract(expr, checkRange(i, i), i));
    }

    /** Bits {@code hi} down to {@code lo}, both included (Chisel's {@code x(hi, lo)}). */
    public UInt bits(int hi, int lo) {
        return new UInt(Ops.extract(expr, checkRange(hi, lo), lo));
    }

    /** The low {@code w} bits: the explicit way to narrow a value. */
    public UInt truncate(int w) {
        if (w > width()) {
            throw ElaborationException.at(Locations.caller(), "cannot truncate " + Describe.sized(expr, null)
                    + " to " + w + " bits, which is wider; use pad");
        }
        return bits(w - 1, 0);
    }

    /** Zero-extended to {@code w} bits, which must be at least this width. */
    public UInt pad(int w) {
        if (w < width()) {
            throw ElaborationException.at(Locations.caller(), "width mismatch: cannot pad "
                    + Describe.sized(expr, null) + " to " + w + " bits; use truncate or bits to narrow");
        }
        return new UInt(Ops.pad(expr, w));
    }

    /** This 1-bit value as a {@link Bool}. */
    public Bool asBool() {
        if (width() != 1) {
            throw ElaborationException.at(Locations.caller(), "width mismatch: asBool needs a 1-bit value, "
                    + Describe.expr(expr, null) + " has " + width() + " bits");
        }
        return this instanceof Bool b ? b : new Bool(expr);
    }

    /** The bits as a vector, element {@code i} being bit {@code i}. */
    public Vec<Bool> asBools() {
        List<Bool> bits = new ArrayList<>();
        for (int i = 0; i < width(); i++) bits.add(bit(i));
        return Vec.of(bits, Hw.bool());
    }

    // ------------------------------------------------------------------ connections

    /** {@code this := value} with {@code value} as a literal of this width. */
    public void set(long value) {
        set(lit(value));
    }

    @Override
    public UInt unused() {
        markUnused();
        return this;
    }

    final UInt lit(long value) {
        return new UInt(Ops.literal(Ops.unsigned(value, width()), width(), Describe.sized(expr, null)));
    }

    private int checkRange(int hi, int lo) {
        if (lo < 0 || hi < lo || hi >= width()) {
            throw ElaborationException.at(Locations.caller(), "bit range [" + hi + ":" + lo + "] is outside "
                    + Describe.sized(expr, null));
        }
        return hi;
    }

    private static void requireNonNegative(int n, String what) {
        if (n < 0) throw ElaborationException.at(Locations.caller(), what + " by a negative amount: " + n);
    }
}
