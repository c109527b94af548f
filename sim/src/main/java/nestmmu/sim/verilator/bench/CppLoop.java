package nestmmu.sim.verilator.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import nestmmu.io.AtomicFiles;
import nestmmu.sim.verilator.CompiledModel;

/**
 * The C++ baseline as a running process: {@code cpp_loop.cpp} linked against the model's own
 * objects, fed the same stimulus, asked for one timed run at a time so the bench can interleave
 * it with the Java measurements.
 */
final class CppLoop implements AutoCloseable {
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader results;

    CppLoop(CompiledModel model, String clockMember, CamTraffic traffic, Path dir) throws IOException {
        Path stimulus = dir.resolve("stimulus.bin");
        AtomicFiles.writeBytes(stimulus, traffic.asImages());
        Path main = dir.resolve("cpp_loop.cpp");
        String template;
        try (var in = CppLoop.class.getResourceAsStream("/nestmmu/sim/verilator/bench/cpp_loop.cpp")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AtomicFiles.writeString(main, "#define NM_CLOCK " + clockMember + "\n" + template);
        Path exe = model.linkExecutable(main, dir.resolve("cpp_loop"));
        process = new ProcessBuilder(exe.toString(), stimulus.toString(), String.valueOf(traffic.cycles()),
                String.valueOf(CamTraffic.RESET_CYCLES)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.US_ASCII);
        results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Runs for at least {@code minMillis} and returns the cycles per second the loop reached. */
    double run(long minMillis) {
        commands.println("run " + minMillis);
        try {
            String line = results.readLine();
            if (line == null || !line.startsWith("cycles_per_sec ")) {
                throw new IllegalStateException("the C++ loop answered '" + line + "'");
            }
            return Double.parseDouble(line.substring("cycles_per_sec ".length()));
        } catch (IOException e) {
            throw new IllegalStateException("the C++ loop stopped answering", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
