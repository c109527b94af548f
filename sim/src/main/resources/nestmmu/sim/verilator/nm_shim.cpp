// Glue between one Verilated model (class Vdut) and nestmmu's Java bridge.
// nm_ports.inc, generated from the model's port list, supplies the per-port code:
// nm_copy_in/nm_copy_out (image <-> model), nm_poke/nm_peek and nm_clock_port.
#include <cstdint>
#include <string>

#include "Vdut.h"
#include "verilated.h"
#if VM_TRACE_FST
#include "verilated_fst_c.h"
#endif
#include "nm_abi.h"

// NM_DIRECT_EVAL (set by the bridge for single-threaded models): evaluate the model's root
// directly instead of through Vdut::eval(). eval() adds thread bookkeeping (mtaskId, the eval
// message queue) that reads thread-local variables, and in a library loaded with dlopen every
// such read is a call to __tls_get_addr: about 9% of a small model's instructions. The root
// function is Verilator 5's generated Vdut___024root___eval; the first eval (which initializes
// the model) still goes through eval(). Tracing needs its activity flag raised, as eval() does.
#if NM_DIRECT_EVAL && VERILATOR_VERSION_INTEGER >= 5000000
#include "Vdut__Syms.h"  // for the tracing activity flag
void Vdut___024root___eval(Vdut___024root* vlSelf);
inline void nm_eval_model(Vdut* top) {
#if VM_TRACE
    top->rootp->vlSymsp->__Vm_activity = true;
#endif
    Vdut___024root___eval(top->rootp);
}
#else
inline void nm_eval_model(Vdut* top) { top->eval(); }
#endif

