package nestmmu.hdl.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nestmmu.hdl.emit.Design;

/**
 * Drives a design cycle by cycle in Icarus Verilog from a table of input values and returns the
 * outputs it saw: a small, dependency-free way to check behaviour before the Verilator harness.
 * Each cycle: apply that cycle's inputs (a port not mentioned keeps its value; all start at 0),
 * let the logic settle, sample every output, then give one rising edge of {@code clk_i}.
 * So {@code outputs.get(i)} shows the state after {@code i} edges, combined with inputs {@code i}.
 * An output that is X or Z reads as {@code null}.
 */
public final class IcarusSim {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Design design;
    private final List<Design.Port> inputs = new ArrayList<>();
    private final List<Design.Port> outputs = new ArrayList<>();

    private IcarusSim(Design design) {
        this.design = design;
        for (Design.Port p : design.ports()) {
            if (p.name().equals("clk_i")) continue;
            (p.direction() == Design.Direction.INPUT ? inputs : outputs).add(p);
        }
    }

    public static List<Map<String, BigInteger>> run(Design design, List<? extends Map<String, ? extends Number>> cycles) {
        return new IcarusSim(design).run(cycles);
    }

    private List<Map<String, BigInteger>> run(List<? extends Map<String, ? extends Number>> cycles) {
        String stimulus = stimulus(cycles);
        return Lint.inScratch(design, dir -> {
            try {
                Files.writeString(dir.resolve("nestmmu_tb.v"), testbench());
                Files.writeString(dir.resolve("stimulus.txt"), stimulus);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> compile = new ArrayList<>(List.of("iverilog", "-g2005", "-o", "sim.vvp", "-s", "nestmmu_tb", "nestmmu_tb.v"));
            compile.addAll(design.files().keySet());
            ToolRun c = ToolRun.run(dir, TIMEOUT, compile);
            if (!c.ok() || !c.output().isBlank()) throw new ToolException("iverilog could not compile " + design.top() + ":\n" + c.output());
            ToolRun r = ToolRun.run(dir, TIMEOUT, List.of("vvp", "-n", "sim.vvp"));
            if (!r.ok()) throw new ToolException("vvp failed on " + design.top() + ":\n" + r.output());
            return parse(r.output(), cycles.size());
        });
    }

    private String stimulus(List<? extends Map<String, ? extends Number>> cycles) {
        Map<String, BigInteger> current = new HashMap<>();
        for (Design.Port p : inputs) current.put(p.name(), BigInteger.ZERO);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cycles.size(); i++) {
            int cycle = i;
            for (Map.Entry<String, ? extends Number> e : cycles.get(i).entrySet()) {
                Design.Port port = inputs.stream().filter(p -> p.name().equals(e.getKey())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("cycle " + cycle
                                + ": " + design.top() + " has no input " + e.getKey()));
                BigInteger v = unsigned(e.getValue());
                if (v.bitLength() > port.width()) {
                    throw new IllegalArgumentException(e.getKey() + " = " + v + " does not fit in " + port.width() + " bits");
                }
                current.put(e.getKey(), v);
            }
            out.append(i);
            for (Design.Port p : inputs) out.append(' ').append(current.get(p.name()).toString(16));
            out.append('\n');
        }
        return out.toString();
    }

    private static BigInteger unsigned(Number n) {
        if (n instanceof BigInteger b) return b;
        BigInteger v = BigInteger.valueOf(n.longValue());
        return v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v;
    }

    private String testbench() {
        StringBuilder tb = new StringBuilder("module nestmmu_tb;\n  integer fd, n, cycle;\n");
        boolean clocked = design.ports().stream().anyMatch(p -> p.name().equals("clk_i"));
        if (clocked) tb.append("  reg clk_i = 1'b0;\n");
        for (Design.Port p : inputs) tb.append("  reg ").append(range(p)).append(p.name()).append(" = 0;\n");
        for (Design.Port p : outputs) tb.append("  wire ").append(range(p)).append(p.name()).append(";\n");
        tb.append("  ").append(design.top()).append(" dut (");
        List<String> pins = new ArrayList<>();
        for (Design.Port p : design.ports()) pins.add("." + p.name() + "(" + p.name() + ")");
        tb.append(String.join(", ", pins)).append(");\n");
        String formats = inputs.stream().map(p -> " %h").collect(Collectors.joining());
        String args = inputs.stream().map(p -> ", " + p.name()).collect(Collectors.joining());
        tb.append("  initial begin\n    fd = $fopen(\"stimulus.txt\", \"r\");\n")
          .append("    n = $fscanf(fd, \"%d").append(formats).append("\\n\", cycle").append(args).append(");\n")
          .append("    while (n == ").append(inputs.size() + 1).append(") begin\n")
          .append("      #1;\n")
          .append("      $display(\"@ %0d").append(outputs.stream().map(p -> " %h").collect(Collectors.joining()))
          .append("\", cycle").append(outputs.stream().map(p -> ", " + p.name()).collect(Collectors.joining())).append(");\n");
        if (clocked) tb.append("      clk_i = 1'b1;\n      #1;\n      clk_i = 1'b0;\n");
        else tb.append("      #2;\n");
        tb.append("      n = $fscanf(fd, \"%d").append(formats).append("\\n\", cycle").append(args).append(");\n")
          .append("    end\n    $finish;\n  end\nendmodule\n");
        return tb.toString();
    }

    private static String range(Design.Port p) {
        return p.width() == 1 ? "" : "[" + (p.width() - 1) + ":0] ";
    }

    private List<Map<String, BigInteger>> parse(String log, int expected) {
        List<Map<String, BigInteger>> result = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (!line.startsWith("@ ")) continue;
            String[] f = line.substring(2).trim().split("\\s+");
            Map<String, BigInteger> row = new LinkedHashMap<>();
            for (int k = 0; k < outputs.size(); k++) {
                String v = f[k + 1].toLowerCase(Locale.ROOT);
                row.put(outputs.get(k).name(), v.matches("[0-9a-f]+") ? new BigInteger(v, 16) : null);
            }
            result.add(row);
        }
        if (result.size() != expected) {
            throw new ToolException("vvp printed " + result.size() + " of " + expected + " cycles for " + design.top() + ":\n" + log);
        }
        return result;
    }
}
