package nestmmu.hdl.util;

import static nestmmu.hdl.Hw.bool;

import nestmmu.hdl.Bool;
import nestmmu.hdl.Bundle;
import nestmmu.hdl.Data;
import nestmmu.hdl.Fields;
import nestmmu.hdl.HwType;

/**
 * The one handshake of the project (Chisel's {@code DecoupledIO}): the producer drives
 * {@code valid} and {@code bits}, the consumer drives {@code ready}; a transfer happens in a
 * cycle where both are high ({@link #fire}). The producer must not make {@code valid} wait for
 * {@code ready}. As an output port {@code deq} it reads {@code deq_valid_o}, {@code deq_ready_i},
 * {@code deq_bits_o}; as an input, the other way round.
 */
public final class Decoupled<T extends Data> extends Bundle {
    public final Bool valid;
    public final Bool ready;
    public final T bits;

    public Decoupled(Fields fields, HwType<T> bitsType) {
        super(fields);
        valid = fields.bool("valid");
        ready = fields.flipped("ready", bool());
        bits = fields.field("bits", bitsType);
    }

    public static <T extends Data> HwType<Decoupled<T>> of(HwType<T> bits) {
        return f -> new Decoupled<>(f, bits);
    }

    /** A transfer happens this cycle. */
    public Bool fire() {
        return valid.and(ready);
    }
}
