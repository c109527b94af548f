package nestmmu.hdl;

import java.util.List;
import java.util.stream.Collectors;

import nestmmu.hdl.check.Problem;
import nestmmu.hdl.ir.SourceLocation;

/**
 * The generator described hardware that cannot be built: a width mismatch, an undriven output, a
 * combinational loop, ... Each problem names the signals involved and the Java line that made
 * them ({@code Tlb.java:88: ...}); the message lists every problem found, one a line.
 * This is a bug in generator code, not bad user input.
 */
public final class ElaborationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ElaborationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    static ElaborationException at(SourceLocation where, String message) {
        return new ElaborationException(List.of(new Problem(where, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
