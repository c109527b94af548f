package nestmmu.fpga.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolRunnerTest {

    @Test
    @DisplayName("the log starts with the command, then holds stdout and stderr")
    void logs(@TempDir Path dir) {
        new ToolRunner(Duration.ofSeconds(30)).run(dir, "step.log", List.of("sh", "-c", "echo out; echo err >&2"));
        assertThat(dir.resolve("step.log")).hasContent("$ sh -c echo out; echo err >&2\nout\nerr");
    }

    @Test
    @DisplayName("a non-zero exit names the tool, the exit code and its error line")
    void failure(@TempDir Path dir) {
        assertThatThrownBy(() -> new ToolRunner(Duration.ofSeconds(30))
                .run(dir, "s.log", List.of("sh", "-c", "echo working; echo 'ERROR: it broke'; exit 3")))
                .isInstanceOf(ToolFailedException.class)
                .hasMessage("sh failed (exit 3): ERROR: it broke (log: " + dir.resolve("s.log") + ")");
    }

    @Test
    @DisplayName("a missing tool says which package to install")
    void missing(@TempDir Path dir) {
        assertThatThrownBy(() -> new ToolRunner(Duration.ofSeconds(30)).run(dir, "s.log", List.of("nestmmu-no-such-tool")))
                .isInstanceOf(ToolFailedException.class)
                .hasMessageContaining("nestmmu-no-such-tool is not on the PATH");
    }

    @Test
    @DisplayName("a tool that runs past its time is stopped and reported")
    void timeout(@TempDir Path dir) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new ToolRunner(Duration.ofMillis(300)).run(dir, "s.log", List.of("sleep", "20")))
                .isInstanceOf(ToolFailedException.class).hasMessageContaining("sleep timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
