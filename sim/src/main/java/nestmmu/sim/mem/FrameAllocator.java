package nestmmu.sim.mem;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;

import nestmmu.arch.PageSize;
import nestmmu.io.BadInputException;

/**
 * Hands out page frames from {@code [base, limit)} deterministically: a freed frame of the same
 * size is reused first (last freed, first reused), otherwise the next frame above the bump
 * pointer, aligned to its size. The same calls always give the same addresses.
 */
public final class FrameAllocator {
    private final String name;
    private final long base;
    private final long limit;
    private long next;
    private long highWater;
    private final Map<PageSize, ArrayDeque<Long>> freed = new EnumMap<>(PageSize.class);
    private LongConsumer growth = end -> { };

    /** {@code name} says what the frames are for, in the message when they run out. */
    public FrameAllocator(String name, long base, long limit) {
        if ((base & PageSize.SIZE_4K.offsetMask()) != 0 || limit <= base) {
            throw new IllegalArgumentException(name + ": bad range 0x" + Long.toHexString(base) + "..0x" + Long.toHexString(limit));
        }
        this.name = name;
        this.base = base;
        this.limit = limit;
        this.next = base;
        this.highWater = base;
    }

    public long allocate(PageSize size) {
        ArrayDeque<Long> free = freed.get(size);
        if (free != null && !free.isEmpty()) return free.pop();
        long frame = (next + size.offsetMask()) & ~size.offsetMask();
        if (frame + size.bytes() > limit || frame < next) {
            throw new BadInputException(name + ": out of memory: no room for another " + size + " frame below 0x"
                    + Long.toHexString(limit) + " (a larger physAddrBits or a smaller page size would fit)");
        }
        next = frame + size.bytes();
        if (next > highWater) {
            highWater = next;
            growth.accept(highWater);
        }
        return frame;
    }

    /** Returns a frame given out by {@link #allocate}; the caller has stopped using it. */
    public void free(long frame, PageSize size) {
        if (frame < base || frame + size.bytes() > next || (frame & size.offsetMask()) != 0) {
            throw new IllegalArgumentException(name + ": 0x" + Long.toHexString(frame) + " is not a " + size + " frame of this allocator");
        }
        freed.computeIfAbsent(size, s -> new ArrayDeque<>()).push(frame);
    }

    /**
     * Tells {@code listener} the new {@link #highWater()} each time it rises, before the frame
     * is handed out: how a hypervisor backs guest RAM ahead of the guest's use of it.
     */
    public void onGrowth(LongConsumer listener) { this.growth = listener; }

    public long base() { return base; }

    public long limit() { return limit; }

    /** One past the highest byte ever handed out: memory below it may be in use. */
    public long highWater() { return highWater; }
}
