package nestmmu.fpga.selftest;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.cat;
import static nestmmu.hdl.Hw.lit;
import static nestmmu.hdl.Hw.mux;
import static nestmmu.hdl.Hw.uint;

import nestmmu.arch.Paging;
import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Mem;
import nestmmu.hdl.Module;
import nestmmu.hdl.UInt;
import nestmmu.mmu.MemoryPort;

/**
 * The MMU's memory on a board: a block RAM holding a {@link TableImage}, answering the MMU's
 * memory port (see the MmuTop port contract) with a fixed latency of one cycle: a request taken
 * on edge t is answered by {@code rsp_valid_o} high in the cycle after it, sampled on edge t+1.
 * It takes a request every cycle ({@code req_ready_o} is always high). Addresses outside the
 * image read as zero and drop writes, as {@link TableImage} describes.
 *
 * <p>Ports: MmuTop's {@code mem} bundle from the other side: {@code mem_req_valid_i},
 * {@code mem_req_ready_o}, {@code mem_req_addr_i} (physAddrBits), {@code mem_req_write_i},
 * {@code mem_req_wdata_i} (64), {@code mem_rsp_valid_o}, {@code mem_rsp_rdata_o} (64).
 * The RAM is read only when it is not written (the enables exclude each other), so yosys maps it
 * to plain block RAM: 4 {@code SB_RAM40_4K} for a 256-word image.
 */
public final class MemoryResponder extends Module {
    /** MmuTop's memory port from the memory's side: {@code mem_req_valid_i}, {@code mem_req_ready_o}, ... */
    public final MemoryPort mem;

    public MemoryResponder(TableImage image, MmuConfig config) {
        super("selftest_memory");
        int physAddrBits = config.physAddrBits();
        int slotBits = Integer.numberOfTrailingZeros(image.slots());
        int entryBits = Integer.numberOfTrailingZeros(image.window());
        int regionShift = Paging.PAGE_SHIFT + slotBits;
        if (image.base() + (long) image.slots() * Paging.PAGE_BYTES > 1L << physAddrBits) {
            throw new IllegalArgumentException("the image does not fit " + physAddrBits + "-bit physical addresses");
        }
        mem = input("mem", MemoryPort.type(config));
        UInt reqAddr = mem.reqAddr;
        Bool reqValid = mem.reqValid;
        Bool reqWrite = mem.reqWrite;

        // the region's bits above the slot must match, and the entry must be inside the window
        Bool inRegion = node("in_region", reqAddr.bits(physAddrBits - 1, regionShift).eq(image.base() >>> regionShift));
        Bool inWindow = entryBits == Paging.INDEX_BITS ? lit(true)
                : node("in_window", reqAddr.bits(Paging.PAGE_SHIFT - 1, 3 + entryBits).eq(0));
        Bool covered = node("covered", inRegion.and(inWindow));
        UInt index = node("index", cat(reqAddr.bits(regionShift - 1, Paging.PAGE_SHIFT), reqAddr.bits(2 + entryBits, 3)));
        mem.reqAddr.unused(); // bits 2:0 of an 8-byte aligned address

        Mem<UInt> ram = mem("ram", image.depth(), uint(MemoryPort.DATA_BITS)).initialize(image.contents());
        when(reqValid.and(reqWrite).and(covered), () -> ram.write(index, mem.reqWdata));
        UInt data = ram.readSync(index, reqValid.and(reqWrite.not()));
        Bool readHit = regNext("read_hit", reqValid.and(reqWrite.not()).and(covered), lit(false));

        mem.reqReady.set(true);
        mem.rspValid.set(regNext("answer", reqValid, lit(false)));
        mem.rspRdata.set(mux(readHit, data, lit(0, MemoryPort.DATA_BITS)));
    }
}
