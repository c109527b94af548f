package nestmmu.hdl.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nestmmu.hdl.Circuit;
import nestmmu.hdl.check.ModuleFacts;
import nestmmu.hdl.ir.Instance;
import nestmmu.hdl.ir.ModuleIr;
import nestmmu.hdl.ir.Signal;

/**
 * Emits a circuit as Verilog-2005, one module a file named after it. Instances whose modules
 * print the same text share one module; modules with the same requested name but different
 * content get {@code _1}, {@code _2}, ... in the order they are first met (children before
 * parents), so names only change when the design does. The top keeps its name.
 */
public final class VerilogEmitter implements Emitter {
    /** Stands for the module name while texts are compared; no generated identifier starts with an underscore pair. */
    private static final String PLACEHOLDER = "__MODULE__";

    @Override
    public Design emit(Circuit circuit) {
        ModuleIr top = circuit.top();
        Map<ModuleIr, String> names = new IdentityHashMap<>();
        Map<String, String> nameOfText = new HashMap<>();
        Map<String, String> textOfName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(top.name());
        for (ModuleIr m : circuit.modules()) {
            String text = new ModuleWriter(m, circuit.facts(m), circuit::facts, names::get).write(PLACEHOLDER, m.generator());
            String name = nameOfText.get(text);
            if (name == null) {
                name = m == top ? top.name() : fresh(m.name(), taken);
                nameOfText.put(text, name);
                textOfName.put(name, text.replace("module " + PLACEHOLDER, "module " + name));
            }
            names.put(m, name);
        }
        Map<String, String> files = new LinkedHashMap<>();
        preOrder(top, names, textOfName, files);
        return new Design(names.get(top), files, ports(top, circuit.facts(top)));
    }

    private static String fresh(String base, Set<String> taken) {
        String n = base;
        for (int i = 1; !taken.add(n); i++) n = base + "_" + i;
        return n;
    }

    private static void preOrder(ModuleIr m, Map<ModuleIr, String> names, Map<String, String> texts, Map<String, String> files) {
        String name = names.get(m);
        if (files.containsKey(name + ".v")) return;
        files.put(name + ".v", texts.get(name));
        for (Instance i : m.instances()) preOrder(i.module(), names, texts, files);
    }

    private static List<Design.Port> ports(ModuleIr top, ModuleFacts facts) {
        List<Design.Port> out = new ArrayList<>();
        if (facts.needsClock()) out.add(new Design.Port("clk_i", Design.Direction.INPUT, 1));
        if (facts.needsReset()) out.add(new Design.Port("rst_i", Design.Direction.INPUT, 1));
        for (Signal p : top.ports()) {
            out.add(new Design.Port(p.verilogName(),
                    p.kind() == Signal.Kind.INPUT ? Design.Direction.INPUT : Design.Direction.OUTPUT, p.width()));
        }
        return out;
    }
}
