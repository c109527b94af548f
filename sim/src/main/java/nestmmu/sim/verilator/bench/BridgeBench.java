package nestmmu.sim.verilator.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.io.AtomicFiles;
import nestmmu.sim.verilator.Batch;
import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Port;
import nestmmu.sim.verilator.Simulation;
import nestmmu.sim.verilator.Verilator;
import nestmmu.sim.verilator.fixtures.Fixtures;

/**
 * What the Verilator bridge costs, on the cam4 fixture (4-entry CAM + hit counter: 7 inputs
 * besides the clock, 4 outputs), every way replaying the same seeded traffic and adding every
 * output of every cycle into a checksum:
 * <ul>
 * <li>{@code cppCyclesPerSec}: a plain C++ loop linked against the same model objects;
 * <li>{@code simCyclesPerSecBatched}: the traffic sits in a {@link Batch} (as it sits in an array
 *     for the C++ loop); one {@code step} call runs 4096 cycles, Java reads the outputs by column;
 * <li>{@code simCyclesPerSecBatchedRefill}: the same, refilling the batch's inputs from Java arrays each time;
 * <li>{@code simCyclesPerSecBuffered}: the harness's way — set 7 inputs, tick, get 4 outputs: 1 native call a cycle;
 * <li>{@code simCyclesPerSecPerSignal}: cocotb/VPI style — 7 pokes, tick, 4 peeks: 12 native calls a cycle.
 * </ul>
 * The measurements run interleaved, round by round, so that the ratios to the C++ loop compare
 * runs made under the same machine load; each ratio is the mean of the per-round ratios.
 */
public final class BridgeBench implements Bench {
    private static final int TRAFFIC_CYCLES = 4096;
    private static final long SEED = 20240601L;
    private static final String DESIGN = " (cam4: 4-entry CAM + hit counter)";

    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        long t0 = System.nanoTime();
        CompiledModel cam = Verilator.build(Fixtures.cam4());
        long t1 = System.nanoTime();
        Verilator.build(Fixtures.cam4());
        long t2 = System.nanoTime();
        context.log().printf(Locale.ROOT, "bridge: cam4 model %s in %.1f s%n",
                cam.builtNow() ? "built" : "from the cache", (t1 - t0) / 1e9);
        CamTraffic traffic = new CamTraffic(cam.ports(), TRAFFIC_CYCLES + CamTraffic.RESET_CYCLES, SEED);
        Measure.Settings settings = context.settings();
        long millis = settings.minMillisPerIteration();

