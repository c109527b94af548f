// The baseline for the bridge benchmark: the same model driven by a plain C++ loop, the way a
// hand-written Verilator testbench does it. NM_CLOCK (the clock member) is defined above this line.
// Usage: cpp_loop STIMULUS_FILE STIM_CYCLES RESET_CYCLES, then one command per line on stdin:
// "run MILLIS" replays the stimulus after its reset cycles for at least MILLIS ms and prints
// "cycles_per_sec X"; end of input prints "checksum Y" and exits. The bench interleaves these
// runs with its Java measurements, so both see the same machine load.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "Vdut.h"
#include "verilated.h"
#include "nm_ports.inc"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s STIMULUS STIM_CYCLES RESET_CYCLES\n", argv[0]);
        return 2;
    }
    const long stim_cycles = std::atol(argv[2]);
    const long reset_cycles = std::atol(argv[3]);
    const size_t words = (size_t)stim_cycles * NM_IN_SLOTS;
    std::vector<uint64_t> stim(words + 1);
    std::FILE* f = std::fopen(argv[1], "rb");
    if (!f || std::fread(stim.data(), sizeof(uint64_t), words, f) != words) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    std::fclose(f);

    VerilatedContext ctx;
    Vdut top(&ctx);
    uint64_t out[NM_OUT_SLOTS + 1] = {0};
    uint64_t checksum = 0;
    auto cycles = [&](long first, long last) {
        for (long c = first; c < last; c++) {
            nm_copy_in(&top, stim.data() + (size_t)c * NM_IN_SLOTS);
            top.NM_CLOCK = 1;
            top.eval();
            top.NM_CLOCK = 0;
            top.eval();
            nm_copy_out(&top, out);
            for (int k = 0; k < NM_OUT_SLOTS; k++) checksum += out[k];
        }
    };
    cycles(0, reset_cycles);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) {
        if (std::strncmp(line, "run ", 4) != 0) continue;
        const long min_millis = std::atol(line + 4);
        auto start = std::chrono::steady_clock::now();
        auto deadline = start + std::chrono::milliseconds(min_millis);
        long done = 0;
        std::chrono::steady_clock::time_point now;
        do {
            cycles(reset_cycles, stim_cycles);
            done += stim_cycles - reset_cycles;
            now = std::chrono::steady_clock::now();
        } while (now < deadline);
        std::printf("cycles_per_sec %.1f\n", done / std::chrono::duration<double>(now - start).count());
        std::fflush(stdout);
    }
    std::printf("checksum %llu\n", (unsigned long long)checksum);
    top.final();
    return 0;
}
