/* The contract between the JNI dispatcher (nm_dispatch.c) and every model's shim (nm_shim.cpp).
 * Each model library exports nm_vtable(); every instance it creates starts with a pointer to that
 * table, so one dispatcher serves any number of different models loaded in the same JVM. */
#ifndef NM_ABI_H
#define NM_ABI_H
#include <stdint.h>

#define NM_ABI_VERSION 1

/* Status codes returned by every operation that evaluates the model. */
#define NM_OK 0
#define NM_ERROR 1    /* $stop, $error, $fatal or an internal Verilator error; nm_error() tells which */
#define NM_FINISHED 2 /* the design called $finish; the model still evaluates */

typedef struct nm_vtable {
    int32_t abi_version;
    int32_t port_count;
    int32_t in_slots;  /* 64-bit words of the input image */
    int32_t out_slots; /* 64-bit words of the output image, which follows the input image */
    int32_t waves;     /* built with FST tracing */
    void* (*create)(const char* fst_path_or_null);
    void (*destroy)(void* inst);
    uint64_t* (*image)(void* inst);
    int32_t (*eval)(void* inst);
    int32_t (*tick)(void* inst, int32_t cycles);
    int32_t (*step)(void* inst, int32_t cycles, const uint64_t* in, uint64_t* out);
    int32_t (*poke)(void* inst, int32_t port, uint64_t value);
    uint64_t (*peek)(void* inst, int32_t port);
    int32_t (*set_clock)(void* inst, int32_t port);
    const char* (*error)(void* inst);
} nm_vtable;

typedef struct nm_instance_head {
    const nm_vtable* vt;
} nm_instance_head;

#endif
