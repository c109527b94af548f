package nestmmu.hdl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Which module is being built on this thread. Like Chisel's {@code Module(new X)}, a module is
 * only ever created through {@link Module#instance} or {@link Circuit#elaborate}, which run its
 * constructor inside a scope; so every operation knows the module it belongs to.
 */
final class Builder {
    private static final ThreadLocal<Deque<Module>> STACK = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<Boolean> EXPECTING = ThreadLocal.withInitial(() -> false);

    private Builder() {}

    /** Runs {@code factory}, which must construct exactly one new module, and returns it. */
    static <M extends Module> M build(Supplier<M> factory) {
        Deque<Module> stack = STACK.get();
        int depth = stack.size();
        boolean outer = EXPECTING.get();
        EXPECTING.set(true);
        try {
            M module = factory.get();
            if (stack.size() != depth + 1 || stack.peek() != module) {
                throw ElaborationException.at(Locations.caller(),
                        "the factory must create the module it returns, e.g. () -> new Queue(...)");
            }
            return module;
        } finally {
            while (stack.size() > depth) stack.pop();
            EXPECTING.set(outer);
        }
    }

    static void enter(Module module) {
        if (!EXPECTING.get()) {
            throw ElaborationException.at(Locations.creatorOf(module), "module '" + module.name()
                    + "' created outside instance(name, () -> new ...) or Circuit.elaborate(() -> new ...)");
        }
        EXPECTING.set(false);
        STACK.get().push(module);
    }

    /** The module whose constructor is running; {@code what} names the operation for the error. */
    static Module current(String what) {
        Module m = STACK.get().peek();
        if (m == null) {
            throw ElaborationException.at(Locations.caller(),
                    what + " outside a module: hardware is built only while a module's constructor runs");
        }
        return m;
    }
}
