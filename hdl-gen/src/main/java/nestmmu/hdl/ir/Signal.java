package nestmmu.hdl.ir;

/**
 * A named piece of hardware: a port, a wire, a register, or the module's reset. The name is the
 * Java-level path ({@code enq_bits}); a backend adds its own suffixes ({@code _i}, {@code _o},
 * {@code _q}). Compared by reference.
 */
public final class Signal implements Expr, Declaration {
    public enum Kind { INPUT, OUTPUT, WIRE, REG, RESET }

    private final Kind kind;
    private final String name;
    private final int width;
    private final ModuleIr owner;
    private final SourceLocation location;
    private Expr init;
    private Literal powerOn;
    private boolean unused;

    public Signal(Kind kind, String name, int width, ModuleIr owner, SourceLocation location) {
        this.kind = kind;
        this.name = name;
        this.width = width;
        this.owner = owner;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int width() {
        return width;
    }

    public ModuleIr owner() {
        return owner;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    public boolean isPort() {
        return kind == Kind.INPUT || kind == Kind.OUTPUT;
    }

    /** REG only: the value loaded while reset is high, or null for a register without reset. */
    public Expr init() {
        return init;
    }

    public void setInit(Expr init) {
        owner.checkOpen();
        this.init = init;
    }

    /**
     * REG only: the value the register holds when an FPGA has just been configured (a Verilog
     * declaration initializer), or null. Unlike {@link #init()} it needs no reset, which is what a
     * power-on reset generator is built from.
     */
    public Literal powerOn() {
        return powerOn;
    }

    public void setPowerOn(Literal value) {
        owner.checkOpen();
        if (kind != Kind.REG || value.width() != width) throw new IllegalArgumentException(this + ": bad power-on value");
        this.powerOn = value;
    }

    /**
     * Set when the generator declared that some bits of this signal are intentionally never read.
     * On an output port of an instance it speaks for the parent, which ignores that output.
     */
    public boolean markedUnused() {
        return unused;
    }

    public void markUnused() {
        this.unused = true;
    }

    /** The name as a reader of the Verilog sees it inside its own module: {@code a_i}, {@code x_q}, {@code w}. */
    public String verilogName() {
        return switch (kind) {
            case INPUT -> name + "_i";
            case OUTPUT -> name + "_o";
            case REG -> name + "_q";
            case WIRE -> name;
            case RESET -> "rst_i";
        };
    }

    /** The name as seen from {@code viewer}: a port of an instance reads {@code q.count_o}. */
    public String describe(ModuleIr viewer) {
        if (owner != viewer && owner.instanceName() != null) {
            return owner.instanceName() + "." + verilogName();
        }
        return verilogName();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + verilogName() + "'";
    }
}
