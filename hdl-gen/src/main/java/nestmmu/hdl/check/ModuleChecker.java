package nestmmu.hdl.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.Declaration;
import nestmmu.hdl.ir.Instance;
import nestmmu.hdl.ir.MemArray;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Signal;
import nestmmu.hdl.ir.SourceLocation;
import nestmmu.hdl.ir.When;

/**
 * Checks one sealed module and computes its {@link ModuleFacts}: every output, wire and instance
 * input driven on every path, every register assigned or reset, every read bit of every input,
 * wire, register and instance output actually read (or marked unused), memories read and written,
 * no combinational loop (through instances too, using their facts).
 */
public final class ModuleChecker {
    /** The facts and the problems found; facts are computed even when there are problems. */
    public record Result(ModuleFacts facts, List<Problem> problems) {}

    private final ModuleIr module;
    private final Function<ModuleIr, ModuleFacts> childFacts;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Signal, Block> drivers = new LinkedHashMap<>();
    private final Map<MemArray, Block> writes = new LinkedHashMap<>();
    private final BitUsage usage = new BitUsage();

    private ModuleChecker(ModuleIr module, Function<ModuleIr, ModuleFacts> childFacts) {
        this.module = module;
        this.childFacts = childFacts;
    }

    public static Result check(ModuleIr module, Function<ModuleIr, ModuleFacts> childFacts) {
        return new ModuleChecker(module, childFacts).run();
    }

    private Result run() {
        DriverTrees trees = new DriverTrees(module);
        for (Signal sink : sinks()) drivers.put(sink, trees.treeOf(sink));
        for (Declaration d : module.declarations()) {
            if (d instanceof MemArray a) writes.put(a, trees.treeOf(a));
        }
        recordReads();
        checkDrivers();
        checkReads();
        checkMemories();
        CombinationalPaths paths = new CombinationalPaths(module, drivers, childFacts);
        problems.addAll(paths.loops());
        Set<Signal> waivers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Signal s : readCandidates()) {
            if (s.markedUnused() && !usage.unreadRanges(s).isEmpty()) waivers.add(s);
        }
        ModuleFacts facts = new ModuleFacts(module, drivers, writes, needsClock(), needsReset(),
                waivers, paths.inputsOfOutputs());
        return new Result(facts, problems);
    }

    /** Everything driven by statements here: outputs, wires, registers, instance inputs. */
    private List<Signal> sinks() {
        return signals(Signal.Kind.OUTPUT, Signal.Kind.INPUT);
    }

    /** Everything whose bits must all be read: inputs, wires, registers, instance outputs. */
    private List<Signal> readCandidates() {
        return signals(Signal.Kind.INPUT, Signal.Kind.OUTPUT);
    }

    /** Own ports of kind {@code own}, wires and registers, instance ports of kind {@code ofInstances}; in declaration order. */
    private List<Signal> signals(Signal.Kind own, Signal.Kind ofInstances) {
        List<Signal> out = new ArrayList<>();
        for (Signal p : module.ports()) if (p.kind() == own) out.add(p);
        for (Declaration d : module.declarations()) {
            if (d instanceof Signal s) {
                out.add(s);
            } else if (d instanceof Instance i) {
                for (Signal p : i.module().ports()) if (p.kind() == ofInstances) out.add(p);
            }
        }
        return out;
    }

    private void recordReads() {
        drivers.forEach((sink, tree) -> {
            ExprWalk.roots(tree, (root, from) -> usage.read(root, from.location()));
            if (sink.kind() == Signal.Kind.REG) {
                if (sink.init() != null) usage.read(sink.init(), sink.location());
                if (!DriverTrees.drivesFully(tree)) usage.readAll(sink, sink.location());
            }
        });
        writes.forEach((array, tree) -> ExprWalk.roots(tree, (root, from) -> usage.read(root, from.location())));
        for (Instance i : module.instances()) {
            if (i.reset() != null) usage.read(i.reset(), i.location());
        }
    }

    private void checkDrivers() {
        drivers.forEach((s, tree) -> {
            if (s.kind() == Signal.Kind.REG) {
                if (tree.isEmpty() && s.init() == null) {
                    problems.add(new Problem(s.location(), what(s) + " is never assigned and has no reset value"));
                }
                return;
            }
            SourceLocation declared = s.owner() == module ? s.location() : instanceLocation(s.owner());
            if (tree.isEmpty()) {
                SourceLocation read = usage.firstRead(s);
                problems.add(new Problem(read != null ? read : declared, what(s)
                        + (read != null ? " is read (declared at " + declared + ") but never driven" : " is never driven")));
            } else if (!DriverTrees.drivesFully(tree)) {
                problems.add(new Problem(DriverTrees.firstLocation(tree), what(s) + " is not driven on every path: "
                        + "connect it before the when at " + firstWhen(tree) + ", or add an otherwise"));
            }
        });
    }

    private static SourceLocation firstWhen(Block tree) {
        return tree.stmts().stream().filter(When.class::isInstance).findFirst().orElseThrow().location();
    }

    private void checkReads() {
        for (Signal s : readCandidates()) {
            if (s.markedUnused()) continue;
            String unread = usage.unreadRanges(s);
            if (unread.isEmpty()) continue;
            SourceLocation where = s.owner() == module ? s.location() : instanceLocation(s.owner());
            String what = usage.isRead(s) ? "bits " + unread + " of " + what(s) + " are never read"
                    : what(s) + " is never read";
            problems.add(new Problem(where, what + "; read them or mark the signal with .unused()"));
        }
    }

    private void checkMemories() {
        writes.forEach((array, tree) -> {
            if (tree.isEmpty() && array.contents() == null) {
                problems.add(new Problem(array.location(), array + " is never written and has no initial contents"));
            }
            if (!usage.isRead(array)) problems.add(new Problem(array.location(), array + " is never read"));
        });
    }

    private boolean needsClock() {
        for (Declaration d : module.declarations()) {
            if (d instanceof Signal s && s.kind() == Signal.Kind.REG) return true;
            if (d instanceof MemArray) return true;
            if (d instanceof Instance i && childFacts.apply(i.module()).needsClock()) return true;
        }
        return false;
    }

    private boolean needsReset() {
        if (module.reset() != null && usage.isRead(module.reset())) return true;
        for (Declaration d : module.declarations()) {
            if (d instanceof Signal s && s.kind() == Signal.Kind.REG && s.init() != null) return true;
            if (d instanceof Instance i && i.reset() == null && childFacts.apply(i.module()).needsReset()) return true;
        }
        return false;
    }

    private SourceLocation instanceLocation(ModuleIr child) {
        for (Instance i : module.instances()) if (i.module() == child) return i.location();
        return child.location();
    }

    private String what(Signal s) {
        String kind = switch (s.kind()) {
            case INPUT -> "input";
            case OUTPUT -> "output";
            case WIRE -> "wire";
            case REG -> "register";
            case RESET -> "reset";
        };
        String in = s.owner() == module ? " of module '" + module.name() + "'"
                : " of instance '" + s.owner().instanceName() + "'";
        return kind + " '" + s.describe(module) + "'" + in;
    }
}
