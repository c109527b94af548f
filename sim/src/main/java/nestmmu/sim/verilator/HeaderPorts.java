package nestmmu.sim.verilator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's ports from the class header Verilator writes ({@code Vdut.h}). The header is
 * Verilator's own view of the top after elaboration, so it is right for any source it accepted:
 * handwritten, generated, or a yosys netlist with escaped names.
 */
final class HeaderPorts {
    // e.g. "VL_IN8(&clk,0,0);", "VL_OUTW(&sum,100,0,4);", "VL_INOUT16(&bus,15,0);"
    private static final Pattern PORT = Pattern.compile(
            "^\\s*VL_(IN|OUT|INOUT)(8|16|64|W)?\\(&(\\w+),(\\d+),(\\d+)(?:,(\\d+))?\\);\\s*$");
    private static final Pattern ANY_PORT = Pattern.compile("^\\s*VL_(IN|OUT|INOUT)(8|16|64|W)?\\(");

    private HeaderPorts() {}

    static PortList parse(String header) {
        List<PortList.Declared> ports = new ArrayList<>();
        for (String line : header.split("\n")) {
            Matcher m = PORT.matcher(line);
            if (m.matches()) {
                PortDirection dir = switch (m.group(1)) {
                    case "IN" -> PortDirection.INPUT;
                    case "OUT" -> PortDirection.OUTPUT;
                    default -> PortDirection.INOUT;
                };
                int msb = Integer.parseInt(m.group(4));
                int lsb = Integer.parseInt(m.group(5));
                ports.add(new PortList.Declared(decode(m.group(3)), m.group(3), dir, Math.abs(msb - lsb) + 1));
            } else if (ANY_PORT.matcher(line).find()) {
                throw new nestmmu.io.BadInputException("unsupported top-level port (unpacked arrays cannot be "
                        + "driven through the bridge; pack them into a vector): " + line.strip());
            }
        }
        return new PortList(ports);
    }

    /**
     * Undoes Verilator's name mangling: a character that is not legal in C++ (or a second
     * underscore in a row) becomes {@code __0} plus its two hex digits, e.g. {@code __02e} for '.'.
     */
    static String decode(String cName) {
        StringBuilder out = new StringBuilder(cName.length());
        int i = 0;
        while (i < cName.length()) {
            if (cName.startsWith("__0", i) && i + 5 <= cName.length() && isHex(cName.charAt(i + 3))
                    && isHex(cName.charAt(i + 4))) {
                out.append((char) Integer.parseInt(cName.substring(i + 3, i + 5), 16));
                i += 5;
            } else {
                out.append(cName.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
