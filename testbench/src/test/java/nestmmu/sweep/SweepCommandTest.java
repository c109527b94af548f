package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import nestmmu.cli.Main;

/** Bad flags are one line naming the flag, exit 2, and nothing runs. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}={1} is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "--modes|native,turbo|--modes: unknown mode 'turbo'",
            "--modes|native,native|--modes: 'native' is given twice",
            "--workloads|synthetic:random;;x|--workloads: empty workload spec",
            "--seeds|0|--seeds: must be at least 1",
            "--engine|fpga|--engine: must be model or rtl",
            "--backend|k8s|--backend: must be local or slurm",
            "--shards|9|--shards: must be between 1 and the number of items (2)",
            "--jobs|0|--jobs: must be at least 1",
            "--runner|nonesuch|runner: unknown item runner 'nonesuch'",
    })
    void badFlags(String flag, String value, String message) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("--configs", "a.json");
        flags.put("--modes", "native");
        flags.put("--workloads", "w1;w2");
        flags.put("--seeds", "1");
        flags.put("--out", tmp.resolve("out").toString());
        flags.put(flag, value);
        List<String> args = new ArrayList<>(List.of("sweep"));
        flags.forEach((k, v) -> args.addAll(List.of(k, v)));
        SweepFixtures.CliRun run = SweepFixtures.cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains(message);
        assertThat(tmp.resolve("out/shards")).doesNotExist();
    }
}
