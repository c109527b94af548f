package nestmmu.sweep;

import nestmmu.cli.Main;
import picocli.CommandLine;

/**
 * The sweep's own {@link SimulateRunner} over the real CLI, with {@link TinyTlbSimulateCommand}
 * registered as {@code simulate} when the CLI has none yet. Named "stand-in" in plans.
 */
public final class StandInSimulateRunner extends SimulateRunner {
    public static final String NAME = "stand-in";

    public StandInSimulateRunner() {
        super(StandInSimulateRunner::commandLine);
    }

    @Override
    public String name() {
        return NAME;
    }

    static CommandLine commandLine() {
        CommandLine cl = Main.commandLine();
        if (!cl.getSubcommands().containsKey("simulate")) cl.addSubcommand("simulate", new TinyTlbSimulateCommand());
        return cl;
    }

    /** The runner the tests use: the shipped one as soon as the CLI has a real simulate command. */
    static String preferred() {
        return Main.commandLine().getSubcommands().containsKey("simulate") ? SimulateRunner.NAME : NAME;
    }
}
