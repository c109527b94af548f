package nestmmu.hdl.ir;

/** A statement of a module body; the body is a {@link Block} tree with last-connect semantics. */
public sealed interface Stmt permits Connect, When, MemWrite {
    SourceLocation location();
}
