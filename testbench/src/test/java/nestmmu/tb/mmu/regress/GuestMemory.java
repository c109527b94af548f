package nestmmu.tb.mmu.regress;

import java.util.function.LongUnaryOperator;

import nestmmu.sim.mem.Memory;

/** Guest-physical memory as the guest's software writes it: each address goes to its host-physical place. */
final class GuestMemory implements Memory {
    private final Memory host;
    private final LongUnaryOperator hostAddress;

    GuestMemory(Memory host, LongUnaryOperator hostAddress) {
        this.host = host;
        this.hostAddress = hostAddress;
    }

    @Override
    public long read(long gpa) {
        return host.read(hostAddress.applyAsLong(gpa));
    }

    @Override
    public void write(long gpa, long value) {
        host.write(hostAddress.applyAsLong(gpa), value);
    }

    @Override
    public void zeroPage(long gpa) {
        host.zeroPage(hostAddress.applyAsLong(gpa));
    }
}
