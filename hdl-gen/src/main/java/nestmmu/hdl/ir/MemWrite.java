package nestmmu.hdl.ir;

/** A write of one word at the next clock edge, enabled by the conditions of the blocks around it. */
public record MemWrite(MemArray array, Expr address, Expr data, SourceLocation location) implements Stmt {
    public MemWrite {
        if (data.width() != array.width() || address.width() != array.addressWidth()) {
            throw new IllegalArgumentException("write " + array + ": widths do not match");
        }
    }
}
