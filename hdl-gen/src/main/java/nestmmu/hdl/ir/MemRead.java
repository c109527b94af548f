package nestmmu.hdl.ir;

/** An asynchronous (combinational) read of one word of a memory array. */
public final class MemRead implements Expr {
    private final MemArray array;
    private final Expr address;
    private final SourceLocation location;

    public MemRead(MemArray array, Expr address, SourceLocation location) {
        this.array = array;
        this.address = address;
        this.location = location;
    }

    public MemArray array() {
        return array;
    }

    public Expr address() {
        return address;
    }

    public SourceLocation location() {
        return location;
    }

    @Override
    public int width() {
        return array.width();
    }
}
