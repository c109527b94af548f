package nestmmu.tb;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;

import org.opentest4j.AssertionFailedError;

import nestmmu.sim.verilator.CompiledModel;
import nestmmu.sim.verilator.Simulation;

/**
 * The design under test, as a cocotb test sees it: signals to set and get by name, a clock to
 * start, triggers to await, and components (drivers, monitors) that act every cycle.
 *
 * <p>Sets are buffered in Java and pushed with the clock edge; gets after the edge read what
 * came back with it; a get after a set in the same cycle first settles the logic. So a typical
 * cycle — set inputs, await the rising edge, read outputs — costs one native call.
 */
public final class Dut implements AutoCloseable {
    private static final int DEFAULT_RESET_CYCLES = 2;

    private final Simulation sim;
    private final String testName;
    private final SeedSource seeds;
    private final List<CycleListener> listeners = new ArrayList<>();
    private final List<Scoreboard<?>> scoreboards = new ArrayList<>();
    private final Map<String, Signal> signals = new HashMap<>();
    private Clock clock;

    Dut(Simulation sim, String testName, SeedSource seeds) {
        this.sim = sim;
        this.testName = testName;
        this.seeds = seeds;
    }

    /**
     * A DUT outside {@link RtlTest}: a fresh instance of {@code model}, writing {@code waveform}
     * if not null; {@code seed} (may be null) is named in failure messages.
     */
    public static Dut open(CompiledModel model, Path waveform, Seed seed) {
        return new Dut(model.open(waveform), model.top(), SeedSource.fixed(seed));
    }

    // ---- signals ----

    public Signal signal(String name) {
        return signals.computeIfAbsent(name, n -> new Signal(this, sim.port(n)));
    }

    public long get(String name) {
        return sim.get(name);
    }

    public BigInteger getBig(String name) {
        return sim.getBig(name);
    }

    public Dut set(String name, long value) {
        sim.set(name, value);
        return this;
    }

    public Dut set(String name, BigInteger value) {
        sim.set(name, value);
        return this;
    }

    // ---- time ----

    /** The clock found by name ({@code clk}, {@code clk_i}, {@code clock}, ...); not yet started. */
    public Clock clock() {
        if (clock != null) return clock;
        return clock(sim.clock().map(p -> p.name()).orElseThrow(() -> new IllegalStateException(
                "no port of " + sim.model().top() + " looks like a clock; name it: dut.clock(\"...\")")));
    }

    /** Makes {@code name} (a 1-bit input) the clock. */
    public Clock clock(String name) {
        if (clock != null && clock.name().equals(name)) return clock;
        sim.useClock(sim.port(name));
        clock = new Clock(this, sim.port(name));
        return clock;
    }

    /** Cycles (rising edges) since the start. */
    public long cycle() {
        return sim.cycle();
    }

    /** Runs until {@code trigger} has fired, e.g. {@code dut.await(clock.risingEdge())}. */
    public Dut await(Trigger trigger) {
        trigger.awaitOn(this);
        return this;
    }

    /** Holds the reset input (found by name: {@code rst_ni}, {@code rst_n}, {@code rst}, ...) for 2 cycles. */
    public Dut reset() {
        return reset(DEFAULT_RESET_CYCLES);
    }

    /** Holds reset for {@code cycles} rising edges, then releases it; the next edge is the first out of reset. */
    public Dut reset(int cycles) {
        ResetPort reset = ResetPort.find(sim.ports()).orElseThrow(() -> new IllegalStateException(
                "no port of " + sim.model().top() + " looks like a reset (rst_ni, rst_n, rst, reset, ...)"));
        sim.set(reset.port(), reset.asserted());
        for (int i = 0; i < cycles; i++) runCycle();
        sim.set(reset.port(), reset.deasserted());
        return this;
    }

    /**
     * Runs cycle by cycle until {@code condition} holds (checked now, then after every rising edge)
     * and returns the cycles it waited; after {@code timeoutCycles} it fails, naming the condition,
     * the cycles, the seed and the waveform.
     */
    public long waitUntil(Condition condition, int timeoutCycles) {
        long start = cycle();
        for (int waited = 0; ; waited++) {
            if (condition.getAsBoolean()) return waited;
            if (waited == timeoutCycles) {
                throw new AssertionFailedError("waitUntil(" + condition.description() + ") timed out: still false after "
                        + timeoutCycles + " cycles (cycle " + start + " to " + cycle() + "); " + whereabouts());
            }
            runCycle();
        }
    }

    public long waitUntil(String description, BooleanSupplier condition, int timeoutCycles) {
        return waitUntil(Condition.of(description, condition), timeoutCycles);
    }

    // ---- components ----

    /** Adds a component that acts every cycle (see {@link CycleListener} for the order). */
    public <L extends CycleListener> L attach(L component) {
        listeners.add(Objects.requireNonNull(component));
        return component;
    }

    /** A scoreboard comparing with {@code equals}; checked automatically when an {@link RtlTest} ends. */
    public <T> Scoreboard<T> scoreboard(String name) {
        return register(new Scoreboard<>(name, this));
    }

    public <T> Scoreboard<T> scoreboard(String name, BiPredicate<? super T, ? super T> same) {
        return register(new Scoreboard<>(name, this, same));
    }

    // ---- context ----

    /** The test's seed (printed the first time it is taken). */
    public Seed seed() {
        return Objects.requireNonNull(seeds.take(), "no seed was given to this DUT");
    }

    /** Where the waveform is written, if waves are on (complete once the test ends). */
    public Optional<Path> waveform() {
        return sim.waveform();
    }

    /** The bridge underneath, for batched stepping and per-port handles. */
    public Simulation simulation() {
        return sim;
    }

    public String testName() {
        return testName;
    }

    /** "seed …; waveform …": what a failure message needs to be reproduced and looked at. */
    public String whereabouts() {
        String s = seeds.taken().map(seed -> "seed " + seed + " (re-run with -D" + Seed.PROPERTY + "=" + seed + "); ")
                .orElse("");
        return s + sim.waveform().map(p -> "waveform " + relative(p)).orElse("no waveform (waves off)");
    }

    @Override
    public void close() {
        sim.close();
    }

    // ---- internals ----

    /** One clock cycle: components drive, then sample, then the rising edge, then components see its result. */
    void runCycle() {
        if (clock == null || !clock.running()) {
            throw new IllegalStateException("the clock is not running: call dut.clock().start() first");
        }
        for (CycleListener l : listeners) l.beforeEdge(this);
        for (CycleListener l : listeners) l.atEdge(this);
        sim.tick();
        for (CycleListener l : listeners) l.afterEdge(this);
    }

    void checkScoreboards() {
        for (Scoreboard<?> s : scoreboards) s.assertPassed();
    }

    private <T> Scoreboard<T> register(Scoreboard<T> scoreboard) {
        scoreboards.add(scoreboard);
        return scoreboard;
    }

    private static String relative(Path p) {
        Path here = Path.of("").toAbsolutePath();
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
    }
}
