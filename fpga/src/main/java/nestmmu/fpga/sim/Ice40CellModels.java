package nestmmu.fpga.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nestmmu.fpga.flow.ToolFailedException;

/**
 * Finds yosys' simulation models of the iCE40 primitives ({@code SB_LUT4}, {@code SB_DFF*},
 * {@code SB_RAM40_4K}, ...), {@code <datdir>/ice40/cells_sim.v}. The data directory is what
 * {@code yosys-config --datdir} prints; Debian ships {@code yosys-config} only in yosys-dev, so
 * without it the directory is found beside the yosys binary ({@code <prefix>/share/yosys}).
 */
public final class Ice40CellModels {
    private static Path cached;

    private Ice40CellModels() {}

    public static synchronized Path path() {
        if (cached == null) cached = find();
        return cached;
    }

    private static Path find() {
        for (Path datdir : new Path[] {fromYosysConfig(), besideYosysBinary()}) {
            if (datdir == null) continue;
            Path models = datdir.resolve("ice40").resolve("cells_sim.v");
            if (Files.isRegularFile(models)) return models;
        }
        throw new ToolFailedException("yosys", "has no iCE40 simulation models",
                List.of("ice40/cells_sim.v not found in yosys' data directory (is yosys installed?)"), null);
    }

    private static Path fromYosysConfig() {
        try {
            Process p = new ProcessBuilder("yosys-config", "--datdir").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) return Path.of(out);
        } catch (IOException e) {
            return null; // no yosys-config: the usual case on Debian
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static Path besideYosysBinary() {
        String pathVar = System.getenv("PATH");
        if (pathVar == null) return null;
        for (String dir : pathVar.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path yosys = Path.of(dir, "yosys");
            if (Files.isExecutable(yosys)) {
                try {
                    Path bin = yosys.toRealPath().getParent();
                    return bin.getParent() == null ? null : bin.getParent().resolve("share").resolve("yosys");
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
