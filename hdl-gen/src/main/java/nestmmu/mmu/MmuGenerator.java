package nestmmu.mmu;

import java.nio.file.Path;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;

/** The generated MMU of a config: {@code MmuGenerator.design(MmuConfig.load(path))}. */
public final class MmuGenerator {
    private MmuGenerator() {}

    /** Elaborates, checks and emits {@link MmuTop} for {@code config}; the top is {@value MmuTop#NAME}. */
    public static Design design(MmuConfig config) {
        return Design.verilog(() -> new MmuTop(config));
    }

    /** The committed RTL of a config: {@code rtl/<name>} under the repository root. */
    public static Path committedDirectory(Path repositoryRoot, MmuConfig config) {
        return repositoryRoot.resolve("rtl").resolve(config.name());
    }
}
