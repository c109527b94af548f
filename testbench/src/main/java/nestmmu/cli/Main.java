package nestmmu.cli;

import java.io.PrintWriter;

import nestmmu.fpga.cli.SynthCommand;
import nestmmu.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./mmu}: gathers every module's subcommands under one picocli command line.
 * Exit codes: 0 success, 1 a check failed (mismatches, failed tests, a benchmark error),
 * 2 bad input (one line on stderr naming the problem).
 */
@Command(name = "mmu",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "nestmmu: generate, verify, compare and synthesize an MMU with nested paging.",
        subcommands = {
                BenchCommand.class,
                nestmmu.mmu.cli.GenerateCommand.class,
                nestmmu.sim.cli.WorkloadCommand.class,
                nestmmu.sweep.SweepCommand.class,
                nestmmu.sweep.SweepShardCommand.class,
                SynthCommand.class,
                nestmmu.sim.cli.WalkCommand.class,
                nestmmu.sim.cli.SimulateCommand.class,
                nestmmu.sim.cli.CompareCommand.class,
                nestmmu.demo.DemoCommand.class,
                nestmmu.formal.ProveCommand.class,
                nestmmu.fuzz.FuzzCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (used by tests, which must not call System.exit). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(prefix(ex.getCommandLine()) + "error: " + oneLine(ex.getMessage())
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println(prefix(commandLine) + "error: " + oneLine(ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cl;
    }

    private static String prefix(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName() + ": ";
    }

    private static String oneLine(String message) {
        if (message == null) return "unknown error";
        return message.replace('\n', ' ').replace('\r', ' ').trim();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nestmmu " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
