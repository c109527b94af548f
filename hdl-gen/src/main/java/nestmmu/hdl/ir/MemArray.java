package nestmmu.hdl.ir;

/**
 * One array of a memory: {@code depth} words of {@code width} bits, no reset. A memory of a
 * bundle type has one array per leaf of the bundle.
 */
public final class MemArray implements Declaration {
    private final String name;
    private final int depth;
    private final int width;
    private final ModuleIr owner;
    private final SourceLocation location;

    public MemArray(String name, int depth, int width, ModuleIr owner, SourceLocation location) {
        this.name = name;
        this.depth = depth;
        this.width = width;
        this.owner = owner;
        this.location = location;
    }

    @Override
    public String name() {
        return name;
    }

    public int depth() {
        return depth;
    }

    public int width() {
        return width;
    }

    /** Bits of an address that reaches every word. */
    public int addressWidth() {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(depth - 1));
    }

    public ModuleIr owner() {
        return owner;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return "memory '" + name + "'";
    }
}
