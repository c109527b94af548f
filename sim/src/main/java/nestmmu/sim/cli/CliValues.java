package nestmmu.sim.cli;

import java.nio.file.Path;
import java.util.Locale;

import nestmmu.arch.AccessType;
import nestmmu.arch.Mode;
import nestmmu.arch.PageSize;
import nestmmu.config.MmuConfig;
import nestmmu.io.BadInputException;
import nestmmu.io.ProjectRoot;

/** Parses the flag values the model's commands share; a bad one is a one-line {@link BadInputException} naming the flag. */
final class CliValues {
    private CliValues() {}

    static Mode mode(String text) {
        Mode m = Mode.parseOrNull(text);
        if (m == null) throw new BadInputException("--mode: unknown mode '" + text + "' (expected native, shadow or nested)");
        return m;
    }

    static PageSize pageSize(String flag, String text) {
        PageSize s = PageSize.parseOrNull(text);
        if (s == null) throw new BadInputException(flag + ": unknown page size '" + text + "' (expected 4K, 2M or 1G)");
        return s;
    }

    static AccessType access(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "read": case "r": return AccessType.READ;
            case "write": case "w": return AccessType.WRITE;
            case "execute": case "x": case "fetch": return AccessType.EXECUTE;
            default: throw new BadInputException("--access: unknown access '" + text + "' (expected read, write or execute)");
        }
    }

    static int memLatency(int cycles) {
        if (cycles < 1 || cycles > 100_000) {
            throw new BadInputException("--mem-latency: must be between 1 and 100000 cycles, got " + cycles);
        }
        return cycles;
    }

    /** {@code file}, or {@code rtl/configs/default.json} under the project root ({@code -Dnestmmu.root}). */
    static MmuConfig config(Path file) {
        Path f = file != null ? file : ProjectRoot.config(ProjectRoot.path(), "default");
        return MmuConfig.load(f);
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
