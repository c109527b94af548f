package nestmmu.hdl.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One elaborated module: its ports, its declarations in creation order, and its body. The
 * construction layer fills it while the generator runs and seals it when the generator returns;
 * backends only read it. Each instance in a design has its own {@code ModuleIr}; a backend
 * merges the ones with equal content.
 */
public final class ModuleIr {
    private final String name;
    private final String generator;
    private final SourceLocation location;
    private final List<Signal> ports = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final Block body = new Block();
    private Signal reset;
    private String instanceName;
    private ModuleIr parent;
    private boolean sealed;

    public ModuleIr(String name, String generator, SourceLocation location) {
        this.name = name;
        this.generator = generator;
        this.location = location;
    }

    /** The module name the generator asked for (a backend may add a suffix to keep names unique). */
    public String name() {
        return name;
    }

    /** The Java class that generated this module (for a file header), e.g. {@code Queue}. */
    public String generator() {
        return generator;
    }

    public SourceLocation location() {
        return location;
    }

    public List<Signal> ports() {
        return Collections.unmodifiableList(ports);
    }

    public List<Declaration> declarations() {
        return Collections.unmodifiableList(declarations);
    }

    public List<Instance> instances() {
        return declarations.stream().filter(Instance.class::isInstance).map(Instance.class::cast).toList();
    }

    public Block body() {
        return body;
    }

    /** The reset signal if the generator read it, else null. */
    public Signal reset() {
        return reset;
    }

    /** The name of this module's instance in its parent; null for the top. */
    public String instanceName() {
        return instanceName;
    }

    public ModuleIr parent() {
        return parent;
    }

    public boolean isSealed() {
        return sealed;
    }

    // ------------------------------------------------------------ construction layer only

    public void addPort(Signal port) {
        checkOpen();
        ports.add(port);
    }

    public void declare(Declaration d) {
        checkOpen();
        declarations.add(d);
    }

    public Signal resetSignal(SourceLocation at) {
        if (reset == null) {
            checkOpen();
            reset = new Signal(Signal.Kind.RESET, "rst", 1, this, at);
        }
        return reset;
    }

    public void placeIn(ModuleIr parent, String instanceName) {
        if (this.parent != null) throw new IllegalStateException(name + " is already placed");
        this.parent = parent;
        this.instanceName = instanceName;
    }

    public void seal() {
        sealed = true;
    }

    void checkOpen() {
        if (sealed) throw new IllegalStateException("module '" + name + "' is sealed");
    }

    @Override
    public String toString() {
        return instanceName == null ? "module '" + name + "'" : "module '" + name + "' (instance '" + instanceName + "')";
    }
}
