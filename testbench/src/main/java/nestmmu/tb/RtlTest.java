package nestmmu.tb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or one test method, which then overrides the class) as testing a design in
 * Verilator. Each test gets a fresh {@link Dut} parameter built from the design — compiled once
 * and cached — and a waveform under {@code target/waves/}; it may also take a {@link Seed} or a
 * seeded {@link java.util.SplittableRandom}.
 *
 * <pre>{@code
 * @RtlTest(design = Cam4.class)
 * class CamTest {
 *     @Test
 *     void aWrittenKeyIsFound(Dut dut) {
 *         Clock clock = dut.clock().start();
 *         dut.reset();
 *         dut.set("wr_en_i", 1).set("wr_idx_i", 2).set("wr_key_i", 0x42).set("wr_data_i", 7);
 *         dut.await(clock.risingEdge());
 *         dut.set("wr_en_i", 0).set("lk_valid_i", 1).set("lk_key_i", 0x42);
 *         dut.waitUntil(dut.signal("lk_hit_o").is(1), 2);
 *         assertThat(dut.get("lk_data_o")).isEqualTo(7);
 *     }
 * }
 * }</pre>
 * Give the design either as {@link #design()} or as {@link #top()} plus {@link #sources()}; or,
 * for designs made at run time (one per parameterized config, say), take a {@link Duts} parameter.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith({SeedExtension.class, RtlExtension.class})
public @interface RtlTest {
    /** A class that supplies the design (generated or fixture). */
    Class<? extends DesignSource> design() default DesignSource.None.class;

    /** The top module, with {@link #sources()}; defaults to the first source's file name. */
    String top() default "";

    /** Verilog files: class-path resources, else paths relative to the working directory. */
    String[] sources() default {};

    Waves waves() default Waves.ON_FAILURE;

    /** Extra Verilator flags, e.g. {@code --assert}. */
    String[] verilatorFlags() default {};
}
