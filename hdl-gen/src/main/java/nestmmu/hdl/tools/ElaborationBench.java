package nestmmu.hdl.tools;

import static nestmmu.hdl.Hw.uint;

import java.util.List;
import java.util.function.Supplier;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.hdl.Module;
import nestmmu.hdl.emit.Design;
import nestmmu.hdl.util.Cam;
import nestmmu.hdl.util.Queue;

/**
 * {@code ./mmu bench --only hdl}: how fast the construction layer elaborates, checks and emits a
 * TLB-sized CAM (64 entries of 36-bit keys) and a queue, so generator authors know what a design
 * costs. Designs per second, and the size of the emitted text.
 */
public final class ElaborationBench implements Bench {
    @Override
    public String name() {
        return "hdl";
    }

    @Override
    public List<Figure> run(BenchContext context) {
        Supplier<Module> cam = () -> new Cam(64, 36);
        Supplier<Module> queue = () -> new Queue<>(16, uint(64));
        int camLines = lines(Design.verilog(cam));
        return List.of(
                Figure.rate("hdl.cam64_elaborate_emit", rate(context, cam), "designs/s"),
                Figure.of("hdl.cam64_verilog_lines", camLines, "lines"),
                Figure.rate("hdl.queue16_elaborate_emit", rate(context, queue), "designs/s"));
    }

    private static Measure.Rate rate(BenchContext context, Supplier<Module> top) {
        return Measure.rate(context.settings(), () -> {
            Measure.consume(Design.verilog(top).files().size());
            return 1;
        });
    }

    private static int lines(Design design) {
        return design.files().values().stream().mapToInt(t -> (int) t.lines().count()).sum();
    }
}
