package nestmmu.mmu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nestmmu.bench.Bench;
import nestmmu.bench.BenchContext;
import nestmmu.bench.Figure;
import nestmmu.bench.Measure;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;

/**
 * {@code ./mmu bench --only mmu}: how long generating each config's MMU takes (elaborate,
 * check, emit), against the "well under a few seconds", and how much Verilog it makes.
 */
public final class MmuGenerationBench implements Bench {
    /** The goal per config: "well under a few seconds". */
    static final double GOAL_SECONDS = 1.0;

    @Override
    public String name() {
        return "mmu";
    }

    @Override
    public List<Figure> run(BenchContext context) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (Path file : configs(context.root())) {
            MmuConfig config = MmuConfig.load(file);
            Design once = MmuGenerator.design(config);
            Measure.Rate rate = Measure.rate(context.settings(), () -> {
                Measure.consume(MmuGenerator.design(config).files().size());
                return 1;
            });
            double seconds = 1 / rate.mean();
            double error = rate.error() / (rate.mean() * rate.mean());
            figures.add(new Figure("mmu." + config.name() + "_generate_seconds", seconds, error, "s", "", null).atMost(GOAL_SECONDS));
            figures.add(Figure.of("mmu." + config.name() + "_verilog_lines",
                    once.files().values().stream().mapToLong(t -> t.lines().count()).sum(), "lines"));
        }
        return figures;
    }

    private static List<Path> configs(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("rtl").resolve("configs"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
