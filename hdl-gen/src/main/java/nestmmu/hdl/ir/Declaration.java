package nestmmu.hdl.ir;

/** Something a module declares in its body, kept in the order the generator created it. */
public sealed interface Declaration permits Signal, MemArray, Instance {
    String name();

    SourceLocation location();
}
