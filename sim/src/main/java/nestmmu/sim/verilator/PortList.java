package nestmmu.sim.verilator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A model's ports in Verilator's order, with their image layout: every drivable port gets slots
 * in the input image, every observable one in the output image, in list order.
 */
public final class PortList {
    /** A port as found in the header, before it has a place in the image. */
    record Declared(String name, String cName, PortDirection direction, int width) {}

    private final List<Port> ports;
    private final Map<String, Port> byName = new LinkedHashMap<>();
    private final int inSlots;
    private final int outSlots;

    PortList(List<Declared> declared) {
        List<Port> list = new ArrayList<>();
        int in = 0;
        int out = 0;
        for (Declared d : declared) {
            int slots = (d.width() + 63) >>> 6;
            int inSlot = d.direction().drivable() ? in : -1;
            int outSlot = d.direction().observable() ? out : -1;
            if (inSlot >= 0) in += slots;
            if (outSlot >= 0) out += slots;
            Port p = new Port(d.name(), d.cName(), list.size(), d.direction(), d.width(), inSlot, outSlot);
            list.add(p);
            byName.put(p.name(), p);
        }
        this.ports = Collections.unmodifiableList(list);
        this.inSlots = in;
        this.outSlots = out;
    }

    public List<Port> all() {
        return ports;
    }

    /** The port called {@code name}; a missing name is an error that lists the ports there are. */
    public Port get(String name) {
        Port p = byName.get(name);
        if (p == null) {
            throw new NoSuchElementException("no port '" + name + "'; the ports are " + String.join(", ", byName.keySet()));
        }
        return p;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** 64-bit slots of the input image (all drivable ports). */
    public int inSlots() {
        return inSlots;
    }

    /** 64-bit slots of the output image (all observable ports). */
    public int outSlots() {
        return outSlots;
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
