package nestmmu.hdl.ir;

/** {@code if (cond) then else otherwise}; either block may be empty. */
public final class When implements Stmt {
    private final Expr condition;
    private final Block then;
    private final Block otherwise;
    private final SourceLocation location;

    public When(Expr condition, Block then, Block otherwise, SourceLocation location) {
        if (condition.width() != 1) throw new IllegalArgumentException("a condition is 1 bit wide");
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
        this.location = location;
    }

    public Expr condition() {
        return condition;
    }

    public Block then() {
        return then;
    }

    public Block otherwise() {
        return otherwise;
    }

    @Override
    public SourceLocation location() {
        return location;
    }
}
