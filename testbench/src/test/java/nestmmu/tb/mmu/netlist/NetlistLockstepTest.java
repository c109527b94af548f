package nestmmu.tb.mmu.netlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.fpga.flow.ToolRunner;
import nestmmu.fpga.selftest.BoardDesign;
import nestmmu.fpga.sim.Ice40Netlist;
import nestmmu.mmu.MmuGenerator;
import nestmmu.sim.model.ExitCosts;
import nestmmu.sim.model.Machine;
import nestmmu.sim.model.RunOptions;
import nestmmu.sim.verilator.BuildOptions;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.VerilogDesign;
import nestmmu.sim.workload.EventStream;
import nestmmu.sim.workload.Workloads;
import nestmmu.tb.Dut;
import nestmmu.tb.Seed;
import nestmmu.tb.mmu.MemoryTiming;
import nestmmu.tb.mmu.lockstep.Lockstep;
import nestmmu.tb.mmu.lockstep.LockstepReport;

/**
 * Post-synthesis simulation of the MMU core: the small config's MmuTop after yosys
 * {@code synth_ice40} (the gate-level netlist nextpnr places, with yosys' iCE40 cell models), in
 * Verilator, in lockstep with the golden model over a subset of the lockstep regression's random
 * runs — one per mode, fixed memory latency, so results, reference sequences, final memories and
 * cycle counts are all compared. It shows that synthesis kept the behaviour the RTL regression
 * checked.
 */
class NetlistLockstepTest {
    private static final long SEED = 7;
    private static MmuConfig config;
    private static CompiledModel gates;

    @BeforeAll
    static void synthesize(@TempDir Path dir) {
        config = MmuConfig.load(Path.of(System.getProperty("nestmmu.root", ".."), "rtl", "configs", "small.json"));
        Ice40Netlist n = Ice40Netlist.synthesize(BoardDesign.flowDesign(MmuGenerator.design(config)), dir,
                ToolRunner.withDefaultTimeout());
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(Ice40Netlist.FILE, read(n.netlist()));
        sources.put("ice40_cells_sim.v", read(n.cellModels()));
        gates = Verilator.build(VerilogDesign.of(n.top(), sources),
                BuildOptions.DEFAULT.withVerilatorFlags("-D" + Ice40Netlist.DEFINE));
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of(Mode.NATIVE, "synthetic:ctxswitch,processes=6,pages=48,quantum=150,accesses=1500", PageSize.SIZE_4K, PageSize.SIZE_4K),
                Arguments.of(Mode.SHADOW, "synthetic:ptupdate,regions=12,pages=8,churn=0.1,accesses=1000", PageSize.SIZE_4K, PageSize.SIZE_2M),
                Arguments.of(Mode.NESTED, "synthetic:random,pages=256,writes=0.5,accesses=800", PageSize.SIZE_4K, PageSize.SIZE_4K),
                Arguments.of(Mode.NESTED, "synthetic:hotcold,pages=2048,hot=0.01,accesses=800", PageSize.SIZE_2M, PageSize.SIZE_1G));
    }

    @ParameterizedTest(name = "{0} {1} {2}/{3}")
    @MethodSource("runs")
    @DisplayName("the synth_ice40 netlist of the small MMU matches the golden model cycle for cycle")
    void netlistMatchesTheModel(Mode mode, String workload, PageSize guest, PageSize host) {
        RunOptions options = new RunOptions(mode, guest, host, 2, ExitCosts.defaults());
        Machine machine = Machine.create(config, options);
        LockstepReport report;
        try (Dut dut = Dut.open(gates, null, new Seed(SEED));
             Lockstep lockstep = Lockstep.start(machine.mmu(), dut, MemoryTiming.fixed(options.memLatency()), null)) {
            try (EventStream events = Workloads.parse(workload, SEED).open()) {
                machine.os().run(events);
            }
            report = lockstep.finish();
        }
        assertThat(report.mismatches()).as("first mismatch: %s", report.firstMismatch()).isZero();
        assertThat(report.memoryDifferences()).isZero();
        assertThat(report.translations()).isEqualTo(machine.mmu().stats().translations()).isGreaterThan(500);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
