package nestmmu.tb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs small sample test classes through the JUnit launcher to watch the extensions at work:
 * seeds printed and reproducible, waveforms kept only for failures, scoreboards checked at the end.
 * (The samples are nested classes, which surefire does not run by itself.)
 */
class RtlExtensionTest {
    static final List<Long> DRAWS = new ArrayList<>();

    @ExtendWith(SeedExtension.class)
    static class RandomSample {
        @Test
        void draw(SplittableRandom random, Seed seed) {
            DRAWS.add(random.nextLong());
            DRAWS.add(seed.value());
        }
    }

    @RtlTest(design = Designs.Counter.class, waves = Waves.ON_FAILURE)
    static class WavesSample {
        @Test
        void passes(Dut dut) {
            dut.clock().start();
            dut.reset();
        }

        @Test
        void fails(Dut dut) {
            dut.clock().start();
            dut.reset();
            dut.waitUntil(dut.signal("count_o").is(1), 3);
        }
    }

    @RtlTest(design = Designs.Counter.class, waves = Waves.NEVER)
    static class ForgottenScoreboardSample {
        @Test
        void expectsWhatNeverComes(Dut dut) {
            dut.scoreboard("answers").expect("an answer");
        }
    }

    @Test
    void aRandomTestPrintsItsSeedAndTheSeedPropertyReproducesIt() {
        DRAWS.clear();
        Run fresh = run(RandomSample.class, "draw", Map.of());
        long seed = DRAWS.get(1);
        assertThat(DRAWS.get(0)).isEqualTo(new SplittableRandom(seed).nextLong());
        assertThat(fresh.out).contains("RandomSample.draw: seed " + seed + " (re-run with -Dnestmmu.seed=" + seed + ")");

        DRAWS.clear();
        Run again = run(RandomSample.class, "draw", Map.of(Seed.PROPERTY, Long.toString(seed)));
        assertThat(DRAWS).containsExactly(new SplittableRandom(seed).nextLong(), seed);
        assertThat(again.out).contains("seed " + seed);
    }

    @Test
    void aWaveformIsKeptForAFailedTestAndDroppedForAPassedOne() throws Exception {
        Path dir = Path.of("target", "waves", "RtlExtensionTest.WavesSample");
        Files.deleteIfExists(dir.resolve("passes.fst"));
        Files.deleteIfExists(dir.resolve("fails.fst"));
        Run passed = run(WavesSample.class, "passes", Map.of());
        Run failed = run(WavesSample.class, "fails", Map.of());
        assertThat(passed.summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(failed.summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(failed.failure()).contains("waveform target/waves/RtlExtensionTest.WavesSample/fails.fst");
        assertThat(dir.resolve("fails.fst")).isNotEmptyFile();
        assertThat(dir.resolve("passes.fst")).doesNotExist();
    }

    @Test
    void aScoreboardStillWaitingWhenTheTestEndsFailsIt() {
        Run run = run(ForgottenScoreboardSample.class, "expectsWhatNeverComes", Map.of());
        assertThat(run.summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(run.failure()).contains("scoreboard 'answers': 1 expected transaction(s) never observed, the first an answer")
                .contains("no waveform (waves off)");
    }

    record Run(TestExecutionSummary summary, String out) {
        String failure() {
            return summary.getFailures().isEmpty() ? "" : summary.getFailures().get(0).getException().getMessage();
        }
    }

    /** Runs one sample test method with the given system properties set, capturing what it prints. */
    private static Run run(Class<?> sample, String method, Map<String, String> properties) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(sample, method, sample == RandomSample.class
                        ? SplittableRandom.class.getName() + "," + Seed.class.getName() : Dut.class.getName()))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        properties.forEach(System::setProperty);
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            launcher.execute(request, listener);
        } finally {
            System.setOut(original);
            properties.keySet().forEach(System::clearProperty);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        return new Run(listener.getSummary(), out);
    }
}
