package nestmmu.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.cli.Main;
import nestmmu.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** How the runner reads each ending of a simulate run, over tiny commands in place of simulate that end that way. */
class SimulateRunnerTest {
    private static final SweepItem ITEM = new SweepItem("c.json", "nested", "synthetic:random", 7, "rtl");

    /** Prints {@code json} on picocli's out and returns {@code exit}, or throws {@code thrown}. */
    @Command(name = "simulate")
    static final class Scripted implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Unmatched String[] args;
        final String json;
        final int exit;
        final RuntimeException thrown;

        Scripted(String json, int exit, RuntimeException thrown) {
            this.json = json;
            this.exit = exit;
            this.thrown = thrown;
        }

        @Override
        public Integer call() {
            if (thrown != null) throw thrown;
            spec.commandLine().getOut().print(json);
            return exit;
        }
    }

    private static ItemResult run(String json, int exit, RuntimeException thrown) {
        SimulateRunner runner = new SimulateRunner(() -> {
            CommandLine cl = Main.commandLine();
            cl.getCommandSpec().removeSubcommand("simulate");
            cl.addSubcommand("simulate", new Scripted(json, exit, thrown));
            return cl;
        }) { };
        return runner.run(3, ITEM);
    }

    @Test
    @DisplayName("exit 0 with JSON and no mismatches is OK, and the JSON is kept as printed")
    void ok() {
        ItemResult r = run("{\"translations\": 10, \"walks\": 2, \"walkRefs\": 48, \"mismatches\": 0}", 0, null);
        assertThat(r.status()).isEqualTo(ItemStatus.OK);
        assertThat(r.counter("walkRefs")).isEqualTo(48);
        assertThat(r.result().toString()).isEqualTo("{\"translations\":10,\"walks\":2,\"walkRefs\":48,\"mismatches\":0}");
    }

    @Test
    void exitOneIsMismatches() {
        ItemResult r = run("{\"translations\": 10, \"mismatches\": 3}", 1, null);
        assertThat(r.status()).isEqualTo(ItemStatus.MISMATCHES);
        assertThat(r.error()).isEqualTo("3 mismatches");
        assertThat(r.counter("translations")).isEqualTo(10);
    }

    @Test
    void mismatchesAreAFailureEvenWithExitZero() {
        assertThat(run("{\"mismatches\": 1}", 0, null).status()).isEqualTo(ItemStatus.MISMATCHES);
    }

    @Test
    void badInputCarriesTheOneLineMessage() {
        ItemResult r = run("", 0, new BadInputException("--workload: unknown kind 'x'"));
        assertThat(r.status()).isEqualTo(ItemStatus.BAD_INPUT);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.error()).isEqualTo("mmu simulate: error: --workload: unknown kind 'x'");
    }

    @Test
    void aCrashOfTheCommandIsAnErrorNotACrashOfTheShard() {
        ItemResult r = run("", 0, new IllegalStateException("walker lost"));
        assertThat(r.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(r.error()).contains("IllegalStateException").contains("walker lost");
    }

    @Test
    void noJsonIsAnError() {
        ItemResult r = run("done\n", 0, null);
        assertThat(r.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(r.error()).isEqualTo("simulate exited 0 and printed no JSON object (expected a JSON object)");
    }

    @Test
    void theArgumentsFollowTheSimulateContract() {
        assertThat(ITEM.simulateArgs()).containsExactly("simulate", "--config", "c.json", "--workload", "synthetic:random",
                "--mode", "nested", "--engine", "rtl", "--seed", "7", "--json");
    }
}
