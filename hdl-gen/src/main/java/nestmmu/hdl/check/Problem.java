package nestmmu.hdl.check;

import nestmmu.hdl.ir.SourceLocation;

/** One elaboration error: the generator line to look at and what is wrong there. */
public record Problem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
