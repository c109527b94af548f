package nestmmu.sim.verilator.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;

import nestmmu.sim.verilator.Port;
import nestmmu.sim.verilator.PortList;

/**
 * Seeded traffic for the cam4 fixture: a few reset cycles, then a write in a quarter of the
 * cycles and a lookup in half of them, keys drawn from 16 values so that lookups hit often.
 * Held as one row of input-port values per cycle, in the order of {@link #inputs()}.
 */
final class CamTraffic {
    static final int RESET_CYCLES = 2;

    private final PortList ports;
    private final List<Port> inputs;
    private final long[][] rows;

    CamTraffic(PortList ports, int cycles, long seed) {
        this.ports = ports;
        this.inputs = ports.all().stream().filter(p -> p.inSlot() >= 0 && !p.name().equals("clk_i")).toList();
        SplittableRandom random = new SplittableRandom(seed);
        long[] keys = random.longs(16, 0, 1L << 32).toArray();
        rows = new long[cycles][];
        for (int c = 0; c < cycles; c++) {
            long[] row = new long[inputs.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = switch (inputs.get(i).name()) {
                    case "rst_ni" -> c < RESET_CYCLES ? 0 : 1;
                    case "wr_en_i" -> random.nextInt(4) == 0 ? 1 : 0;
                    case "wr_idx_i" -> random.nextInt(4);
                    case "wr_key_i", "lk_key_i" -> keys[random.nextInt(keys.length)];
                    case "wr_data_i" -> random.nextLong(1L << 32);
                    case "lk_valid_i" -> random.nextInt(2);
                    default -> throw new IllegalStateException("cam4 has no input " + inputs.get(i).name());
                };
            }
            rows[c] = row;
        }
    }

    List<Port> inputs() {
        return inputs;
    }

    int cycles() {
        return rows.length;
    }

    long value(int cycle, int input) {
        return rows[cycle][input];
    }

    /** One input's values for cycles {@code from .. cycles()-1}. */
    long[] column(int input, int from) {
        long[] values = new long[rows.length - from];
        for (int c = from; c < rows.length; c++) values[c - from] = rows[c][input];
        return values;
    }

    /** The whole stimulus as input images (the shim's layout), for the C++ loop to read. */
    byte[] asImages() {
        ByteBuffer buf = ByteBuffer.allocate(8 * ports.inSlots() * rows.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < rows.length; c++) {
            for (int i = 0; i < inputs.size(); i++) {
                buf.putLong(8 * (c * ports.inSlots() + inputs.get(i).inSlot()), rows[c][i]);
            }
        }
        return buf.array();
    }
}
