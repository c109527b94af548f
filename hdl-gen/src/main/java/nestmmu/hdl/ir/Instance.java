package nestmmu.hdl.ir;

/**
 * A submodule placed in a parent under a name. {@code reset} is the parent's signal that drives
 * the submodule's reset, or null when the submodule shares the parent's own reset.
 */
public record Instance(String name, ModuleIr module, Signal reset, SourceLocation location) implements Declaration {}
