package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import nestmmu.arch.AccessType;
import nestmmu.io.BadInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LackeyReaderTest {

    static List<Event> read(String text) {
        return readAll(new LackeyReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), "t.lackey"));
    }

    static List<Event> readAll(EventStream s) {
        List<Event> out = new ArrayList<>();
        try (s) {
            for (Event e = s.next(); e != null; e = s.next()) out.add(e);
        }
        return out;
    }

    private static Event.Access user(long va, AccessType t) {
        return new Event.Access(va, t, true);
    }

    @Test
    @DisplayName("fetches, loads, stores and modifies become user accesses; valgrind's messages are skipped")
    void readsEveryRecordKind() {
        String text = "==123== Lackey, an example Valgrind tool\n"
                + "==123== Command: ./a.out\n"
                + "--123-- WARNING: something valgrind says\n"
                + "I  04017e0,2\n"
                + " L 1fff000d70,8\n"
                + " S 7ff000398,8\n"
                + "\n"
                + " M 0421c98,4\r\n"
                + "I  ffffffffff600000,7\n"
                + "==123== Exit code: 0";
        assertThat(read(text)).containsExactly(
                user(0x4017e0L, AccessType.EXECUTE),
                user(0x1fff000d70L, AccessType.READ),
                user(0x7ff000398L, AccessType.WRITE),
                user(0x421c98L, AccessType.READ),
                user(0x421c98L, AccessType.WRITE),
                user(0xffffffffff600000L, AccessType.EXECUTE));
    }

    @Test
    @DisplayName("an access across a 4K boundary touches both pages; a crossing modify loads both, then stores both")
    void pageCrossingAccessesTouchBothPages() {
        assertThat(read(" L 1ffc,8\n M 2ffe,4\nI  3fff,1\n")).containsExactly(
                user(0x1ffcL, AccessType.READ), user(0x2000L, AccessType.READ),
                user(0x2ffeL, AccessType.READ), user(0x3000L, AccessType.READ),
                user(0x2ffeL, AccessType.WRITE), user(0x3000L, AccessType.WRITE),
                user(0x3fffL, AccessType.EXECUTE));
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "'I  4017e0,2\n X 10,4'                 | 2 | unknown lackey record 'X'",
            "'SB 4017e0'                            | 1 | unknown lackey record 'SB'",
            "'I 4017e0,2\nIx 40,1'                  | 2 | unknown lackey record 'Ix'",
            "' L 10g0,4'                            | 1 | bad hex address '10g0'",
            "' L 1000'                              | 1 | expected ',' after the address, found the end of the line",
            "' L 1000,'                             | 1 | missing size",
            "' L 1000,4x'                           | 1 | bad size '4x'",
            "' L 1000,0'                            | 1 | access size 0 is not in 1..4096",
            "'\n\n S 1000,4097'                     | 3 | access size 4097 is not in 1..4096",
            "' L 800000000000,4'                    | 1 | non-canonical address 0x800000000000",
            "' L 12345678901234567,4'               | 1 | does not fit in 64 bits",
            "' L 1000,4 extra'                      | 1 | unexpected 'extra' at the end of the line",
            "' L 7ffffffffffe,4'                    | 1 | runs past the canonical half",
    })
    @DisplayName("a bad line is an error naming the file and line")
    void badLinesNameFileAndLine(String text, int line, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.lackey:" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("a gzip file is inflated transparently, whatever its name; every open reads it again")
    void gzipIsInflated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trace.lackey");
        Files.write(file, gzip("I  400000,4\n S 10000,8\n"));
        Workload w = Workloads.parse("lackey:" + file);
        List<Event> expected = List.of(user(0x400000L, AccessType.EXECUTE), user(0x10000L, AccessType.WRITE));
        assertThat(readAll(w.open())).isEqualTo(expected);
        assertThat(readAll(w.open())).isEqualTo(expected);
    }

    @Test
    @DisplayName("a corrupt gzip file is an error naming it, not a crash")
    void corruptGzipIsBadInput(@TempDir Path dir) throws IOException {
        byte[] gz = gzip("I  400000,4\n".repeat(1000));
        for (int i = 20; i < gz.length - 8; i++) gz[i] ^= 0x55;
        Path file = dir.resolve("broken.gz");
        Files.write(file, gz);
        assertThatThrownBy(() -> readAll(Workloads.parse("lackey:" + file).open()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":1: ")
                .hasMessageContaining("gzip");
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }
}
