package nestmmu.sweep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nestmmu.io.BadInputException;

/**
 * The few Slurm client commands a sweep needs (sbatch, squeue, scontrol, scancel), run as
 * processes with an optional extra environment (e.g. {@code SLURM_CONF} for a private cluster).
 * Works without slurmdbd: the end of a job is seen by polling {@code squeue}, and the state of each
 * array task is read from {@code scontrol}, which keeps finished jobs for {@code MinJobAge}.
 */
public final class SlurmClient {
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S*)");

    private final Map<String, String> environment;

    /** Clients configured like the calling shell (SLURM_CONF etc. from the environment). */
    public SlurmClient() {
        this(Map.of());
    }

    /** Clients with these variables added to the environment. */
    public SlurmClient(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** One finished command. */
    record Output(int exitCode, String out, String err) {
        String oneLine() {
            return SimulateRunner.oneLine(err.isBlank() ? out : err);
        }
    }

    /** The state of one array task as scontrol tells it. */
    public record TaskState(String state, String exitCode, String reason) {
        @Override
        public String toString() {
            return "state " + state + ", exit code " + exitCode
                    + (reason == null || reason.equals("None") ? "" : ", reason " + reason);
        }
    }

    /**
     * {@code sbatch --parsable --array=SPEC OPTIONS SCRIPT}; returns the job id. A rejected
     * submission is bad input (usually an option passed through, e.g. an unknown partition).
     */
    public String submitArray(Path script, String arraySpec, List<String> options) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable", "--array=" + arraySpec));
        cmd.addAll(options);
        cmd.add(script.toString());
        Output o = run(cmd);
        if (o.exitCode() != 0) {
            throw new BadInputException("sbatch rejected the job array (exit " + o.exitCode() + "): " + o.oneLine());
        }
        String id = o.out().strip();
        int semicolon = id.indexOf(';');   // "ID;cluster" on a multi-cluster setup
        if (semicolon >= 0) id = id.substring(0, semicolon);
        if (!id.matches("\\d+")) throw new BadInputException("sbatch printed no job id: " + o.oneLine());
        return id;
    }

    /**
     * Whether any task of the job is still pending or running. A job the controller no longer
     * knows has ended; other squeue errors (a busy controller) are retried by the caller's polling.
     *
     * @return true or false, or null when squeue failed and the answer is unknown
     */
    public Boolean active(String jobId) throws InterruptedException {
        Output o = run(List.of("squeue", "-h", "-j", jobId));
        if (o.exitCode() == 0) return !o.out().isBlank();
        if (o.err().contains("Invalid job id")) return false;
        return null;
    }

    /** State of every task of array job {@code jobId}, by task id; empty when scontrol has forgotten the job. */
    public Map<Integer, TaskState> arrayTaskStates(String jobId) throws InterruptedException {
        Output o = run(List.of("scontrol", "-o", "show", "job", jobId));
        Map<Integer, TaskState> states = new TreeMap<>();
        if (o.exitCode() != 0) return states;
        for (String line : o.out().split("\n")) {
            Map<String, String> f = new TreeMap<>();
            Matcher m = FIELD.matcher(line);
            while (m.find()) f.putIfAbsent(m.group(1), m.group(2));
            String task = f.get("ArrayTaskId");
            if (task == null || !task.matches("\\d+")) continue;   // "0-3" is the still-pending remainder
            states.put(Integer.parseInt(task), new TaskState(f.get("JobState"), f.get("ExitCode"), f.get("Reason")));
        }
        return states;
    }

    public void cancel(String jobId) throws InterruptedException {
        run(List.of("scancel", jobId));
    }

    Output run(List<String> cmd) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(environment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new BadInputException("cannot run " + cmd.get(0) + " (is Slurm installed and on PATH?): " + e.getMessage());
        }
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            // the command reads no input; a closed pipe is all it needs
        }
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        String out = drain(p.getInputStream());
        int code = p.waitFor();
        return new Output(code, out, err.join());
    }

    private static String drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
