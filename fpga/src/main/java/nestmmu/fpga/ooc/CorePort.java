package nestmmu.fpga.ooc;

/** One port of a core as yosys elaborated it: name, direction and width in bits. */
public record CorePort(String name, Direction direction, int width) {

    public enum Direction { INPUT, OUTPUT, INOUT }

    public boolean isInput() { return direction == Direction.INPUT; }

    public boolean isOutput() { return direction == Direction.OUTPUT; }
}
