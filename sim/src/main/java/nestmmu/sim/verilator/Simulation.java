package nestmmu.sim.verilator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import nestmmu.io.AtomicFiles;

/**
 * One running instance of a {@link CompiledModel}. Not thread-safe: drive it from one thread.
 *
 * <p>Values travel through an <em>image</em>, native memory shared with the shim that holds one
 * slot range per port (see {@link Port}). {@link #set} and {@link #get} touch only the image, in
 * Java; {@link #tick} makes one native call that copies the inputs into the model, runs the
 * clock edge pair and copies the outputs back. A {@link #get} of an output after a {@link #set}
 * evaluates first (one call), so combinational paths are always seen settled. {@link #step} runs
 * many cycles with per-cycle inputs and outputs in one call. {@link #poke} and {@link #peek} are
 * the unbuffered alternative: one native call per access, as a VPI-style testbench would make.
 *
 * <p>Clocking: one input is the clock (found by name — {@code clk}, {@code clk_i}, {@code clock}
 * — or chosen with {@link #useClock}). A cycle applies the inputs, raises the clock (the design's
 * rising-edge logic runs), lowers it, and leaves the outputs as they are after the edge. Time
 * advances 5 units per half cycle; the waveform shows the rising edges at 5, 15, 25, ...
 */
public final class Simulation implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final String[] CLOCK_NAMES = {"clk", "clk_i", "clock", "clk_in", "i_clk", "clock_i", "CLK", "aclk"};

    private final CompiledModel model;
    private final PortList ports;
    private final long handle;
    private final ByteBuffer image;
    private final int outBase;
    private final NativeInstance instance;
    private final Cleaner.Cleanable cleanable;
    private Port clock;
    private boolean inputsDirty;
    private boolean finished;
    private boolean closed;
    private long cycle;
    private long nativeCalls;

    Simulation(CompiledModel model, long vtable, Path waveform) {
        this.model = model;
        this.ports = model.ports();
        Path target = waveform == null ? null : waveform.toAbsolutePath();
        Path partial = null;
        if (target != null) {
            AtomicFiles.ensureDirectory(target.getParent());
            partial = target.resolveSibling("." + target.getFileName() + ".partial");
        }
        long h = NativeDispatch.create(vtable, partial == null ? null : partial.toString());
        this.instance = new NativeInstance(h, partial, target);
        String error = NativeDispatch.error(h);
        if (error != null) {
            instance.run();
            throw new SimulationError(model.top() + ": " + error);
        }
        this.handle = h;
        this.cleanable = CLEANER.register(this, instance);
        this.image = NativeDispatch.image(h).order(ByteOrder.nativeOrder());
        this.outBase = 8 * ports.inSlots();
        this.clock = findClock(ports);
        if (clock != null) useClock(clock);
    }

    public CompiledModel model() {
        return model;
    }

    public PortList ports() {
        return ports;
    }

    public Port port(String name) {
        return ports.get(name);
    }

    /** The clock port, if one was found or chosen. */
    public Optional<Port> clock() {
        return Optional.ofNullable(clock);
    }

    /** Makes {@code port} (a 1-bit input) the clock that {@link #tick} and {@link #step} toggle. */
    public void useClock(Port port) {
        open();
        if (NativeDispatch.setClock(handle, port.index()) != NativeDispatch.OK) {
            throw new IllegalArgumentException("port " + port.name() + " cannot be a clock: it is not a 1-bit input");
        }
        clock = port;
    }

    /** Cycles run since the start. */
    public long cycle() {
        return cycle;
    }

    /** The design has called {@code $finish}. It still evaluates; the testbench decides what that means. */
    public boolean finished() {
        return finished;
    }

    /** Where the waveform will be once this simulation is closed, if it writes one. */
    public Optional<Path> waveform() {
        return Optional.ofNullable(instance.target);
    }

    /** Native calls made so far: a measure of how chatty a testbench is, kept for tests and tuning. */
    public long nativeCalls() {
        return nativeCalls;
    }

    // ---- buffered access: Java only, pushed by the next eval, tick or step ----

    public Simulation set(Port port, long value) {
        int offset = inputOffset(port);
        PortValues.write(image, offset, port, value);
        inputsDirty = true;
        return this;
    }

    public Simulation set(Port port, BigInteger value) {
        int offset = inputOffset(port);
        PortValues.write(image, offset, port, value);
        inputsDirty = true;
        return this;
    }

    public Simulation set(String port, long value) {
        return set(ports.get(port), value);
    }

    public Simulation set(String port, BigInteger value) {
        return set(ports.get(port), value);
    }

    /** The port's value: for an output as the model drives it now, for an input as last set. */
    public long get(Port port) {
        return PortValues.readLong(image, readOffset(port), port);
    }

    public BigInteger getBig(Port port) {
        return PortValues.readBig(image, readOffset(port), port);
    }

    public long get(String port) {
        return get(ports.get(port));
    }

    public BigInteger getBig(String port) {
        return getBig(ports.get(port));
    }

    /** Applies the inputs set so far and settles the combinational logic, without a clock edge. */
    public void eval() {
        open();
        check(NativeDispatch.eval(handle));
        inputsDirty = false;
    }

    /** One clock cycle with the current inputs. */
    public void tick() {
        tick(1);
    }

    /** {@code cycles} clock cycles with the current inputs, in one native call. */
    public void tick(int cycles) {
        requireClock();
        check(NativeDispatch.tick(handle, cycles));
        inputsDirty = false;
        cycle += cycles;
    }

    /** A buffer of per-cycle inputs and outputs for {@link #step}. */
    public Batch newBatch(int cycles) {
        return new Batch(ports, cycles);
    }

    /** Runs every cycle of the batch: cycle i applies the batch's inputs i and records outputs i. */
    public void step(Batch batch) {
        step(batch, batch.cycles());
    }

    /** Runs the batch's first {@code cycles} cycles. Afterwards the image holds the last cycle's values. */
    public void step(Batch batch, int cycles) {
        if (batch.ports() != ports) throw new IllegalArgumentException("batch was made for another model");
        if (cycles < 0 || cycles > batch.cycles()) {
            throw new IllegalArgumentException("cycles " + cycles + " outside 0.." + batch.cycles());
        }
        requireClock();
        check(NativeDispatch.step(handle, cycles, batch.inAddress(), batch.outAddress()));
        Reference.reachabilityFence(batch);
        inputsDirty = false;
        cycle += cycles;
    }

    // ---- unbuffered access: one native call each ----

    /** Writes an input (at most 64 bits) straight into the model; seen by the next evaluation. */
    public void poke(Port port, long value) {
        open();
        int offset = inputOffset(port);
        if (port.wide()) throw new IllegalArgumentException("poke takes ports of at most 64 bits; " + port.name() + " is " + port.width());
        PortValues.write(image, offset, port, value);  // validates, and keeps the image in step
        check(NativeDispatch.poke(handle, port.index(), image.getLong(offset)));
    }

    /** Reads a port (at most 64 bits) straight from the model, as of the last evaluation. */
    public long peek(Port port) {
        open();
        if (port.wide()) throw new IllegalArgumentException("peek takes ports of at most 64 bits; " + port.name() + " is " + port.width());
        nativeCalls++;
        return NativeDispatch.peek(handle, port.index());
    }

    /** Ends the instance: runs final blocks, completes the waveform file. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        cleanable.clean();
    }

    // ---- internals ----

    private int inputOffset(Port port) {
        checkOwn(port);
        if (port.inSlot() < 0) throw new IllegalArgumentException("port " + port.name() + " is an output; it cannot be set");
        return 8 * port.inSlot();
    }

    private int readOffset(Port port) {
        checkOwn(port);
        if (port.outSlot() < 0) return 8 * port.inSlot();
        if (inputsDirty) eval();
        return outBase + 8 * port.outSlot();
    }

    private void checkOwn(Port port) {
        if (port.index() >= ports.all().size() || ports.all().get(port.index()) != port) {
            throw new IllegalArgumentException("port " + port.name() + " belongs to another model");
        }
    }

    private void requireClock() {
        open();
        if (clock == null) {
            throw new IllegalStateException("model " + model.top() + " has no clock port the bridge recognizes; "
                    + "choose one with useClock(port)");
        }
    }

    private void open() {
        if (closed) throw new IllegalStateException("simulation of " + model.top() + " is closed");
    }

    private void check(int status) {
        nativeCalls++;
        if (status == NativeDispatch.OK) return;
        if (status == NativeDispatch.FINISHED) {
            finished = true;
            return;
        }
        String message = NativeDispatch.error(handle);
        throw new SimulationError(model.top() + " at cycle " + cycle + ": " + (message == null ? "simulation failed" : message));
    }

    private static Port findClock(PortList ports) {
        for (String name : CLOCK_NAMES) {
            if (ports.has(name)) {
                Port p = ports.get(name);
                if (p.direction() == PortDirection.INPUT && p.width() == 1) return p;
            }
        }
        return null;
    }

    /** What must happen exactly once, by close() or when a forgotten simulation is collected. */
    private static final class NativeInstance implements Runnable {
        final long handle;
        final Path partial;
        final Path target;

        NativeInstance(long handle, Path partial, Path target) {
            this.handle = handle;
            this.partial = partial;
            this.target = target;
        }

        @Override
        public void run() {
            NativeDispatch.destroy(handle);
            if (partial != null && Files.exists(partial)) {
                try {
                    // The partial file sits next to the target, so this rename is atomic.
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot complete waveform " + target, e);
                }
            }
        }
    }
}
