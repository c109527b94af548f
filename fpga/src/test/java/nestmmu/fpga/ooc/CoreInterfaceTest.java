package nestmmu.fpga.ooc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nestmmu.io.BadInputException;

class CoreInterfaceTest {
    // the shape of yosys' write_json after "blackbox =*"
    private static final String JSON = """
            {"creator": "Yosys 0.23", "modules": {"core": {"attributes": {}, "ports": {
               "rst_ni": {"direction": "input", "bits": [2]},
               "Clock":  {"direction": "input", "bits": [3]},
               "addr_i": {"direction": "input", "bits": [4, 5, 6, 7], "offset": 4, "upto": 1},
               "data_o": {"direction": "output", "bits": [8, 9]},
               "bus_io": {"direction": "inout", "bits": [10]}}, "cells": {}, "netnames": {}}}}
            """;

    @Test
    @DisplayName("ports come in declaration order with their widths, whatever their declared range")
    void ports() {
        CoreInterface c = CoreInterface.parse(JSON, "core");
        assertThat(c.ports()).containsExactly(
                new CorePort("rst_ni", CorePort.Direction.INPUT, 1),
                new CorePort("Clock", CorePort.Direction.INPUT, 1),
                new CorePort("addr_i", CorePort.Direction.INPUT, 4),
                new CorePort("data_o", CorePort.Direction.OUTPUT, 2),
                new CorePort("bus_io", CorePort.Direction.INOUT, 1));
    }

    @Test
    @DisplayName("the clock is found by name, ignoring case, and leaves the data inputs")
    void clockByName() {
        CoreInterface c = CoreInterface.parse(JSON, "core");
        Optional<CorePort> clock = c.clock(Optional.empty());
        assertThat(clock).map(CorePort::name).contains("Clock");
        assertThat(c.dataInputs(clock)).extracting(CorePort::name).containsExactly("rst_ni", "addr_i");
        assertThat(CoreInterface.bits(c.dataInputs(clock))).isEqualTo(5);
        assertThat(CoreInterface.bits(c.outputs())).isEqualTo(2);
    }

    @Test
    @DisplayName("a named clock must be a 1-bit input")
    void namedClock() {
        CoreInterface c = CoreInterface.parse(JSON, "core");
        assertThat(c.clock(Optional.of("rst_ni"))).map(CorePort::name).contains("rst_ni");
        assertThatThrownBy(() -> c.clock(Optional.of("addr_i"))).isInstanceOf(BadInputException.class)
                .hasMessage("--clock: core has no 1-bit input named addr_i");
    }

    @Test
    void aCoreWithoutAClockNamedLikeOneHasNone() {
        CoreInterface c = new CoreInterface("comb", java.util.List.of(new CorePort("a", CorePort.Direction.INPUT, 1),
                new CorePort("y", CorePort.Direction.OUTPUT, 1)));
        assertThat(c.clock(Optional.empty())).isEmpty();
    }
}
