package nestmmu.hdl.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.Connect;
import nestmmu.hdl.ir.MemWrite;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.SourceLocation;
import nestmmu.hdl.ir.Stmt;
import nestmmu.hdl.ir.When;

/**
 * Cuts a module body into one statement tree per target (a signal or a memory array): the
 * {@code when}s that contain connections to it and those connections, in order. Everything
 * before the last statement that drives the target on every path is dropped, because
 * last-connect semantics makes it dead; what remains is exactly what the Verilog says.
 */
public final class DriverTrees {
    private final Map<When, Set<Object>> targets = new IdentityHashMap<>();
    private final Block body;

    public DriverTrees(ModuleIr module) {
        body = module.body();
        collect(body);
    }

    /** The statements that decide {@code target} (a {@code Signal} or {@code MemArray}); empty if none. */
    public Block treeOf(Object target) {
        return prune(body, target);
    }

    private Set<Object> collect(Block block) {
        Set<Object> all = new HashSet<>();
        for (Stmt s : block.stmts()) {
            if (s instanceof Connect c) {
                all.add(c.sink());
            } else if (s instanceof MemWrite w) {
                all.add(w.array());
            } else if (s instanceof When w) {
                Set<Object> inside = new HashSet<>(collect(w.then()));
                inside.addAll(collect(w.otherwise()));
                targets.put(w, inside);
                all.addAll(inside);
            }
        }
        return all;
    }

    private Block prune(Block block, Object target) {
        List<Stmt> kept = new ArrayList<>();
        for (Stmt s : block.stmts()) {
            if (s instanceof Connect c && c.sink() == target) {
                kept.add(c);
            } else if (s instanceof MemWrite w && w.array() == target) {
                kept.add(w);
            } else if (s instanceof When w && targets.get(w).contains(target)) {
                kept.add(new When(w.condition(), prune(w.then(), target), prune(w.otherwise(), target), w.location()));
            }
        }
        for (int i = kept.size() - 1; i > 0; i--) {
            if (drivesFully(kept.get(i))) {
                kept = kept.subList(i, kept.size());
                break;
            }
        }
        return new Block(kept);
    }

    /** True when every path through {@code block} connects its target. */
    public static boolean drivesFully(Block block) {
        for (Stmt s : block.stmts()) {
            if (drivesFully(s)) return true;
        }
        return false;
    }

    private static boolean drivesFully(Stmt s) {
        return s instanceof Connect
                || (s instanceof When w && drivesFully(w.then()) && drivesFully(w.otherwise()));
    }

    /** The location of the first statement in a non-empty tree, the line to point at. */
    public static SourceLocation firstLocation(Block tree) {
        return tree.stmts().get(0).location();
    }
}
