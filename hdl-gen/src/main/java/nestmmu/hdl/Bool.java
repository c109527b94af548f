package nestmmu.hdl;

import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.OpKind;

/** A 1-bit value: conditions, valid and ready bits. Logic on two Bools stays a Bool. */
public final class Bool extends UInt {
    Bool(Expr expr) {
        super(expr);
        if (expr.width() != 1) throw new IllegalArgumentException("a Bool is 1 bit wide, not " + expr.width());
    }

    @Override
    HwType<?> defaultType() {
        return Hw.bool();
    }

    public Bool and(Bool b) {
        return new Bool(Ops.op(OpKind.AND, 1, expr, b.expr));
    }

    public Bool or(Bool b) {
        return new Bool(Ops.op(OpKind.OR, 1, expr, b.expr));
    }

    public Bool xor(Bool b) {
        return new Bool(Ops.op(OpKind.XOR, 1, expr, b.expr));
    }

    @Override
    public Bool not() {
        return new Bool(notExpr());
    }

    /** {@code this := value}. */
    public void set(boolean value) {
        set(value ? 1 : 0);
    }

    @Override
    public Bool unused() {
        markUnused();
        return this;
    }
}
