package nestmmu.fpga.rtl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of text for a {@link TextSender}: ASCII characters and placeholders {@code {k}} that the
 * hardware fills with the byte on its argument input k, e.g.
 * {@code "selftest PASS {0}{1}/20\r\n"}.
 */
public record TextTemplate(String text, List<Integer> parts) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /**
     * Each part is a character (0..127) or, when negative, the argument {@code -1 - part}.
     */
    public TextTemplate {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("an empty template");
    }

    public static TextTemplate parse(String text) {
        List<Integer> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            literal(text.substring(at, m.start()), parts);
            parts.add(-1 - Integer.parseInt(m.group(1)));
            at = m.end();
        }
        literal(text.substring(at), parts);
        return new TextTemplate(text, parts);
    }

    private static void literal(String s, List<Integer> parts) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 || c == '{' || c == '}') throw new IllegalArgumentException("template character '" + c + "' is not plain ASCII");
            parts.add((int) bytes[i]);
        }
    }

    public int length() { return parts.size(); }

    /** One more than the highest argument used; 0 when there is none. */
    public int arguments() {
        return parts.stream().filter(p -> p < 0).mapToInt(p -> -p).max().orElse(0);
    }

    /** The line with {@code args} (bytes) in place of the placeholders: what the hardware sends. */
    public String render(byte... args) {
        StringBuilder b = new StringBuilder();
        for (int p : parts) b.append((char) (p >= 0 ? p : args[-1 - p] & 0xff));
        return b.toString();
    }
}
