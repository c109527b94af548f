package nestmmu.fpga.ooc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.ToolOutput;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.YosysScript;
import nestmmu.io.BadInputException;

/**
 * The ports of a core, in declaration order, as yosys elaborates them (with the design's
 * parameter overrides applied, so parameterized widths are right). Asking yosys rather than
 * parsing the Verilog header means any Verilog yosys reads works: ANSI or not, parameters,
 * {@code `define}s, SystemVerilog.
 */
public record CoreInterface(String module, List<CorePort> ports) {
    /** The file the port list is read from, in the flow's directory. */
    public static final String PORTS_JSON = "ports.json";

    /** Names taken for the clock when none is given (compared ignoring case). */
    public static final Set<String> CLOCK_NAMES = Set.of("clk_i", "clk", "clock", "clock_i", "i_clk", "clk_in");

    public CoreInterface {
        ports = List.copyOf(ports);
    }

    /** Runs yosys in {@code workDir} ({@code ports.ys}, {@code ports.log}) and reads {@code ports.json}. */
    public static CoreInterface discover(Design design, Path workDir, ToolRunner runner) {
        YosysScript.elaborating(design, workDir)
                .then("blackbox =*") // bodies dropped: the JSON keeps only what the ports need
                .then("write_json " + PORTS_JSON)
                .run(runner, workDir, "ports");
        return read(workDir.resolve(PORTS_JSON), design.top());
    }

    public static CoreInterface read(Path portsJson, String module) {
        return ToolOutput.parse(portsJson, "yosys port list", json -> parse(json, module));
    }

    static CoreInterface parse(String yosysJson, String module) {
        JsonObject m;
        try {
            JsonObject modules = JsonParser.parseString(yosysJson).getAsJsonObject().getAsJsonObject("modules");
            m = modules.getAsJsonObject(module);
        } catch (JsonParseException | IllegalStateException | ClassCastException e) {
            throw new IllegalStateException("unexpected yosys JSON: " + e.getMessage(), e);
        }
        if (m == null) throw new IllegalStateException("yosys JSON has no module " + module);
        List<CorePort> ports = new ArrayList<>();
        JsonObject portsJson = m.getAsJsonObject("ports");
        if (portsJson != null) {
            for (Map.Entry<String, JsonElement> p : portsJson.entrySet()) {
                JsonObject o = p.getValue().getAsJsonObject();
                CorePort.Direction dir = CorePort.Direction.valueOf(o.get("direction").getAsString().toUpperCase(Locale.ROOT));
                ports.add(new CorePort(p.getKey(), dir, o.getAsJsonArray("bits").size()));
            }
        }
        return new CoreInterface(module, ports);
    }

    /**
     * The core's clock: {@code requested} if given (it must be a 1-bit input), otherwise the first
     * 1-bit input named like a clock ({@link #CLOCK_NAMES}); empty for a core without one.
     */
    public Optional<CorePort> clock(Optional<String> requested) {
        if (requested.isPresent()) {
            String name = requested.get();
            return Optional.of(ports.stream()
                    .filter(p -> p.name().equals(name) && p.isInput() && p.width() == 1)
                    .findFirst()
                    .orElseThrow(() -> new BadInputException("--clock: " + module + " has no 1-bit input named " + name)));
        }
        return ports.stream()
                .filter(p -> p.isInput() && p.width() == 1 && CLOCK_NAMES.contains(p.name().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Inputs other than {@code clock}, in declaration order. */
    public List<CorePort> dataInputs(Optional<CorePort> clock) {
        return ports.stream().filter(p -> p.isInput() && !clock.map(c -> c.equals(p)).orElse(false)).toList();
    }

    public List<CorePort> outputs() {
        return ports.stream().filter(CorePort::isOutput).toList();
    }

    public static int bits(List<CorePort> ports) {
        return ports.stream().mapToInt(CorePort::width).sum();
    }
}
