package nestmmu.sim.workload;

import java.io.InputStream;

import nestmmu.arch.AccessType;
import nestmmu.arch.Paging;
import nestmmu.io.BadInputException;

/**
 * Reads valgrind {@code --tool=lackey --trace-mem=yes} output: {@code "I  addr,size"} is an
 * instruction fetch, {@code " L addr,size"} a load, {@code " S addr,size"} a store and
 * {@code " M addr,size"} a modify (a load, then a store). Addresses are bare hex, sizes decimal.
 * Valgrind's own messages ({@code ==pid==} and {@code --pid--} lines) and blank lines are
 * skipped. Every access is a user access.
 *
 * <p>An access that crosses a 4K page boundary touches both pages, as the hardware translates
 * both: it becomes a second access at the start of the next page. A modify that crosses one is
 * load, load, store, store.
 */
public final class LackeyReader extends LineEventReader {
    /** Sizes above a page would touch more than two pages; lackey never reports them. */
    static final int MAX_ACCESS_BYTES = (int) Paging.PAGE_BYTES;

    /** Events of the current line not yet returned: at most four (a page-crossing modify). */
    private final Event[] pending = new Event[4];
    private int pendingCount;
    private int pendingNext;

    public LackeyReader(InputStream in, String name) {
        this(new LineReader(in, name));
    }

    LackeyReader(LineReader reader) {
        super(reader);
    }

    @Override
    public Event next() {
        if (pendingNext < pendingCount) return pending[pendingNext++];
        pendingNext = 0;
        pendingCount = 0;
        while (reader.nextLine()) {
            cursor.reset();
            if (parseLine()) return pending[pendingNext++];
        }
        return null;
    }

    /** Parses the current line into {@link #pending}; false for a line without events. */
    private boolean parseLine() {
        byte first = cursor.peek();
        if (first == 'I') {
            cursor.advance(1);
            return access(AccessType.EXECUTE, false);
        }
        if (first == ' ') {
            cursor.advance(1);
            switch (cursor.peek()) {
                case 'L': cursor.advance(1); return access(AccessType.READ, false);
                case 'S': cursor.advance(1); return access(AccessType.WRITE, false);
                case 'M': cursor.advance(1); return access(AccessType.READ, true);
                default: break;
            }
        }
        if (cursor.startsWith("==") || cursor.startsWith("--") || cursor.atEnd()) return false;
        throw unknownRecord();
    }

    private boolean access(AccessType type, boolean thenStore) {
        if (!cursorAtBlank()) throw unknownRecord();
        cursor.skipBlanks();
        long va = cursor.bareHex((byte) ',', "address");
        cursor.expect(',', "after the address");
        long size = cursor.bareDecimal("size");
        cursor.expectEnd();
        if (size < 1 || size > MAX_ACCESS_BYTES) {
            throw cursor.error("access size " + size + " is not in 1.." + MAX_ACCESS_BYTES);
        }
        if (!Event.isCanonical(va)) throw cursor.error("non-canonical address 0x" + Long.toHexString(va));
        long last = va + size - 1;
        boolean crosses = Paging.pageBase(last) != Paging.pageBase(va);
        if (crosses && !Event.isCanonical(last)) {
            throw cursor.error("access 0x" + Long.toHexString(va) + "," + size + " runs past the canonical half");
        }
        add(va, type, crosses, last);
        if (thenStore) add(va, AccessType.WRITE, crosses, last);
        return true;
    }

    private BadInputException unknownRecord() {
        cursor.reset();
        cursor.skipBlanks();
        return cursor.error("unknown lackey record '" + cursor.token()
                + "' (expected 'I  addr,size', ' L addr,size', ' S addr,size' or ' M addr,size')");
    }

    private void add(long va, AccessType type, boolean crosses, long last) {
        pending[pendingCount++] = new Event.Access(va, type, true);
        if (crosses) pending[pendingCount++] = new Event.Access(Paging.pageBase(last), type, true);
    }

    private boolean cursorAtBlank() {
        byte c = cursor.peek();
        return c == ' ' || c == '\t';
    }
}
