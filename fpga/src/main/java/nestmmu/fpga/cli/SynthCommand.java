package nestmmu.fpga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import nestmmu.config.MmuConfig;
import nestmmu.fpga.flow.Design;
import nestmmu.fpga.flow.Ice40Board;
import nestmmu.fpga.flow.Ice40Flow;
import nestmmu.fpga.flow.Ice40Options;
import nestmmu.fpga.flow.Ice40Result;
import nestmmu.fpga.flow.TimingReport;
import nestmmu.fpga.flow.ToolFailedException;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.flow.Utilization;
import nestmmu.fpga.flow.XilinxBoard;
import nestmmu.fpga.flow.XilinxFlow;
import nestmmu.fpga.flow.XilinxPart;
import nestmmu.fpga.flow.XilinxResult;
import nestmmu.fpga.ooc.OocCoreFlow;
import nestmmu.fpga.ooc.OocResult;
import nestmmu.fpga.selftest.BoardDesign;
import nestmmu.io.AtomicFiles;
import nestmmu.io.BadInputException;
import nestmmu.io.Json;
import nestmmu.mmu.MmuGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./mmu synth}: utilization and Fmax of the generated MMU of a config, or of any Verilog
 * design, on the HX8K breakout's iCE40 (place and route, bitstream for a board top) or on the
 * Arty's Artix-7 (synthesis only). With {@code --config F}: {@code --top core} is the MMU alone
 * (out of context on iCE40), {@code --top board} the self-test board top of
 * {@link BoardDesign}, whose script listing is written beside the bitstream as
 * {@value #LISTING}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {
            "Synthesize a design for iCE40 (yosys, nextpnr, icepack) or Xilinx 7-series (yosys only: utilization, no Fmax).",
            "--top core: the module alone, out of context (iCE40: wrapped in a 3-pin harness so any pin count places).",
            "--top board: a board top whose ports are the board's pins (iCE40: a bitstream for the HX8K breakout).",
            "--config F: the MMU of config F (core), or its self-test board top (board); else --verilog FILE... --module NAME."})
public final class SynthCommand implements Callable<Integer> {
    /** Default Fmax target for a core: the project's goal for the small config on the HX8K. */
    public static final double CORE_TARGET_MHZ = 60;
    /** The self-test script of a board top, in the output directory. */
    public static final String LISTING = "selftest.txt";

    enum Target { ice40, xilinx }

