package nestmmu.sweep;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

import com.google.gson.JsonObject;

import nestmmu.cli.Main;
import nestmmu.io.BadInputException;
import picocli.CommandLine;

/**
 * Runs an item as {@code ./mmu simulate ... --json} inside this JVM, through the same picocli
 * command line as the shell, with its out and err captured. The sweep so depends only on the
 * simulate contract (flags, exit codes, JSON keys), never on the model's classes.
 */
public class SimulateRunner implements ItemRunner {
    public static final String NAME = "simulate";

    private final Supplier<CommandLine> commandLine;

    public SimulateRunner() {
        this(Main::commandLine);
    }

    /** A runner over another command line that offers the same {@code simulate} contract. */
    protected SimulateRunner(Supplier<CommandLine> commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ItemResult run(int index, SweepItem item) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            CommandLine cl = commandLine.get();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(item.simulateArgs().toArray(String[]::new));
        } catch (Throwable t) { // NOPMD: any crash of one item must not take the other items down
            return new ItemResult(index, item, ItemStatus.ERROR, -1, null,
                    "simulate threw " + t.getClass().getName() + ": " + oneLine(t.getMessage()));
        }
        String reason = oneLine(err.toString());
        if (code == Main.EXIT_BAD_INPUT) {
            return new ItemResult(index, item, ItemStatus.BAD_INPUT, code, null, reason);
        }
        JsonObject json;
        try {
            json = JsonReading.parseObject(out.toString());
        } catch (BadInputException e) {
            String why = out.toString().isBlank() ? "printed no JSON" : "printed no JSON object (" + e.getMessage() + ")";
            return new ItemResult(index, item, ItemStatus.ERROR, code, null,
                    "simulate exited " + code + " and " + why + (reason.isEmpty() ? "" : "; stderr: " + reason));
        }
        if (code == Main.EXIT_OK || code == Main.EXIT_FAILED) {
            ItemResult r = new ItemResult(index, item, ItemStatus.OK, code, json, null);
            long mismatches = r.counter("mismatches");
            if (code == Main.EXIT_FAILED || mismatches != 0) {
                String what = mismatches != 0 ? mismatches + " mismatches" : "simulate exited 1 (a check failed)";
                return new ItemResult(index, item, ItemStatus.MISMATCHES, code, json,
                        what + (reason.isEmpty() ? "" : "; stderr: " + reason));
            }
            return r;
        }
        return new ItemResult(index, item, ItemStatus.ERROR, code, json,
                "simulate exited " + code + (reason.isEmpty() ? "" : ": " + reason));
    }

    static String oneLine(String text) {
        if (text == null) return "";
        String s = text.strip().replace('\r', ' ');
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl) + " ...";
        return first.length() > 500 ? first.substring(0, 500) + " ..." : first;
    }
}
