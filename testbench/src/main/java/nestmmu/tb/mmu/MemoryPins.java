package nestmmu.tb.mmu;

import nestmmu.sim.verilator.PortList;
import nestmmu.tb.Dut;
import nestmmu.tb.Signal;

/**
 * The memory port of the port contract ({@code mem_req_*} out, {@code mem_rsp_*} in), found by
 * name on any design that has one: the MMU, or a small fixture that tests the responder.
 */
public record MemoryPins(Signal reqValid, Signal reqReady, Signal reqAddr, Signal reqWrite, Signal reqWdata,
                         Signal rspValid, Signal rspRdata, int addressBits) {

    /** The memory port of {@code dut}, whose addresses are {@code addressBits} wide. */
    public static MemoryPins of(Dut dut, int addressBits) {
        PortCheck p = new PortCheck(dut);
        return new MemoryPins(p.port("mem_req_valid_o", 1), p.port("mem_req_ready_i", 1), p.port("mem_req_addr_o", addressBits),
                p.port("mem_req_write_o", 1), p.port("mem_req_wdata_o", 64), p.port("mem_rsp_valid_i", 1),
                p.port("mem_rsp_rdata_i", 64), addressBits);
    }

    /** Finds ports by name and width, failing with one line that names the port. */
    record PortCheck(Dut dut) {
        Signal port(String name, int width) {
            PortList ports = dut.simulation().ports();
            String top = dut.simulation().model().top();
            if (!ports.has(name)) {
                throw new IllegalArgumentException(top + " has no port " + name + " (see \"MmuTop ports\" in hdl-gen/README.md)");
            }
            Signal s = dut.signal(name);
            if (s.width() != width) {
                throw new IllegalArgumentException(top + ": port " + name + " is " + s.width() + " bits wide, expected " + width);
            }
            return s;
        }
    }
}