    enum Top { core, board }

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "ice40|xilinx", description = "ice40 (HX8K breakout) or xilinx (Arty A7-35T).")
    Target target;

    @Option(names = "--top", defaultValue = "core", paramLabel = "core|board", description = "What the module is (default: ${DEFAULT-VALUE}).")
    Top top;

    @Option(names = "--config", paramLabel = "F", description = "An MMU config (rtl/configs/*.json): synthesize its generated MMU or self-test board top.")
    Path config;

    @Option(names = "--verilog", paramLabel = "FILE", description = "Instead of --config: a Verilog source (repeat for several).")
    List<Path> verilog;

    @Option(names = "--module", paramLabel = "NAME", description = "With --verilog: the top module.")
    String module;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override an integer parameter of the top module (repeatable).")
    Map<String, Long> parameters = new LinkedHashMap<>();

    @Option(names = "--clock", paramLabel = "PORT", description = "iCE40 core: the clock input (default: a 1-bit input named clk_i, clk, clock, ...).")
    String clock;

    @Option(names = "--freq", paramLabel = "MHZ", description = "iCE40: frequency nextpnr aims for (default: 60 for a core, the board clock for a board top).")
    Double freqMHz;

    @Option(names = "--seed", paramLabel = "N", description = "iCE40: nextpnr placer seed (default: 1).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/synth/CONFIG-TARGET-TOP or MODULE-TARGET-TOP).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        checkOptionsApply();
        MmuConfig mmu = config == null ? null : MmuConfig.load(config);
        BoardDesign board = mmu == null || top == Top.core ? null
                : target == Target.ice40 ? BoardDesign.hx8k(mmu) : BoardDesign.arty(mmu);
        Design design = design(mmu, board);
        String name = mmu != null ? mmu.name() : module;
        Path dir = out != null ? out : Path.of("out", "synth", name + "-" + target + "-" + top);
        ToolRunner runner = ToolRunner.withDefaultTimeout();
        Map<String, Object> result;
        try {
            result = switch (target) {
                case ice40 -> top == Top.core ? ice40Core(design, dir, runner) : ice40Board(design, dir, runner);
                case xilinx -> xilinx(design, dir, runner);
            };
        } catch (ToolFailedException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": error: " + e.getMessage());
            return 1;
        }
        if (mmu != null) result.put("config", mmu.name());
        if (board != null) result.put("selfTest", selfTest(board, Path.of((String) result.get("outDir"))));
        PrintWriter o = spec.commandLine().getOut();
        o.print(json ? Json.write(result) : table(result));
        o.flush();
        return 0;
    }

    /** The MMU core of the config, its board top, or the Verilog files given. */
    private Design design(MmuConfig mmu, BoardDesign board) {
        if (board != null) return board.design();
        if (mmu != null) return BoardDesign.flowDesign(MmuGenerator.design(mmu));
        for (Path f : verilog) {   // before any work directory exists
            if (!java.nio.file.Files.isRegularFile(f)) throw new BadInputException("verilog file " + f + ": no such file");
        }
        Design d = Design.ofFiles(module, verilog);
        for (Map.Entry<String, Long> p : parameters.entrySet()) d = d.withParameter(p.getKey(), p.getValue());
        return d;
    }

    /** Writes the script listing beside the results and says what the board will print. */
    private static Map<String, Object> selfTest(BoardDesign board, Path dir) {
        Path listing = dir.resolve(LISTING);
        AtomicFiles.writeString(listing, board.script().listing());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("translations", board.script().translations());
        m.put("passLine", board.passLine());
        m.put("baud", board.options().baud());
        m.put("listing", listing.toString());
        return m;
    }

    private void checkOptionsApply() {
        if (config != null && (verilog != null || module != null)) {
            throw new BadInputException("--config: give either --config F or --verilog FILE... --module NAME, not both");
        }
        if (config == null && (verilog == null || module == null)) {
            throw new BadInputException("--config: missing; give --config F, or --verilog FILE... --module NAME");
        }
        if (config != null && !parameters.isEmpty()) {
            throw new BadInputException("--param: only with --verilog (a config's MMU takes its parameters from the config)");
        }
        if (target == Target.xilinx) {
            if (freqMHz != null) throw new BadInputException("--freq: only for --target ice40 (no place and route for xilinx here)");
            if (seed != null) throw new BadInputException("--seed: only for --target ice40 (no place and route for xilinx here)");
        }
        if (clock != null && !(target == Target.ice40 && top == Top.core)) {
            throw new BadInputException("--clock: only for --target ice40 --top core");
        }
    }

    private Ice40Options ice40Options(double defaultMHz) {
        Ice40Board b = Ice40Board.HX8K_BREAKOUT;
        return new Ice40Options(b.device(), freqMHz != null ? freqMHz : defaultMHz, seed != null ? seed : Ice40Options.DEFAULT_SEED);
    }

    private Map<String, Object> ice40Core(Design design, Path dir, ToolRunner runner) {
        Ice40Options options = ice40Options(CORE_TARGET_MHZ);
        OocResult r = new OocCoreFlow(Ice40Board.HX8K_BREAKOUT, options, runner).run(design, Optional.ofNullable(clock), dir);
        Map<String, Object> m = contract(r.core(), r.fmaxMHz(), null);
        describe(m, options.device().name(), design.top());
        ice40Timing(m, options, r.placed());
        m.put("clockPort", r.clockPort());
        m.put("wrapper", r.wrapper().summary());
        m.put("outDir", r.placed().directory().toString());
        return m;
    }

    private Map<String, Object> ice40Board(Design design, Path dir, ToolRunner runner) {
        Ice40Board board = Ice40Board.HX8K_BREAKOUT;
        Ice40Options options = ice40Options(board.clockMHz());
        Ice40Result r = new Ice40Flow(options, runner).run(design, board.pcf(), dir);
        Map<String, Object> m = contract(r.utilization(), r.fmaxMHz(), r.fits() ? r.bitstream().toString() : null);
        describe(m, options.device().name(), design.top());
        m.put("board", board.name());
        ice40Timing(m, options, r);
        m.put("outDir", r.directory().toString());
        return m;
    }

    private Map<String, Object> xilinx(Design design, Path dir, ToolRunner runner) {
        XilinxPart part = XilinxBoard.ARTY_A7_35T.part();
        XilinxResult r = new XilinxFlow(part, runner).run(design, top == Top.board, dir);
        Map<String, Object> m = contract(r.utilization(), null, null);
        describe(m, part.name(), design.top());
        if (top == Top.board) m.put("board", XilinxBoard.ARTY_A7_35T.name());
        Map<String, Object> capacity = new LinkedHashMap<>();
        capacity.put("luts", part.luts());
        capacity.put("ffs", part.ffs());
        capacity.put("brams", part.bramTiles());
        m.put("capacity", capacity);
        // by the synthesized counts against the part's capacity (no place and route for Xilinx here)
        Utilization u = r.utilization();
        List<String> over = new ArrayList<>();
        if (u.luts() > part.luts()) over.add(u.luts() + " of " + part.luts() + " LUTs");
        if (u.ffs() > part.ffs()) over.add(u.ffs() + " of " + part.ffs() + " flip-flops");
        if (u.brams() > part.bramTiles()) over.add(u.bramsNumber() + " of " + part.bramTiles() + " RAMB36 tiles");
        m.put("fits", over.isEmpty());
        if (!over.isEmpty()) m.put("overflow", String.join(", ", over));
        m.put("outDir", r.directory().toString());
        return m;
    }

    /** The five keys the issue names, first and always present. */
    private static Map<String, Object> contract(Utilization u, Double fmax, String bitstream) {
        Map<String, Object> m = new LinkedHashMap<>(u.summary());
        m.put("fmaxMHz", fmax == null ? null : round2(fmax));
        m.put("bitstream", bitstream);
        return m;
    }

    private void describe(Map<String, Object> m, String device, String topModule) {
        m.put("target", target.name());
        m.put("top", top.name());
        m.put("module", topModule);
        m.put("device", device);
    }

    private static void ice40Timing(Map<String, Object> m, Ice40Options options, Ice40Result r) {
        TimingReport t = r.timing();
        m.put("fits", r.fits());
        if (!r.fits()) m.put("overflow", t.overflow());
        m.put("targetMHz", options.freqMHz());
        m.put("timingMet", r.fits() ? t.timingMet() : null);
        Map<String, Object> clocks = new LinkedHashMap<>();
        for (TimingReport.ClockTiming c : t.clocks()) clocks.put(c.clock(), round2(c.achievedMHz()));
        m.put("clocks", clocks);
        TimingReport.Resource lc = t.resources().get("ICESTORM_LC");
        Map<String, Object> cells = new LinkedHashMap<>();
        if (lc != null) {
            cells.put("used", lc.used());
            cells.put("available", lc.available());
        }
        m.put("logicCells", lc == null ? null : cells);
        m.put("seed", options.seed());
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String table(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        b.append(m.get("module")).append(" on ").append(m.get("device")).append(" (").append(m.get("top"))
                .append(m.containsKey("config") ? ", config " + m.get("config") : "").append(")\n");
        row(b, "LUTs", m.get("luts"));
        row(b, "FFs", m.get("ffs"));
        row(b, "BRAMs", m.get("brams"));
        if (Boolean.FALSE.equals(m.get("fits"))) {
            row(b, "Fmax", "- (does not fit the device: " + m.get("overflow") + "; nothing placed, no bitstream)");
        } else if (m.get("fmaxMHz") != null) {
            row(b, "Fmax", String.format(Locale.ROOT, "%.2f MHz (target %s MHz: %s)", (Double) m.get("fmaxMHz"),
                    fmt((Double) m.get("targetMHz")), Boolean.TRUE.equals(m.get("timingMet")) ? "met" : "NOT met"));
        } else {
            row(b, "Fmax", m.containsKey("timingMet") ? "no clocked paths" : "- (no place and route for this target)");
        }
        if (m.get("wrapper") instanceof Map<?, ?> w) {
            row(b, "wrapper", w.get("luts") + " LUTs, " + w.get("ffs") + " FFs, " + w.get("brams")
                    + " BRAMs (the out-of-context harness, not counted above)");
        }
        if (m.get("bitstream") != null) row(b, "bitstream", m.get("bitstream"));
        if (m.get("selfTest") instanceof Map<?, ?> t) {
            row(b, "self-test", "prints '" + t.get("passLine") + "' at " + t.get("baud") + " baud when it passes; script in "
                    + t.get("listing"));
        }
        row(b, "output", m.get("outDir"));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, Object value) {
        b.append(String.format(Locale.ROOT, "  %-10s %s%n", label, value));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
