package nestmmu.hdl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nestmmu.hdl.check.ModuleChecker;
import nestmmu.hdl.check.ModuleFacts;
import nestmmu.hdl.check.Problem;
import nestmmu.hdl.ir.Instance;
import nestmmu.hdl.ir.ModuleIr;

/**
 * An elaborated, checked design: the top module and every module instance below it, each with
 * its {@link ModuleFacts}. Backends ({@code nestmmu.hdl.emit.Emitter}) turn it into files.
 */
public final class Circuit {
    private final ModuleIr top;
    private final List<ModuleIr> modules;
    private final Map<ModuleIr, ModuleFacts> facts;

    private Circuit(ModuleIr top, List<ModuleIr> modules, Map<ModuleIr, ModuleFacts> facts) {
        this.top = top;
        this.modules = List.copyOf(modules);
        this.facts = facts;
    }

    /**
     * Runs the top module's constructor ({@code () -> new Tlb(config)}) and everything it
     * instantiates, then checks every module.
     *
     * @throws ElaborationException listing every problem found, each with its Java line
     */
    public static Circuit elaborate(Supplier<? extends Module> topFactory) {
        Module top = Builder.build(topFactory);
        top.ir().seal();
        List<ModuleIr> order = new ArrayList<>();
        postOrder(top.ir(), order);
        Map<ModuleIr, ModuleFacts> facts = new IdentityHashMap<>();
        Set<String> problems = new LinkedHashSet<>();
        List<Problem> found = new ArrayList<>();
        for (ModuleIr m : order) {
            ModuleChecker.Result r = ModuleChecker.check(m, facts::get);
            facts.put(m, r.facts());
            for (Problem p : r.problems()) {
                // identical instances report identical problems; say each once
                if (problems.add(p.toString())) found.add(p);
            }
        }
        if (!found.isEmpty()) throw new ElaborationException(found);
        return new Circuit(top.ir(), order, facts);
    }

    private static void postOrder(ModuleIr m, List<ModuleIr> out) {
        for (Instance i : m.instances()) postOrder(i.module(), out);
        out.add(m);
    }

    public ModuleIr top() {
        return top;
    }

    /** Every module instance, children before their parents, the top last. */
    public List<ModuleIr> modules() {
        return Collections.unmodifiableList(modules);
    }

    public ModuleFacts facts(ModuleIr module) {
        ModuleFacts f = facts.get(module);
        if (f == null) throw new IllegalArgumentException(module + " is not part of this circuit");
        return f;
    }
}
