package nestmmu.hdl.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nestmmu.hdl.ir.Block;
import nestmmu.hdl.ir.Expr;
import nestmmu.hdl.ir.MemRead;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Op;
import nestmmu.hdl.ir.Signal;

/**
 * The combinational graph of a module at signal granularity: a wire, an output or an instance
 * input depends on what its statement tree reads; an instance output depends on the instance
 * inputs its module connects to it without a register between (from the child's facts).
 * Registers and memories cut paths. Finds loops and summarizes input-to-output paths.
 */
final class CombinationalPaths {
    private final ModuleIr module;
    private final Map<Signal, Set<Signal>> edges = new LinkedHashMap<>();
    private final Map<Signal, Block> trees;

    CombinationalPaths(ModuleIr module, Map<Signal, Block> trees, Function<ModuleIr, ModuleFacts> childFacts) {
        this.module = module;
        this.trees = trees;
        trees.forEach((sink, tree) -> {
            if (sink.kind() != Signal.Kind.REG) edges.put(sink, reads(tree));
        });
        module.instances().forEach(inst -> childFacts.apply(inst.module()).combinationalPaths()
                .forEach((out, ins) -> edges.put(out, ins)));
    }

    private static Set<Signal> reads(Block tree) {
        Set<Signal> out = new LinkedHashSet<>();
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ExprWalk.roots(tree, root -> collect(root, out, seen));
        return out;
    }

    private static void collect(Expr e, Set<Signal> out, Set<Expr> seen) {
        if (e instanceof Signal s) {
            out.add(s);
        } else if (e instanceof MemRead r) {
            collect(r.address(), out, seen);
        } else if (e instanceof Op op && seen.add(op)) {
            for (Expr a : op.args()) collect(a, out, seen);
        }
    }

    /** Every loop found, each as a problem naming the signals around it. */
    List<Problem> loops() {
        List<Problem> problems = new ArrayList<>();
        Map<Signal, Integer> state = new HashMap<>();   // 1 on the stack, 2 done
        List<Signal> stack = new ArrayList<>();
        for (Signal start : edges.keySet()) {
            if (!state.containsKey(start)) visit(start, state, stack, problems);
        }
        return problems;
    }

    private void visit(Signal s, Map<Signal, Integer> state, List<Signal> stack, List<Problem> problems) {
        state.put(s, 1);
        stack.add(s);
        for (Signal next : edges.getOrDefault(s, Set.of())) {
            Integer st = state.get(next);
            if (st == null) {
                visit(next, state, stack, problems);
            } else if (st == 1) {
                problems.add(describeLoop(startAtFirstDeclared(stack.subList(stack.indexOf(next), stack.size()))));
            }
        }
        stack.remove(stack.size() - 1);
        state.put(s, 2);
    }

    /** The same cycle, rotated to begin at the signal declared first, so it reads in source order. */
    private List<Signal> startAtFirstDeclared(List<Signal> cycle) {
        List<Signal> order = new ArrayList<>(edges.keySet());
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (rank(order, cycle.get(i)) < rank(order, cycle.get(start))) start = i;
        }
        List<Signal> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        return rotated;
    }

    private static int rank(List<Signal> order, Signal s) {
        int i = order.indexOf(s);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private Problem describeLoop(List<Signal> cycle) {
        StringBuilder path = new StringBuilder();
        for (Signal s : cycle) {
            path.append(s.describe(module));
            Block tree = trees.get(s);
            if (tree != null && !tree.isEmpty()) path.append(" (").append(DriverTrees.firstLocation(tree)).append(")");
            else if (s.owner() != module) path.append(" (through instance '").append(s.owner().instanceName()).append("')");
            path.append(" -> ");
        }
        path.append(cycle.get(0).describe(module));
        Signal first = cycle.get(0);
        Block tree = trees.get(first);
        var where = tree != null && !tree.isEmpty() ? DriverTrees.firstLocation(tree) : first.location();
        return new Problem(where, "combinational loop in module '" + module.name() + "': " + path);
    }

    /** For each output of the module, the inputs it reaches without passing a register. */
    Map<Signal, Set<Signal>> inputsOfOutputs() {
        Map<Signal, Set<Signal>> memo = new HashMap<>();
        Map<Signal, Set<Signal>> out = new LinkedHashMap<>();
        for (Signal port : module.ports()) {
            if (port.kind() == Signal.Kind.OUTPUT) out.put(port, reachableInputs(port, memo, new LinkedHashSet<>()));
        }
        return out;
    }

    private Set<Signal> reachableInputs(Signal s, Map<Signal, Set<Signal>> memo, Set<Signal> onPath) {
        Set<Signal> known = memo.get(s);
        if (known != null) return known;
        Set<Signal> result = new LinkedHashSet<>();
        if (s.owner() == module && s.kind() == Signal.Kind.INPUT) result.add(s);
        if (onPath.add(s)) {
            for (Signal next : edges.getOrDefault(s, Set.of())) result.addAll(reachableInputs(next, memo, onPath));
            onPath.remove(s);
        }
        memo.put(s, result);
        return result;
    }
}
