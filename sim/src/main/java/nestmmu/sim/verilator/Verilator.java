package nestmmu.sim.verilator;

/**
 * The bridge's front door: builds a design into a loadable model, or takes it from the cache
 * ({@code $NESTMMU_CACHE/verilator} or {@code ~/.cache/nestmmu/verilator}) when the sources,
 * flags, Verilator, compiler and shim are all unchanged.
 *
 * <pre>{@code
 * CompiledModel cam = Verilator.build(VerilogDesign.fromFiles("cam4", Path.of("cam4.v")));
 * try (Simulation sim = cam.open()) {
 *     sim.set("rst_n", 0).tick(2);
 *     sim.set("rst_n", 1).set("lk_key", 0x42).tick();
 *     long hit = sim.get("lk_hit");
 * }
 * }</pre>
 */
public final class Verilator {
    private Verilator() {}

    public static CompiledModel build(VerilogDesign design) {
        return build(design, BuildOptions.DEFAULT);
    }

    /** Throws {@link VerilatorBuildException} with Verilator's first error lines if the design does not build. */
    public static CompiledModel build(VerilogDesign design, BuildOptions options) {
        return new ModelBuilder(Toolchain.get(), BuildCache.standard()).build(design, options);
    }
}
