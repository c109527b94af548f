package nestmmu.hdl.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nestmmu.hdl.Module;
import nestmmu.hdl.tools.Lint;
import nestmmu.hdl.util.Counter;
import nestmmu.hdl.util.Plru;

/**
 * The emitted text of a few small designs, byte for byte (and lint-clean). After an intended change of the output
 * style, regenerate with {@code -Dnestmmu.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/nestmmu/hdl/emit/golden");

    @TestFactory
    Stream<DynamicTest> emittedTextMatchesGoldenFiles() {
        return Stream.of(
                golden("counter", () -> new Counter(10)),
                golden("plru", () -> new Plru(4)),
                golden("showcase", Showcase::new));
    }

    private static DynamicTest golden(String name, Supplier<Module> top) {
        return DynamicTest.dynamicTest(name + " emits its golden Verilog", () -> {
            Design design = Design.verilog(top);
            Lint.verilator(design);
            for (var file : design.files().entrySet()) {
                Path expected = GOLDEN.resolve(name).resolve(file.getKey());
                if (Boolean.getBoolean("nestmmu.updateGolden")) {
                    Files.createDirectories(expected.getParent());
                    Files.writeString(expected, file.getValue(), StandardCharsets.UTF_8);
                }
                assertThat(read(expected)).as(file.getKey()).isEqualTo(file.getValue());
            }
            try (Stream<Path> stored = Files.list(GOLDEN.resolve(name))) {
                assertThat(stored.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(design.files().keySet());
            }
        });
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "(missing " + p + ")";
    }
}
