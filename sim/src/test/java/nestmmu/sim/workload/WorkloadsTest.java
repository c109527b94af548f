package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nestmmu.io.BadInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadsTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = {
            "''                                        | the spec is empty",
            "'random'                                  | unknown kind of workload",
            "'synth:random'                            | unknown kind of workload",
            "'synthetic:'                              | unknown synthetic kind ''",
            "'synthetic:chaos,pages=3'                 | unknown synthetic kind 'chaos' (kinds: random, sequential, strided, hotcold, ptupdate, ctxswitch)",
            "'synthetic:random,pags=3'                 | unknown key 'pags' for random (keys: pages, accesses, seed, writes)",
            "'synthetic:random,stride=64'              | unknown key 'stride' for random",
            "'synthetic:random,pages'                  | 'pages' is not key=value",
            "'synthetic:random,pages='                 | key 'pages' has no value",
            "'synthetic:random,pages=ten'              | pages=ten is not a whole number in 1..16777216",
            "'synthetic:random,pages=0'                | pages=0 is not a whole number in 1..16777216",
            "'synthetic:random,pages=1.5'              | pages=1.5 is not a whole number",
            "'synthetic:random,writes=1.5'             | writes=1.5 is not a fraction in 0..1",
            "'synthetic:random,writes=NaN'             | writes=NaN is not a fraction in 0..1",
            "'synthetic:random,seed=1,seed=2'          | key 'seed' given twice",
            "'synthetic:ctxswitch,processes=65537'     | processes=65537 is not a whole number in 1..65536",
            "'synthetic:ptupdate,regions=5000'         | regions=5000 is not a whole number in 1..1024",
            "'lackey:'                                 | no file named",
            "'lackey:/no/such/trace.lackey'            | no such file '/no/such/trace.lackey'",
            "'trace:/'                                 | '/' is not a regular file",
    })
    @DisplayName("a bad spec is one line naming the spec and the fault")
    void badSpecs(String spec, String message) {
        assertThatThrownBy(() -> Workloads.parse(spec))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("numbers may be hex or have underscores; spaces around keys are ignored")
    void numberSpellings() {
        SyntheticWorkload w = (SyntheticWorkload) Workloads.parse("synthetic:strided, pages=0x100 ,accesses=1_000,stride=0x1040");
        assertThat(w.params().count("pages")).isEqualTo(256);
        assertThat(w.params().count("accesses")).isEqualTo(1000);
        assertThat(w.params().count("stride")).isEqualTo(0x1040);
        assertThat(w.params().fraction("writes")).isEqualTo(0.3);
        assertThat(w.spec()).isEqualTo("synthetic:strided, pages=0x100 ,accesses=1_000,stride=0x1040");
    }

    @Test
    @DisplayName("a default seed applies only where the spec names none")
    void defaultSeed() {
        assertThat(((SyntheticWorkload) Workloads.parse("synthetic:random", 42)).params().seed()).isEqualTo(42);
        assertThat(((SyntheticWorkload) Workloads.parse("synthetic:random,seed=7", 42)).params().seed()).isEqualTo(7);
        assertThat(((SyntheticWorkload) Workloads.parse("synthetic:random")).params().seed()).isEqualTo(1);
    }

    @Test
    @DisplayName("lackey: and trace: specs keep the file name as written, for messages")
    void fileSpecs(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.lackey");
        Files.writeString(f, "I  1000,4\n");
        assertThat(Workloads.parse("lackey:" + f).spec()).isEqualTo("lackey:" + f);
        try (EventStream s = Workloads.parse("lackey:" + f).open()) {
            s.next();
            assertThat(s.position()).isEqualTo(f + ":1");
        }
    }

    @Test
    @DisplayName("a file that vanishes after parsing is a one-line error when opened")
    void vanishedFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gone.txt");
        Files.writeString(f, "r 0x1000\n");
        Workload w = Workloads.parse("trace:" + f);
        Files.delete(f);
        assertThatThrownBy(w::open).isInstanceOf(BadInputException.class).hasMessage(f + ": no such file");
    }
}
