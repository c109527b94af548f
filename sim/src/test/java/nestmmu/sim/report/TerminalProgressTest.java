package nestmmu.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void workThatEndsBeforeTheDelayDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 60_000);
        p.begin("compare quick", 100, " accesses");
        p.advance(100);
        p.end();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void workThatLastsGetsABarThatCountsWhatWasDoneBeforeIt() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 20);
        p.begin("compare slow", 1000, " accesses");
        p.advance(400);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!bytes.toString(StandardCharsets.UTF_8).contains("compare slow") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        p.advance(600);
        p.end();
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("compare slow").contains("1000/1000");
    }
}
