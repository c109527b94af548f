package nestmmu.tb.mmu;

import java.util.List;

/**
 * One translation as the RTL did it.
 *
 * @param response    what came back; null when nothing came back within {@code waitedCycles}
 * @param accesses    the memory accesses it made, in order (reads with the value returned, A/D writes)
 * @param violations  breaches of the memory-port contract it committed
 * @param waitedCycles cycles from handing the request to the driver to taking the response (or giving up)
 */
public record RtlTranslation(RtlResponse response, List<MemoryAccess> accesses, List<String> violations, long waitedCycles) {
    public boolean timedOut() {
        return response == null;
    }
}
