package nestmmu.fpga.selftest;

import java.nio.file.Path;

import nestmmu.config.MmuConfig;

/** The configs in {@code rtl/configs/} (tests run in the module's directory). */
final class Configs {
    private Configs() {}

    static MmuConfig load(String name) {
        return MmuConfig.load(Path.of("..", "rtl", "configs", name + ".json"));
    }
}
