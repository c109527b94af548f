package nestmmu.mmu;

import static nestmmu.hdl.Hw.bool;
import static nestmmu.hdl.Hw.uint;

import nestmmu.config.MmuConfig;
import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;
import nestmmu.hdl.UInt;

/**
 * The walker's one memory port, seen from the MMU (an output bundle): a request with valid/ready
 * ({@code mem_req_valid_o}, {@code mem_req_ready_i}, {@code mem_req_addr_o}, {@code mem_req_write_o},
 * {@code mem_req_wdata_o}) and a response with valid only ({@code mem_rsp_valid_i},
 * {@code mem_rsp_rdata_i}): one response per request, in order, at least one cycle after the
 * request was accepted. At most one request is outstanding.
 */
public final class MemoryPort extends Bundle {
    public static final int DATA_BITS = 64;

    public final Bool reqValid;
    public final Bool reqReady;
    public final UInt reqAddr;
    public final Bool reqWrite;
    public final UInt reqWdata;
    public final Bool rspValid;
    public final UInt rspRdata;

    public MemoryPort(Fields f, MmuConfig c) {
        super(f);
        reqValid = f.bool("req_valid");
        reqReady = f.flipped("req_ready", bool());
        reqAddr = f.uint("req_addr", c.physAddrBits());
        reqWrite = f.bool("req_write");
        reqWdata = f.uint("req_wdata", DATA_BITS);
        rspValid = f.flipped("rsp_valid", bool());
        rspRdata = f.flipped("rsp_rdata", uint(DATA_BITS));
    }

    public static HwType<MemoryPort> type(MmuConfig c) {
        return f -> new MemoryPort(f, c);
    }

    public Bool reqFire() {
        return reqValid.and(reqReady);
    }
}
