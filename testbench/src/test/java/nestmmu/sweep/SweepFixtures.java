package nestmmu.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import nestmmu.cli.Main;
import picocli.CommandLine;

/** Shared pieces of the sweep tests: configs of this repository, small workloads, a crashing launcher. */
final class SweepFixtures {
    private SweepFixtures() {}

    static final String WORKLOAD = "synthetic:random,pages=16,accesses=200";

    static Path root() {
        return Path.of(System.getProperty("nestmmu.root", "..")).toAbsolutePath().normalize();
    }

    static String config(String name) {
        return root().resolve("rtl/configs/" + name + ".json").toString();
    }

    /** The same JVM-launching command, but through a wrapper that SIGKILLs itself for shard {@code victim}. */
    static ShardLauncher crashingLauncher(Path dir, int victim) throws IOException {
        ShardLauncher real = ShardLauncher.ofThisJvm();
        Path script = dir.resolve("crash-shard-" + victim + ".sh");
        Files.writeString(script, "#!/bin/sh\n"
                + "# test double for a shard that crashes hard (OOM killer, segfault in a native bridge)\n"
                + "case \"$*\" in *\"--shard " + victim + "\") echo 'about to crash' >&2; kill -9 $$ ;; esac\n"
                + "exec " + SweepItem.quote(real.java().toString()) + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new ShardLauncher(script, real.classPath(), real.jvmOptions());
    }

    /** Runs the CLI in this JVM; returns exit code, stdout and stderr. */
    record CliRun(int exitCode, String out, String err) {}

    static CliRun cli(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static List<String> sweepArgs(Path out, String configs, String modes, String workloads, int seeds, String... more) {
        List<String> a = new ArrayList<>(List.of("sweep", "--configs", configs, "--modes", modes, "--workloads", workloads,
                "--seeds", Integer.toString(seeds), "--out", out.toString()));
        a.addAll(List.of(more));
        return a;
    }
}
