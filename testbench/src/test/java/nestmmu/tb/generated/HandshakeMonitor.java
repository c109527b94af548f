package nestmmu.tb.generated;

import java.util.Optional;

import nestmmu.tb.Dut;
import nestmmu.tb.Monitor;

/** The payload of every transfer on one valid/ready port: a cycle where both are high at the edge. */
final class HandshakeMonitor extends Monitor<Long> {
    private final String valid;
    private final String ready;
    private final String bits;

    /** The port {@code prefix} with the generated names {@code <prefix>_valid<v>}, {@code _ready<r>}, {@code _bits<v>}. */
    static HandshakeMonitor onInput(String prefix) {
        return new HandshakeMonitor(prefix + "_valid_i", prefix + "_ready_o", prefix + "_bits_i");
    }

    static HandshakeMonitor onOutput(String prefix) {
        return new HandshakeMonitor(prefix + "_valid_o", prefix + "_ready_i", prefix + "_bits_o");
    }

    private HandshakeMonitor(String valid, String ready, String bits) {
        this.valid = valid;
        this.ready = ready;
        this.bits = bits;
    }

    @Override
    protected Optional<Long> sample(Dut dut) {
        return dut.get(valid) == 1 && dut.get(ready) == 1 ? Optional.of(dut.get(bits)) : Optional.empty();
    }
}
