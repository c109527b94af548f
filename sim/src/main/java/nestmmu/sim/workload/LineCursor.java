package nestmmu.sim.workload;

import java.nio.charset.StandardCharsets;

import nestmmu.io.BadInputException;

/**
 * Walks the current line of a {@link LineReader} token by token, parsing numbers straight from
 * the bytes: the hot loop of a trace parser allocates nothing. Errors name the file and line.
 */
final class LineCursor {
    private final LineReader reader;
    private byte[] b;
    private int p;
    private int end;

    LineCursor(LineReader reader) {
        this.reader = reader;
    }

    /** Starts on the reader's current line. */
    void reset() {
        b = reader.buffer();
        p = reader.start();
        end = reader.end();
    }

    /** Skips blanks; true when nothing but a {@code #} comment or the line's end follows. */
    boolean atEnd() {
        skipBlanks();
        return p == end || b[p] == '#';
    }

    void skipBlanks() {
        while (p < end && isBlank(b[p])) p++;
    }

    /** Whether the bytes at the cursor are {@code prefix}, which is ASCII. */
    boolean startsWith(String prefix) {
        if (end - p < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (b[p + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    byte peek() { return p < end ? b[p] : 0; }

    /** The byte {@code offset} places after the cursor, or 0 past the line's end. */
    byte peekAt(int offset) { return p + offset < end ? b[p + offset] : 0; }

    /** Whether the cursor is at the line's end (comments not considered). */
    boolean exhausted() { return p >= end; }

    void advance(int n) { p += n; }

    /** Length of the token at the cursor: up to a blank, a comment, or {@code stop}. */
    int tokenLength(byte stop) {
        int i = p;
        while (i < end && !isBlank(b[i]) && b[i] != '#' && b[i] != stop) i++;
        return i - p;
    }

    /** The token at the cursor as text, for messages (cold path). */
    String token() {
        return text(p, p + Math.max(1, tokenLength((byte) 0)));
    }

    /** Whether the token at the cursor equals {@code word} exactly. */
    boolean tokenIs(String word) {
        return tokenLength((byte) 0) == word.length() && startsWith(word);
    }

    /**
     * A number at the cursor: {@code 0x}-prefixed hex (up to 64 bits, read as unsigned) or
     * decimal. {@code what} names it in the error.
     */
    long number(String what) {
        skipBlanks();
        int n = tokenLength((byte) 0);
        if (n == 0) throw error("missing " + what);
        if (n > 2 && b[p] == '0' && (b[p + 1] == 'x' || b[p + 1] == 'X')) {
            long v = hexDigits(p, p + 2, p + n, what);
            p += n;
            return v;
        }
        long v = decimalDigits(p, p + n, what);
        p += n;
        return v;
    }

    /** Bare hex digits up to {@code stop} (not consumed), as in lackey's "0401890,3". */
    long bareHex(byte stop, String what) {
        int n = tokenLength(stop);
        if (n == 0) throw error("missing " + what);
        long v = hexDigits(p, p, p + n, what);
        p += n;
        return v;
    }

    /** Bare decimal digits up to a blank or the end. */
    long bareDecimal(String what) {
        int n = tokenLength((byte) 0);
        if (n == 0) throw error("missing " + what);
        long v = decimalDigits(p, p + n, what);
        p += n;
        return v;
    }

    /** Consumes {@code c} or fails with "expected 'c' ...". */
    void expect(char c, String context) {
        if (p >= end || b[p] != c) throw error("expected '" + c + "' " + context + ", found " + found());
        p++;
    }

    /** Fails unless only blanks or a comment remain. */
    void expectEnd() {
        if (!atEnd()) throw error("unexpected '" + token() + "' at the end of the line");
    }

    BadInputException error(String message) {
        return reader.error(message);
    }

    /** "'abc'" for the token at the cursor, or "the end of the line". */
    String found() {
        return p >= end ? "the end of the line" : "'" + token() + "'";
    }

    /** Hex digits in [from, to); the error quotes the token from {@code tokenStart}. */
    private long hexDigits(int tokenStart, int from, int to, String what) {
        int first = from;
        while (first < to - 1 && b[first] == '0') first++;
        if (to - first > 16) throw error(what + " '" + text(tokenStart, to) + "' does not fit in 64 bits");
        long v = 0;
        for (int i = first; i < to; i++) {
            int d = hexValue(b[i]);
            if (d < 0) throw error("bad hex " + what + " '" + text(tokenStart, to) + "'");
            v = (v << 4) | d;
        }
        return v;
    }

    private long decimalDigits(int from, int to, String what) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) throw error("bad " + what + " '" + text(from, to) + "'");
            if (v > (Long.MAX_VALUE - d) / 10) throw error(what + " '" + text(from, to) + "' is too large");
            v = v * 10 + d;
        }
        return v;
    }

    private static int hexValue(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private String text(int from, int to) {
        return new String(b, from, Math.min(to, end) - from, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t';
    }
}