// Named, not anonymous: the shim is compiled in one unity file with Verilator's own C++.
namespace nestmmu_shim {

// Thrown by vl_stop/vl_fatal so that an error inside eval() unwinds back to the bridge
// instead of ending the JVM, which is what Verilator's default handlers do.
struct StopSimulation {};
thread_local std::string t_stop_message;

std::string describe(const char* filename, int linenum, const char* msg) {
    std::string out = "%Error: ";
    if (filename && filename[0]) out += std::string(filename) + ":" + std::to_string(linenum) + ": ";
    out += msg;
    return out;
}

struct Instance {
    nm_instance_head head;
    VerilatedContext* ctx = nullptr;
    Vdut* top = nullptr;
#if VM_TRACE_FST
    VerilatedFstC* fst = nullptr;
#endif
    CData* clock = nullptr;
    uint64_t* image = nullptr;
    uint64_t time = 0;
    bool failed = false;
    std::string error;
};

#include "nm_ports.inc"

const uint64_t HALF_PERIOD = 5;

inline void dump(Instance* s) {
#if VM_TRACE_FST
    if (s->fst) s->fst->dump(s->time);
#else
    (void)s;
#endif
}

inline void half_cycle(Instance* s, CData level) {
    s->time += HALF_PERIOD;
    s->ctx->time(s->time);
    *s->clock = level;
    nm_eval_model(s->top);
    dump(s);
}

// One clock edge pair: inputs already applied, rising edge, falling edge.
inline void cycle(Instance* s) {
    if (*s->clock) {  // the caller drove the clock high by hand: bring it low first, so an edge follows
        *s->clock = 0;
        nm_eval_model(s->top);
    }
    half_cycle(s, 1);
    half_cycle(s, 0);
}

int32_t status(Instance* s) { return s->ctx->gotFinish() ? NM_FINISHED : NM_OK; }

template <typename Body>
int32_t guarded(Instance* s, Body body) {
    if (s->failed) return NM_ERROR;
    // $finish and $stop report to the thread's current context; with several models in one
    // thread it must be this one's. Set once per call, not per cycle.
    Verilated::threadContextp(s->ctx);
    try {
        body();
        return status(s);
    } catch (const StopSimulation&) {
        s->error = t_stop_message;
    } catch (const std::exception& e) {
        s->error = std::string("C++ exception in the model: ") + e.what();
    }
    s->failed = true;
    return NM_ERROR;
}

void* nm_create(const char* fst_path) {
    Instance* s = new Instance();
    s->head.vt = nullptr;  // set by nm_vtable's owner below
    s->ctx = new VerilatedContext();
    s->ctx->fatalOnError(false);
    s->ctx->fatalOnVpiError(false);
#if VM_TRACE_FST
    if (fst_path) s->ctx->traceEverOn(true);
#endif
    s->image = new uint64_t[NM_IN_SLOTS + NM_OUT_SLOTS + 1]();
    guarded(s, [&] {
        s->top = new Vdut(s->ctx, "dut");
#if VM_TRACE_FST
        if (fst_path) {
            s->fst = new VerilatedFstC();
            s->top->trace(s->fst, 99);
            s->fst->open(fst_path);
            if (!s->fst->isOpen()) {
                t_stop_message = std::string("cannot open waveform file ") + fst_path;
                throw StopSimulation{};
            }
        }
#else
        if (fst_path) {
            t_stop_message = "this model was built without waveform support (build it with waves on)";
            throw StopSimulation{};
        }
#endif
        nm_copy_in(s->top, s->image);
        s->top->eval();
        nm_copy_out(s->top, s->image + NM_IN_SLOTS);
        dump(s);
    });
    return s;
}

void nm_destroy(void* inst) {
    Instance* s = static_cast<Instance*>(inst);
    Verilated::threadContextp(s->ctx);  // final blocks may $finish; maybe on another thread (a Cleaner)
    try {
        if (s->top && !s->failed) s->top->final();
    } catch (...) {
        // the instance goes away regardless; a $stop in a final block has nobody left to tell
    }
#if VM_TRACE_FST
    if (s->fst) {
        s->fst->close();
        delete s->fst;
    }
#endif
    delete s->top;
    delete s->ctx;
    delete[] s->image;
    delete s;
}

uint64_t* nm_image(void* inst) { return static_cast<Instance*>(inst)->image; }

int32_t nm_eval(void* inst) {
    Instance* s = static_cast<Instance*>(inst);
    return guarded(s, [&] {
        nm_copy_in(s->top, s->image);
        nm_eval_model(s->top);
        nm_copy_out(s->top, s->image + NM_IN_SLOTS);
    });
}

int32_t no_clock(Instance* s) {
    s->error = "no clock port selected";
    return NM_ERROR;
}

int32_t nm_tick(void* inst, int32_t cycles) {
    Instance* s = static_cast<Instance*>(inst);
    if (!s->clock) return no_clock(s);
    return guarded(s, [&] {
        nm_copy_in(s->top, s->image);
        for (int32_t i = 0; i < cycles; i++) cycle(s);
        nm_copy_out(s->top, s->image + NM_IN_SLOTS);
    });
}

int32_t nm_step(void* inst, int32_t cycles, const uint64_t* in, uint64_t* out) {
    Instance* s = static_cast<Instance*>(inst);
    if (!s->clock) return no_clock(s);
    if (cycles <= 0) return status(s);
    return guarded(s, [&] {
        for (int32_t i = 0; i < cycles; i++) {
            nm_copy_in(s->top, in + (int64_t)i * NM_IN_SLOTS);
            cycle(s);
            nm_copy_out(s->top, out + (int64_t)i * NM_OUT_SLOTS);
        }
        // The image mirrors the model afterwards, so single-signal reads see the last cycle.
        for (int32_t k = 0; k < NM_IN_SLOTS; k++) s->image[k] = in[(int64_t)(cycles - 1) * NM_IN_SLOTS + k];
        nm_copy_out(s->top, s->image + NM_IN_SLOTS);
    });
}

int32_t nm_poke_port(void* inst, int32_t port, uint64_t value) {
    Instance* s = static_cast<Instance*>(inst);
    return nm_poke(s->top, s->image, port, value) ? NM_OK : NM_ERROR;
}

uint64_t nm_peek_port(void* inst, int32_t port) { return nm_peek(static_cast<Instance*>(inst)->top, port); }

int32_t nm_set_clock(void* inst, int32_t port) {
    Instance* s = static_cast<Instance*>(inst);
    CData* clock = nm_clock_port(s->top, port);
    if (!clock) return NM_ERROR;
    s->clock = clock;
    return NM_OK;
}

const char* nm_error(void* inst) {
    Instance* s = static_cast<Instance*>(inst);
    return s->error.empty() ? nullptr : s->error.c_str();
}

const nm_vtable VTABLE = {
    NM_ABI_VERSION, NM_PORTS, NM_IN_SLOTS, NM_OUT_SLOTS, VM_TRACE_FST,
    [](const char* fst) -> void* {
        void* inst = nm_create(fst);
        static_cast<Instance*>(inst)->head.vt = &VTABLE;
        return inst;
    },
    nm_destroy, nm_image, nm_eval, nm_tick, nm_step, nm_poke_port, nm_peek_port, nm_set_clock, nm_error,
};

}  // namespace nestmmu_shim

using nestmmu_shim::StopSimulation;
using nestmmu_shim::t_stop_message;

// Verilator's default handlers print and exit the process; these report to the bridge instead.
void vl_finish(const char*, int, const char*) { Verilated::threadContextp()->gotFinish(true); }

void vl_stop(const char* filename, int linenum, const char*) {
    Verilated::threadContextp()->gotError(true);
    Verilated::threadContextp()->gotFinish(true);
    t_stop_message = nestmmu_shim::describe(filename, linenum, "Verilog $stop");
    throw StopSimulation{};
}

void vl_fatal(const char* filename, int linenum, const char*, const char* msg) {
    Verilated::threadContextp()->gotError(true);
    Verilated::threadContextp()->gotFinish(true);
    t_stop_message = nestmmu_shim::describe(filename, linenum, msg);
    throw StopSimulation{};
}

extern "C" __attribute__((visibility("default"))) const nm_vtable* nm_vtable_get() { return &nestmmu_shim::VTABLE; }
