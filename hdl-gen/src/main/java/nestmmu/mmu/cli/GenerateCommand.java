package nestmmu.mmu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.emit.Design;
import nestmmu.mmu.MmuGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./mmu generate --config F --out DIR}: the Verilog of one config, written atomically. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate the MMU's Verilog for one config into DIR (replaced as a whole; it may hold only .v files).",
                "The committed RTL is made this way: ./mmu generate --config rtl/configs/X.json --out rtl/X"})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "F", description = "MMU config (JSON), e.g. rtl/configs/default.json.")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the .v files.")
    Path out;

    @Override
    public Integer call() {
        MmuConfig c = MmuConfig.load(config);
        Design d = MmuGenerator.design(c);
        List<Path> written = d.writeTo(out);
        PrintWriter w = spec.commandLine().getOut();
        w.println("generated " + d.top() + " for config " + c.name() + " (" + c.l1Tlb() + " L1 TLB) into " + out + ":");
        for (Path p : written) w.println("  " + p + "  " + d.files().get(p.getFileName().toString()).lines().count() + " lines");
        w.flush();
        return 0;
    }
}
