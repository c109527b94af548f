package nestmmu.hdl.ir;

/** A submodule placed in a parent under a name. */
public record Instance(String name, ModuleIr module, SourceLocation location) implements Declaration {}
