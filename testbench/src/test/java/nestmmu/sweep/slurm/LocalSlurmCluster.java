package nestmmu.sweep.slurm;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import nestmmu.io.AtomicFiles;

/**
 * A real single-node Slurm (Debian's slurm-wlm 22.05 with munge) on this machine, for tests:
 * controller and node on localhost, every file (munge key and socket, slurm.conf, state, spool,
 * logs, pid files) in one temporary directory, free ports picked at start, so it disturbs nothing
 * and several can run at once. {@link #close()} stops the daemons by their pid files and deletes
 * the directory; a JVM shutdown hook does the same if a test dies before closing.
 *
 * <pre>
 * Optional&lt;String&gt; why = LocalSlurmCluster.unavailable();      // installs slurm-wlm and munge when root
 * try (LocalSlurmCluster slurm = LocalSlurmCluster.start()) {
 *     new SlurmClient(slurm.environment())...                 // SLURM_CONF points clients at it
 * }
 * </pre>
 */
public final class LocalSlurmCluster implements AutoCloseable {
    private static final List<String> BINARIES = List.of("/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged",
            "/usr/sbin/mungekey", "/usr/bin/sbatch", "/usr/bin/squeue", "/usr/bin/scontrol", "/usr/bin/sinfo");

    private final Path dir;
    private final Path conf;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalSlurmCluster(Path dir) {
        this.dir = dir;
        this.conf = dir.resolve("slurm/slurm.conf");
        this.shutdownHook = new Thread(this::stopQuietly, "local-slurm-teardown");
    }

    /**
     * Empty when Slurm and munge are installed (installing them with apt first when this process
     * is root and they are missing); otherwise why a cluster cannot be started.
     */
    public static synchronized Optional<String> unavailable() {
        if (installed()) return Optional.empty();
        if (!isRoot()) {
            return Optional.of("slurm-wlm and munge are not installed and this is not root: apt-get install -y slurm-wlm munge");
        }
        String log = "";
        for (List<String> attempt : List.of(
                List.of("apt-get", "install", "-y", "-qq", "slurm-wlm", "munge"),
                List.of("sh", "-c", "apt-get update -qq && apt-get install -y -qq slurm-wlm munge"))) {
            Result r = exec(attempt, Map.of("DEBIAN_FRONTEND", "noninteractive"), 600);
            log = r.output();
            if (installed()) return Optional.empty();
        }
        return Optional.of("apt-get could not install slurm-wlm and munge: " + tail(log));
    }

    /** Starts munged, slurmctld and slurmd and waits until the node is idle. */
    public static LocalSlurmCluster start() throws IOException {
        Path dir = Files.createTempDirectory("nestmmu-slurm");
        LocalSlurmCluster c = new LocalSlurmCluster(dir);
        Runtime.getRuntime().addShutdownHook(c.shutdownHook);
        try {
            c.startMunge();
            c.startSlurm();
            return c;
        } catch (IOException | RuntimeException | Error e) {
            c.close();
            throw e;
        }
    }

    /** Variables that point Slurm's clients (and so the jobs submitted with them) at this cluster. */
    public Map<String, String> environment() {
        return Map.of("SLURM_CONF", conf.toString());
    }

    public Path directory() {
        return dir;
    }

    /** The job-completion file: one line per finished task, with its state and exit code. */
    public Path jobCompletionFile() {
        return dir.resolve("slurm/jobcomp.txt");
    }

    private void startMunge() throws IOException {
        // munged wants its files in a directory owned by munge and not writable by others (0755; 0700 is refused)
        must(List.of("chown", "munge:munge", dir.toString()), "chown the munge directory");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        must(List.of("runuser", "-u", "munge", "--", "mungekey", "-c", "-k", dir.resolve("munge.key").toString()),
                "create the munge key");
        must(List.of("runuser", "-u", "munge", "--", "munged",
                "--socket=" + socket(), "--pid-file=" + dir.resolve("munged.pid"),
                "--log-file=" + dir.resolve("munged.log"), "--seed-file=" + dir.resolve("munge.seed"),
                "--key-file=" + dir.resolve("munge.key")), "start munged");
        waitUntil(() -> Files.exists(socket()), 10, "munged socket " + socket());
    }

