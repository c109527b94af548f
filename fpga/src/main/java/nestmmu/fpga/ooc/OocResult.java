package nestmmu.fpga.ooc;

import nestmmu.fpga.flow.Ice40Result;
import nestmmu.fpga.flow.Utilization;

/**
 * An out-of-context run: the core's own post-synthesis utilization, the wrapper's (its
 * shift register, capture and signature registers), the placed and routed wrapper (whose
 * Fmax covers the core's paths and the wrapper's), the core's ports, and the port taken as
 * its clock (null when it has none).
 */
public record OocResult(Ice40Result placed, Utilization core, Utilization wrapper, CoreInterface ports, String clockPort) {

    /** Maximum frequency of the routed wrapper, MHz. */
    public Double fmaxMHz() {
        return placed.fmaxMHz();
    }
}
