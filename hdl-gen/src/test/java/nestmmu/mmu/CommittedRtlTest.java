package nestmmu.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;

/** The Verilog committed in {@code rtl/<config>/} is exactly what the generators make of {@code rtl/configs/<config>.json}. */
class CommittedRtlTest {
    static List<Path> configs() {
        return ConfigsUnderTest.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void committedRtlIsWhatTheGeneratorMakes(Path configFile) throws IOException {
        MmuConfig config = MmuConfig.load(configFile);
        Path dir = MmuGenerator.committedDirectory(ConfigsUnderTest.root(), config);
        String fix = "; regenerate it: ./mmu generate --config rtl/configs/" + configFile.getFileName() + " --out rtl/" + config.name();
        if (!Files.isDirectory(dir)) fail("rtl/" + config.name() + " is missing" + fix);
        Design d = MmuGenerator.design(config);
        TreeSet<String> committed = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> committed.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(d.files().keySet()), committed, "the files of rtl/" + config.name() + " differ" + fix);
        for (Map.Entry<String, String> f : d.files().entrySet()) {
            assertEquals(f.getValue(), Files.readString(dir.resolve(f.getKey())),
                    "rtl/" + config.name() + "/" + f.getKey() + " is not what the generator makes" + fix);
        }
    }
}
