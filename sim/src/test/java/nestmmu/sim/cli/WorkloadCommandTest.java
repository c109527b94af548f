package nestmmu.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import nestmmu.io.BadInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkloadCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new WorkloadCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err, true));
        // as the ./mmu CLI does: bad input is one line and exit code 2
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (!(ex instanceof BadInputException)) throw ex;
            c.getErr().println(ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    @Test
    @DisplayName("the JSON summary counts the events of the workload")
    void jsonSummary() {
        assertThat(run("--workload", "synthetic:ctxswitch,processes=3,accesses=10,quantum=5", "--json")).isZero();
        assertThat(out.toString())
                .contains("\"workload\": \"synthetic:ctxswitch,processes=3,accesses=10,quantum=5\"")
                .contains("\"accesses\": 10,")
                .contains("\"maps\": 6,")
                .contains("\"switches\": 4,")
                .contains("\"processes\": 3,");
    }

    @Test
    @DisplayName("--out writes the events in the trace format, which reads back as a trace: workload")
    void convertsToTraceFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.trace");
        assertThat(run("--workload", "synthetic:random,pages=4,accesses=3", "--out", file.toString())).isZero();
        String text = Files.readString(file);
        assertThat(text).startsWith("# nestmmu trace of synthetic:random,pages=4,accesses=3\nmap 0x1000000000 0x4000 rw-u\n");
        assertThat(text.lines().count()).isEqualTo(5);
        out.getBuffer().setLength(0);
        assertThat(run("--workload", "trace:" + file)).isZero();
        assertThat(out.toString()).contains("accesses         3 ").contains("1 maps");
    }

    @Test
    @DisplayName("--kinds lists every kind with its keys")
    void listsKinds() {
        assertThat(run("--kinds")).isZero();
        assertThat(out.toString()).contains("synthetic:ptupdate").contains("    churn ").contains("synthetic:ctxswitch");
    }

    @Test
    @DisplayName("no workload is a one-line bad-input error")
    void missingWorkload() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--workload: missing (or use --kinds)" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("--workload", "synthetic:random,writes=2")).isEqualTo(2);
        assertThat(err.toString()).contains("writes=2 is not a fraction in 0..1");
    }
}
