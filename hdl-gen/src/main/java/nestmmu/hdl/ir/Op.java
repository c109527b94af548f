package nestmmu.hdl.ir;

import java.util.List;

/**
 * One operation node. Identity matters (a node shared by two users is one piece of hardware), so
 * this is a class compared by reference, not a record.
 */
public final class Op implements Expr {
    private final OpKind kind;
    private final List<Expr> args;
    private final int width;
    private final int hi;
    private final int lo;
    private final ModuleIr owner;
    private final SourceLocation location;

    public Op(OpKind kind, List<Expr> args, int width, int hi, int lo, ModuleIr owner, SourceLocation location) {
        this.kind = kind;
        this.args = List.copyOf(args);
        this.width = width;
        this.hi = hi;
        this.lo = lo;
        this.owner = owner;
        this.location = location;
    }

    public OpKind kind() {
        return kind;
    }

    public List<Expr> args() {
        return args;
    }

    public Expr arg(int i) {
        return args.get(i);
    }

    @Override
    public int width() {
        return width;
    }

    /** EXTRACT: the highest bit kept. */
    public int hi() {
        return hi;
    }

    /** EXTRACT: the lowest bit kept. */
    public int lo() {
        return lo;
    }

    /** FILL: how many copies. */
    public int count() {
        return hi;
    }

    public ModuleIr owner() {
        return owner;
    }

    public SourceLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return kind + "#" + width + args;
    }
}
