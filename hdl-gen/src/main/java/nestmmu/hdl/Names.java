package nestmmu.hdl;

import nestmmu.hdl.ir.Identifiers;

/** Checks the names generators give to modules, ports, signals and fields. */
final class Names {
    private Names() {}

    static void requireIdentifier(String name, String what) {
        if (!Identifiers.isIdentifier(name)) {
            throw ElaborationException.at(Locations.caller(), "invalid " + what + " '" + name
                    + "': use a letter followed by letters, digits and underscores");
        }
        if (Identifiers.isKeyword(name)) {
            throw ElaborationException.at(Locations.caller(), "invalid " + what + " '" + name
                    + "': it is a Verilog/SystemVerilog keyword");
        }
    }
}
