/* JNI entry points of nestmmu.sim.verilator.NativeDispatch. JNA loads this library and calls
 * nm_register_natives() once; from then on every call is a plain JNI call (a few ns) that
 * forwards through the instance's vtable to whichever model library created it. */
#include <jni.h>
#include <stddef.h>
#include "nm_abi.h"

#define VT(inst) (((nm_instance_head*)(intptr_t)(inst))->vt)
#define PTR(inst) ((void*)(intptr_t)(inst))

static jlong JNICALL nd_create(JNIEnv* env, jclass cls, jlong vtable, jstring fst) {
    const nm_vtable* vt = (const nm_vtable*)(intptr_t)vtable;
    const char* path = fst ? (*env)->GetStringUTFChars(env, fst, NULL) : NULL;
    void* inst = vt->create(path);
    if (path) (*env)->ReleaseStringUTFChars(env, fst, path);
    return (jlong)(intptr_t)inst;
}

static void JNICALL nd_destroy(JNIEnv* env, jclass cls, jlong inst) { VT(inst)->destroy(PTR(inst)); }

static jobject JNICALL nd_image(JNIEnv* env, jclass cls, jlong inst) {
    const nm_vtable* vt = VT(inst);
    jlong bytes = 8 * (jlong)(vt->in_slots + vt->out_slots);
    return (*env)->NewDirectByteBuffer(env, vt->image(PTR(inst)), bytes > 0 ? bytes : 8);
}

static jint JNICALL nd_eval(JNIEnv* env, jclass cls, jlong inst) { return VT(inst)->eval(PTR(inst)); }

static jint JNICALL nd_tick(JNIEnv* env, jclass cls, jlong inst, jint cycles) {
    return VT(inst)->tick(PTR(inst), cycles);
}

static jint JNICALL nd_step(JNIEnv* env, jclass cls, jlong inst, jint cycles, jlong in, jlong out) {
    return VT(inst)->step(PTR(inst), cycles, (const uint64_t*)(intptr_t)in, (uint64_t*)(intptr_t)out);
}

static jint JNICALL nd_poke(JNIEnv* env, jclass cls, jlong inst, jint port, jlong value) {
    return VT(inst)->poke(PTR(inst), port, (uint64_t)value);
}

static jlong JNICALL nd_peek(JNIEnv* env, jclass cls, jlong inst, jint port) {
    return (jlong)VT(inst)->peek(PTR(inst), port);
}

static jint JNICALL nd_set_clock(JNIEnv* env, jclass cls, jlong inst, jint port) {
    return VT(inst)->set_clock(PTR(inst), port);
}

static jstring JNICALL nd_error(JNIEnv* env, jclass cls, jlong inst) {
    const char* message = VT(inst)->error(PTR(inst));
    return message ? (*env)->NewStringUTF(env, message) : NULL;
}

static JNINativeMethod methods[] = {
    {"create", "(JLjava/lang/String;)J", (void*)nd_create},
    {"destroy", "(J)V", (void*)nd_destroy},
    {"image", "(J)Ljava/nio/ByteBuffer;", (void*)nd_image},
    {"eval", "(J)I", (void*)nd_eval},
    {"tick", "(JI)I", (void*)nd_tick},
    {"step", "(JIJJ)I", (void*)nd_step},
    {"poke", "(JIJ)I", (void*)nd_poke},
    {"peek", "(JI)J", (void*)nd_peek},
    {"setClock", "(JI)I", (void*)nd_set_clock},
    {"error", "(J)Ljava/lang/String;", (void*)nd_error},
};

JNIEXPORT jint nm_register_natives(JNIEnv* env, jclass cls) {
    return (*env)->RegisterNatives(env, cls, methods, sizeof methods / sizeof methods[0]);
}

JNIEXPORT jint nm_abi_version(void) { return NM_ABI_VERSION; }
