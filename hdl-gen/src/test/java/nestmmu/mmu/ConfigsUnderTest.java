package nestmmu.mmu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import nestmmu.config.MmuConfig;

/** The configs in {@code rtl/configs/} (the repository root is {@code -Dnestmmu.root}, else {@code ..}). */
final class ConfigsUnderTest {
    private ConfigsUnderTest() {}

    static Path root() {
        return Path.of(System.getProperty("nestmmu.root", "..")).toAbsolutePath().normalize();
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(root().resolve("rtl").resolve("configs"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MmuConfig> all() {
        return files().stream().map(MmuConfig::load).toList();
    }
}