        Path dir = AtomicFiles.ensureDirectory(context.scratch().resolve("bridge-cpp"));
        try (CppLoop cpp = new CppLoop(cam, "clk_i", traffic, dir);
             Simulation batchedSim = cam.open();
             Simulation refillSim = cam.open();
             Simulation bufferedSim = cam.open();
             Simulation perSignalSim = cam.open()) {
            Map<String, DoubleSupplier> ways = new LinkedHashMap<>();
            ways.put("cpp", () -> cpp.run(millis));
            LongSupplier batched = batchedRun(batchedSim, traffic, false);
            LongSupplier refill = batchedRun(refillSim, traffic, true);
            ways.put("batched", () -> Measure.iteration(batched, millis));
            ways.put("refill", () -> Measure.iteration(refill, millis));
            ways.put("buffered", () -> Measure.iteration(() -> bufferedRun(bufferedSim, traffic), millis));
            ways.put("perSignal", () -> Measure.iteration(() -> perSignalRun(perSignalSim, traffic), millis));
            Map<String, double[]> samples = interleave(ways, settings);

            double[] cppRates = samples.get("cpp");
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.rate("cppCyclesPerSec", Measure.summarize(cppRates), "cycles/s, C++ loop" + DESIGN));
            figures.add(Figure.rate("simCyclesPerSecBatched", Measure.summarize(samples.get("batched")),
                    "cycles/s, step of 4096 cycles" + DESIGN));
            figures.add(Figure.rate("simCyclesPerSecBatchedRefill", Measure.summarize(samples.get("refill")),
                    "cycles/s, step of 4096 cycles, inputs refilled from Java" + DESIGN));
            figures.add(Figure.rate("simCyclesPerSecBuffered", Measure.summarize(samples.get("buffered")),
                    "cycles/s, set/tick/get, 1 native call a cycle" + DESIGN));
            figures.add(Figure.rate("simCyclesPerSecPerSignal", Measure.summarize(samples.get("perSignal")),
                    "cycles/s, poke/tick/peek, 12 native calls a cycle" + DESIGN));
            figures.add(Figure.rate("batchedVsCpp", ratios(samples.get("batched"), cppRates), "ratio").atLeast(0.9));
            figures.add(Figure.rate("perSignalVsCpp", ratios(samples.get("perSignal"), cppRates), "ratio").atLeast(0.05));
            figures.add(Figure.of("cachedBuildMillis", (t2 - t1) / 1e6, "ms to build an unchanged design (cache hit)"));
            return figures;
        }
    }

    /** Warm-up rounds, then measured rounds; every round samples every way once, in order. */
    private static Map<String, double[]> interleave(Map<String, DoubleSupplier> ways, Measure.Settings settings) {
        for (int round = 0; round < settings.warmupIterations(); round++) {
            ways.values().forEach(DoubleSupplier::getAsDouble);
        }
        Map<String, double[]> samples = new LinkedHashMap<>();
        ways.keySet().forEach(k -> samples.put(k, new double[settings.measuredIterations()]));
        for (int round = 0; round < settings.measuredIterations(); round++) {
            for (Map.Entry<String, DoubleSupplier> way : ways.entrySet()) {
                samples.get(way.getKey())[round] = way.getValue().getAsDouble();
            }
        }
        return samples;
    }

    private static Measure.Rate ratios(double[] java, double[] cpp) {
        double[] r = new double[java.length];
        for (int i = 0; i < r.length; i++) r[i] = java[i] / cpp[i];
        return Measure.summarize(r);
    }

    private static LongSupplier batchedRun(Simulation sim, CamTraffic traffic, boolean refill) {
        for (int c = 0; c < CamTraffic.RESET_CYCLES; c++) {
            for (int i = 0; i < traffic.inputs().size(); i++) sim.set(traffic.inputs().get(i), traffic.value(c, i));
            sim.tick();
        }
        int cycles = traffic.cycles() - CamTraffic.RESET_CYCLES;
        Batch batch = sim.newBatch(cycles);
        List<Port> inputs = traffic.inputs();
        long[][] columns = new long[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            columns[i] = traffic.column(i, CamTraffic.RESET_CYCLES);
            batch.setColumn(inputs.get(i), columns[i]);
        }
        List<Port> outputs = outputs(sim);
        long[] values = new long[cycles];
        return () -> {
            if (refill) {
                for (int i = 0; i < inputs.size(); i++) batch.setColumn(inputs.get(i), columns[i]);
            }
            sim.step(batch);
            long sum = 0;
            for (Port out : outputs) {
                for (long v : batch.column(out, values)) sum += v;
            }
            Measure.consume(sum);
            return cycles;
        };
    }

    private static long bufferedRun(Simulation sim, CamTraffic traffic) {
        List<Port> inputs = traffic.inputs();
        List<Port> outputs = outputs(sim);
        long sum = 0;
        for (int c = 0; c < traffic.cycles(); c++) {
            for (int i = 0; i < inputs.size(); i++) sim.set(inputs.get(i), traffic.value(c, i));
            sim.tick();
            for (Port out : outputs) sum += sim.get(out);
        }
        Measure.consume(sum);
        return traffic.cycles();
    }

    private static long perSignalRun(Simulation sim, CamTraffic traffic) {
        List<Port> inputs = traffic.inputs();
        List<Port> outputs = outputs(sim);
        long sum = 0;
        for (int c = 0; c < traffic.cycles(); c++) {
            for (int i = 0; i < inputs.size(); i++) sim.poke(inputs.get(i), traffic.value(c, i));
            sim.tick();
            for (Port out : outputs) sum += sim.peek(out);
        }
        Measure.consume(sum);
        return traffic.cycles();
    }

    private static List<Port> outputs(Simulation sim) {
        return sim.ports().all().stream().filter(p -> p.outSlot() >= 0).toList();
    }
}
