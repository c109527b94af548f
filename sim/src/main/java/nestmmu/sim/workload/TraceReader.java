package nestmmu.sim.workload;

import java.io.InputStream;

import nestmmu.arch.AccessType;
import nestmmu.arch.Permissions;

/**
 * Reads the project's own trace format, one event per line (see {@code sim/README.workloads.md}):
 * <pre>
 * # comments start with '#', anywhere on a line
 * map     0x7f0000000000 0x200000 rw-u    # mmap VA LENGTH PERMS
 * protect 0x7f0000000000 0x1000   r--u    # mprotect VA LENGTH PERMS
 * unmap   0x7f0000000000 0x200000         # munmap VA LENGTH
 * cr3 3                                   # switch to process 3 (a CR3 write)
 * r 0x7f0000000010                        # user read; w = write, x = instruction fetch
 * ws 0xffff800000001000                   # supervisor write; rs, xs likewise
 * </pre>
 * Numbers are {@code 0x} hex or plain decimal; permissions are spelled as in
 * {@link Permissions#spelling()}.
 */
public final class TraceReader extends LineEventReader {

    public TraceReader(InputStream in, String name) {
        this(new LineReader(in, name));
    }

    TraceReader(LineReader reader) {
        super(reader);
    }

    @Override
    public Event next() {
        while (reader.nextLine()) {
            cursor.reset();
            if (cursor.atEnd()) continue;
            Event e = parseEvent();
            cursor.expectEnd();
            return e;
        }
        return null;
    }

    private Event parseEvent() {
        int n = cursor.tokenLength((byte) 0);
        byte c0 = cursor.peek();
        if (n <= 2) {
            AccessType type = accessType(c0);
            boolean user = n == 1;
            if (type != null && (user || cursor.peekAt(1) == 's')) {
                cursor.advance(n);
                return new Event.Access(address("address"), type, user);
            }
        } else if (cursor.tokenIs("map") || cursor.tokenIs("unmap") || cursor.tokenIs("protect")) {
            cursor.advance(n);
            long va = address("address");
            long length = length(va);
            switch (c0) {
                case 'm': return new Event.Map(va, length, perms());
                case 'u': return new Event.Unmap(va, length);
                default: return new Event.Protect(va, length, perms());
            }
        } else if (cursor.tokenIs("cr3")) {
            cursor.advance(n);
            long pid = cursor.number("process id");
            if (pid > Event.MAX_PID) throw cursor.error("process id " + pid + " is not in 0.." + Event.MAX_PID);
            return new Event.SwitchProcess((int) pid);
        }
        throw cursor.error("unknown event '" + cursor.token() + "'");
    }

    private static AccessType accessType(byte c) {
        switch (c) {
            case 'r': return AccessType.READ;
            case 'w': return AccessType.WRITE;
            case 'x': return AccessType.EXECUTE;
            default: return null;
        }
    }

    private long address(String what) {
        long va = cursor.number(what);
        if (!Event.isCanonical(va)) throw cursor.error("non-canonical " + what + " 0x" + Long.toHexString(va));
        return va;
    }

    private long length(long va) {
        long length = cursor.number("length");
        String problem = Event.regionProblem(va, length);
        if (problem != null) throw cursor.error(problem);
        return length;
    }

    private Permissions perms() {
        cursor.skipBlanks();
        if (cursor.atEnd()) throw cursor.error("missing permissions (e.g. rw-u)");
        String text = cursor.token();
        Permissions p = Permissions.parseOrNull(text);
        if (p == null) throw cursor.error("bad permissions '" + text + "' (expected r, w or -, x or -, u or s, e.g. rw-u)");
        cursor.advance(text.length());
        return p;
    }
}
