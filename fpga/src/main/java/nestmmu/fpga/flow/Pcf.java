package nestmmu.fpga.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nestmmu.io.BadInputException;

/**
 * An iCE40 physical constraints file: {@code set_io [-nowarn] [-pullup yes|no]
 * [-pullup_resistor R] PORT PIN} lines and comments. Keeps its text as written (comments are
 * where the pins' sources are cited) and the port-to-pin map it states.
 */
public final class Pcf {
    private final String text;
    private final Map<String, String> pins;

    private Pcf(String text, Map<String, String> pins) {
        this.text = text;
        this.pins = Collections.unmodifiableMap(pins);
    }

    /** Parses {@code text}; {@code source} names it in errors ({@code board.pcf line 7: ...}). */
    public static Pcf parse(String text, String source) {
        Map<String, String> pins = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            String[] t = line.strip().split("\\s+");
            if (t.length == 1 && t[0].isEmpty()) continue;
            String where = source + " line " + (i + 1);
            if (!t[0].equals("set_io")) {
                throw new BadInputException(where + ": expected set_io, got '" + t[0] + "'");
            }
            int k = 1;
            while (k < t.length && t[k].startsWith("-")) {
                switch (t[k]) {
                    case "-nowarn" -> k++;
                    case "-pullup", "-pullup_resistor" -> k += 2;
                    default -> throw new BadInputException(where + ": unknown set_io option '" + t[k] + "'");
                }
            }
            if (t.length - k != 2) throw new BadInputException(where + ": expected 'set_io PORT PIN', got '" + line.strip() + "'");
            if (pins.putIfAbsent(t[k], t[k + 1]) != null) {
                throw new BadInputException(where + ": port " + t[k] + " is constrained twice");
            }
        }
        return new Pcf(text, pins);
    }

    public static Pcf load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException("pin file " + file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException("pin file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A pin file shipped in {@code fpga/boards/}, read from the classpath. */
    public static Pcf board(String fileName) {
        return parse(boardFile(fileName), fileName);
    }

    /** A pin file stating exactly these ports and pins, in this order. */
    public static Pcf of(Map<String, String> portToPin) {
        StringBuilder b = new StringBuilder();
        portToPin.forEach((port, pin) -> b.append("set_io ").append(port).append(' ').append(pin).append('\n'));
        return parse(b.toString(), "generated pin file");
    }

    /** The text of a file in {@code fpga/boards/}. */
    static String boardFile(String fileName) {
        String resource = "/nestmmu/fpga/boards/" + fileName;
        try (InputStream in = Pcf.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing board file " + resource + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    public String text() { return text; }

    /** Port (as nextpnr names it: {@code led_o[3]}) to package pin ({@code C5}), in file order. */
    public Map<String, String> pins() { return pins; }

    public String pinOf(String port) {
        String pin = pins.get(port);
        if (pin == null) throw new BadInputException("pin file has no pin for port " + port + " (has " + List.copyOf(pins.keySet()) + ")");
        return pin;
    }
}
