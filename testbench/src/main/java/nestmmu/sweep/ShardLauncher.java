package nestmmu.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line that starts one shard as its own JVM: this JVM's java, its class path (the
 * CLI's own classes and jars, so a shard runs exactly the code the sweep runs) and the project's
 * {@code nestmmu.*} system properties, then {@code nestmmu.cli.Main sweep-shard}.
 */
public record ShardLauncher(Path java, String classPath, List<String> jvmOptions) {

    public ShardLauncher {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** A launcher for the code this JVM runs. */
    public static ShardLauncher ofThisJvm() {
        List<String> options = new ArrayList<>(List.of("-Xss16m", "-Djava.awt.headless=true"));
        Map<String, String> props = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("nestmmu.")) props.put(k.toString(), v.toString());
        });
        props.forEach((k, v) -> options.add("-D" + k + "=" + v));
        return new ShardLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), options);
    }

    /** {@code java ... nestmmu.cli.Main sweep-shard --plan PLAN --shard SHARD}. */
    public List<String> command(Path plan, String shard) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("nestmmu.cli.Main");
        cmd.add("sweep-shard");
        cmd.add("--plan");
        cmd.add(plan.toString());
        cmd.add("--shard");
        cmd.add(shard);
        return cmd;
    }
}
