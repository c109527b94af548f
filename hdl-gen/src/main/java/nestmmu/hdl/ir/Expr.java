package nestmmu.hdl.ir;

/**
 * A value in a module: a named {@link Signal}, a {@link Literal}, an operation ({@link Op}) or an
 * asynchronous memory read ({@link MemRead}). Expressions form a DAG; every operand of an
 * operation already has the width the operation needs (the construction layer inserts explicit
 * {@link OpKind#PAD} nodes), so a backend never infers widths.
 */
public sealed interface Expr permits Signal, Literal, Op, MemRead {
    int width();
}
