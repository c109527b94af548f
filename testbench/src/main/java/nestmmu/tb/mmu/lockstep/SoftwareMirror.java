package nestmmu.tb.mmu.lockstep;

import nestmmu.sim.mem.Memory;
import nestmmu.sim.mem.WriteListener;

/**
 * Keeps the RTL's memory in step with software: every write and page zeroing the model's memory
 * sees while not paused — the guest OS building its tables, the VMM's shadow tables and software
 * walks, the hypervisor's nested table, a test's table builder — is applied to the RTL's memory
 * too. {@link Lockstep} pauses it for the span of each model translation, so the model MMU's own
 * A/D writes stay in the model's memory and the RTL has to make its own.
 */
final class SoftwareMirror implements WriteListener {
    private final Memory target;
    private boolean paused;
    private long words;

    SoftwareMirror(Memory target) {
        this.target = target;
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    /** Writes (and zeroed pages, as one) copied so far. */
    long copied() {
        return words;
    }

    @Override
    public void written(long address, long value) {
        if (paused) return;
        target.write(address, value);
        words++;
    }

    @Override
    public void pageZeroed(long pageAddress) {
        if (paused) return;
        target.zeroPage(pageAddress);
        words++;
    }
}
