package nestmmu.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;
import nestmmu.io.BadInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceReaderTest {

    static List<Event> read(String text) {
        return LackeyReaderTest.readAll(new TraceReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt"));
    }

    @Test
    @DisplayName("every event kind reads, with comments, blank lines, tabs, decimal and hex numbers")
    void readsEveryEventKind() {
        String text = "# nestmmu trace\n"
                + "\n"
                + "map 0x7f0000000000 0x200000 rw-u   # the heap\n"
                + "protect\t0x7f0000000000\t4096\tr--u\n"
                + "r 0x7f0000000010\n"
                + "w 0x7F0000000018\n"
                + "x 0x400000\n"
                + "   rs 0xffff800000001000\n"
                + "ws 0xffff800000001008\n"
                + "xs 0xffffffff81000000\n"
                + "cr3 3\n"
                + "unmap 0x7f0000000000 0x200000\r\n"
                + "map 0x1000 0x1000 r-xs";
        assertThat(read(text)).containsExactly(
                new Event.Map(0x7f0000000000L, 0x200000, Permissions.USER_RW),
                new Event.Protect(0x7f0000000000L, 4096, Permissions.USER_RO),
                new Event.Access(0x7f0000000010L, AccessType.READ, true),
                new Event.Access(0x7f0000000018L, AccessType.WRITE, true),
                new Event.Access(0x400000L, AccessType.EXECUTE, true),
                new Event.Access(0xffff800000001000L, AccessType.READ, false),
                new Event.Access(0xffff800000001008L, AccessType.WRITE, false),
                new Event.Access(0xffffffff81000000L, AccessType.EXECUTE, false),
                new Event.SwitchProcess(3),
                new Event.Unmap(0x7f0000000000L, 0x200000),
                new Event.Map(0x1000, 0x1000, new Permissions(false, false, true)));
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "'# header\nr 0x1000\nfrob 0x10'              | 3 | unknown event 'frob'",
            "'R 0x1000'                                   | 1 | unknown event 'R'",
            "'ru 0x1000'                                  | 1 | unknown event 'ru'",
            "'r'                                          | 1 | missing address",
            "'r 0x'                                       | 1 | bad address '0x'",
            "'r 0x10z0'                                   | 1 | bad hex address '0x10z0'",
            "'r 12ab'                                     | 1 | bad address '12ab'",
            "'r 0x1000 0x2000'                            | 1 | unexpected '0x2000' at the end of the line",
            "'r 0x800000000000'                           | 1 | non-canonical address 0x800000000000",
            "'r 0x10000000000000000'                      | 1 | does not fit in 64 bits",
            "'map 0x1000 0x1000'                          | 1 | missing permissions",
            "'map 0x1000 0x1000 rwu'                      | 1 | bad permissions 'rwu'",
            "'map 0x1000 0 rw-u'                          | 1 | length must be positive, not 0",
            "'unmap 0x7ffffffff000 0x2000'                | 1 | leaves the canonical half",
            "'protect 0x1000'                             | 1 | missing length",
            "'cr3'                                        | 1 | missing process id",
            "'cr3 65536'                                  | 1 | process id 65536 is not in 0..65535",
            "'cr3 99999999999999999999'                   | 1 | process id '99999999999999999999' is too large",
    })
    @DisplayName("a bad line is an error naming the file and line")
    void badLinesNameFileAndLine(String text, int line, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("t.txt:" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("a line longer than the read buffer still parses; one beyond the line limit is an error")
    void longLines() {
        String longComment = "# " + "x".repeat(300_000) + "\n";
        assertThat(read(longComment + "r 0x1000\n" + longComment + "w 0x2000"))
                .containsExactly(new Event.Access(0x1000, AccessType.READ, true), new Event.Access(0x2000, AccessType.WRITE, true));
        assertThatThrownBy(() -> read("r 0x1000\n" + "#".repeat(LineReader.MAX_LINE_BYTES + 1)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("t.txt:2: line longer than " + LineReader.MAX_LINE_BYTES + " bytes");
    }

    @Test
    @DisplayName("trace:FILE names the file as written in the spec, and reads gzip too")
    void traceFileSpec(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("t.txt");
        Files.writeString(plain, "cr3 1\nr 0x1000\nfrob\n");
        assertThatThrownBy(() -> LackeyReaderTest.readAll(Workloads.parse("trace:" + plain).open()))
                .hasMessage(plain + ":3: unknown event 'frob'");
        Path gz = dir.resolve("t.txt.gz");
        Files.write(gz, LackeyReaderTest.gzip("cr3 1\nr 0x1000\n"));
        assertThat(LackeyReaderTest.readAll(Workloads.parse("trace:" + gz).open()))
                .containsExactly(new Event.SwitchProcess(1), new Event.Access(0x1000, AccessType.READ, true));
    }
}
