package nestmmu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class MainTest {

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("bench", "--frobnicate");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--frobnicate");
    }

    @Test
    void anUnknownBenchGroupIsBadInput() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench", "--only", "nosuchgroup")).isEqualTo(2);
        assertThat(err.toString()).contains("--only: unknown bench group 'nosuchgroup'");
    }
}
