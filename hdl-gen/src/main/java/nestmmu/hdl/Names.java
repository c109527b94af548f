package nestmmu.hdl;

import nestmmu.hdl.ir.Identifiers;

/** Checks the names generators give to modules, ports, signals and fields. */
final class Names {
    private Names() {}

    /** A name that appears in Verilog as it is: an identifier and not a keyword. */
    static void requireIdentifier(String name, String what) {
        requireNamePart(name, what);
        if (Identifiers.isKeyword(name)) {
            throw ElaborationException.at(Locations.caller(), "invalid " + what + " '" + name
                    + "': it is a Verilog/SystemVerilog keyword");
        }
    }

    static void requireNotKeyword(String name, String what, nestmmu.hdl.ir.SourceLocation at) {
        if (Identifiers.isKeyword(name)) {
            throw ElaborationException.at(at, "invalid " + what + " '" + name + "': it is a Verilog/SystemVerilog keyword");
        }
    }

    /** A name that only appears with a prefix or suffix (a port, a bundle field): an identifier. */
    static void requireNamePart(String name, String what) {
        if (!Identifiers.isIdentifier(name)) {
            throw ElaborationException.at(Locations.caller(), "invalid " + what + " '" + name
                    + "': use a letter followed by letters, digits and underscores");
        }
    }
}