    private Path socket() {
        return dir.resolve("munge.sock");
    }

    private void startSlurm() throws IOException {
        Path slurm = dir.resolve("slurm");
        Files.createDirectories(slurm.resolve("state"));
        Files.createDirectories(slurm.resolve("spool"));
        String host = exec(List.of("hostname", "-s"), Map.of(), 10).output().strip();
        int cpus = Runtime.getRuntime().availableProcessors();
        long memory = Math.max(256, memTotalMegabytes() - 512);
        int[] ports = freePorts(2);
        String text = String.join("\n",
                "# generated by LocalSlurmCluster for one test run",
                "ClusterName=nestmmu-test",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmctldPort=" + ports[0],
                "SlurmdPort=" + ports[1],
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "CredType=cred/munge",
                "AuthInfo=socket=" + socket(),
                "StateSaveLocation=" + slurm.resolve("state"),
                "SlurmdSpoolDir=" + slurm.resolve("spool"),
                "SlurmctldPidFile=" + slurm.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + slurm.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + slurm.resolve("slurmctld.log"),
                "SlurmdLogFile=" + slurm.resolve("slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "JobCompType=jobcomp/filetxt",
                "JobCompLoc=" + jobCompletionFile(),
                "ReturnToService=2",
                "MpiDefault=none",
                "MailProg=/bin/true",
                "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " Sockets=1 CoresPerSocket=" + cpus
                        + " ThreadsPerCore=1 RealMemory=" + memory + " State=UNKNOWN",
                "PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                "");
        Files.writeString(conf, text, StandardCharsets.UTF_8);
        must(List.of("slurmctld"), "start slurmctld");
        must(List.of("slurmd"), "start slurmd");
        waitUntil(() -> {
            Result r = exec(List.of("sinfo", "-h", "-o", "%T"), environment(), 10);
            return r.exitCode() == 0 && r.output().strip().equals("idle");
        }, 30, "the node to become idle");
    }

    @Override
    public synchronized void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // the JVM is shutting down; the hook is running or ran
        }
    }

    private synchronized void stopQuietly() {
        if (closed) return;
        closed = true;
        for (String pidFile : List.of("slurm/slurmd.pid", "slurm/slurmctld.pid", "munged.pid")) {
            stop(dir.resolve(pidFile));
        }
        AtomicFiles.deleteTree(dir);
    }

    /** TERM, then KILL after 10 s: daemons are stopped by their own pid, never by name. */
    private static void stop(Path pidFile) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    private interface Check {
        boolean ok() throws IOException;
    }

    private void waitUntil(Check check, int seconds, String what) throws IOException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.ok()) return;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + what, e);
            }
        }
        throw new IOException("timed out after " + seconds + " s waiting for " + what + "; logs in " + dir + ": "
                + tail(readQuietly(dir.resolve("slurm/slurmctld.log"))) + " | " + tail(readQuietly(dir.resolve("slurm/slurmd.log"))));
    }

    private void must(List<String> cmd, String what) throws IOException {
        Result r = exec(cmd, environment(), 60);
        if (r.exitCode() != 0) throw new IOException("could not " + what + " (" + String.join(" ", cmd) + "): " + tail(r.output()));
    }

    private record Result(int exitCode, String output) {}

    private static Result exec(List<String> cmd, Map<String, String> env, int timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Path out = Files.createTempFile("local-slurm", ".out");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + String.join(" ", cmd));
            }
            String text = Files.readString(out);
            Files.deleteIfExists(out);
            return new Result(p.exitValue(), text);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static boolean installed() {
        return BINARIES.stream().allMatch(b -> Files.isExecutable(Path.of(b)));
    }

    private static boolean isRoot() {
        return exec(List.of("id", "-u"), Map.of(), 10).output().strip().equals("0");
    }

    private static long memTotalMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return 1024;
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) s.close();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String text) {
        String s = text.strip().replace('\n', ' ');
        return s.length() > 600 ? "..." + s.substring(s.length() - 600) : s;
    }
}
