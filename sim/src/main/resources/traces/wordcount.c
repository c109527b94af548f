/*
 * The program behind the bundled trace wordcount.lackey.gz: a word-frequency count, the core of
 * many text tools. It draws 60000 "words" (64-bit keys) from a skewed stream — most are
 * repeats of a small popular vocabulary, the rest are rare — counts them in an open-addressing
 * hash table of 1M slots (4 MB, touched at random: TLB-hostile), appends each new word to an
 * insertion-ordered entry array (sequential, TLB-friendly), ranks a copy of the entries by
 * count with a two-pass radix sort, and finally looks up 60000 further words from the same
 * stream (the popular ones are found, the rare ones are not). Everything is deterministic (a fixed xorshift seed), so the trace re-records the same way.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SLOT_BITS 20
#define SLOTS (1u << SLOT_BITS)
#define WORDS 60000
#define POPULAR 1000
#define LOOKUPS 60000

struct entry {
    uint64_t key;
    uint32_t count;
    uint32_t first_seen;
};

static uint64_t state = 0x9E3779B97F4A7C15ull;

static uint64_t xorshift64(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static uint64_t next_word(void) {
    uint64_t r = xorshift64();
    /* 70% of the stream repeats a popular word, 30% is a rare one */
    if (r % 10 < 7) return (r >> 8) % POPULAR + 1;
    return (r >> 8) | (1ull << 62);
}

static uint32_t slot_of(uint64_t key) {
    return (uint32_t) ((key * 0x9E3779B97F4A7C15ull) >> (64 - SLOT_BITS));
}

/* slots[i] holds 1 + the index of the entry there, 0 when empty */
static uint32_t *find_slot(uint32_t *slots, const struct entry *entries, uint64_t key) {
    uint32_t i = slot_of(key);
    while (slots[i] != 0 && entries[slots[i] - 1].key != key) i = (i + 1) & (SLOTS - 1);
    return &slots[i];
}

static void radix_sort_by_count(struct entry *a, struct entry *tmp, uint32_t n) {
    for (int shift = 0; shift < 16; shift += 8) {
        uint32_t bucket[257] = {0};
        for (uint32_t i = 0; i < n; i++) bucket[((a[i].count >> shift) & 255) + 1]++;
        for (int b = 0; b < 256; b++) bucket[b + 1] += bucket[b];
        /* descending by count: the highest bucket starts at 0 */
        uint32_t start[256];
        uint32_t acc = 0;
        for (int b = 255; b >= 0; b--) {
            start[b] = acc;
            acc += bucket[b + 1] - bucket[b];
        }
        for (uint32_t i = 0; i < n; i++) tmp[start[(a[i].count >> shift) & 255]++] = a[i];
        for (uint32_t i = 0; i < n; i++) a[i] = tmp[i];
    }
}

int main(void) {
    uint32_t *slots = calloc(SLOTS, sizeof *slots);
    struct entry *entries = malloc(WORDS * sizeof *entries);
    struct entry *ranked = malloc(WORDS * sizeof *ranked);
    struct entry *tmp = malloc(WORDS * sizeof *tmp);
    if (!slots || !entries || !ranked || !tmp) return 1;

    uint32_t distinct = 0;
    for (uint32_t w = 0; w < WORDS; w++) {
        uint64_t key = next_word();
        uint32_t *slot = find_slot(slots, entries, key);
        if (*slot == 0) {
            entries[distinct] = (struct entry) {key, 0, w};
            *slot = ++distinct;
        }
        entries[*slot - 1].count++;
    }

    /* rank a copy: the table still points into entries, which the lookups below use */
    for (uint32_t i = 0; i < distinct; i++) ranked[i] = entries[i];
    radix_sort_by_count(ranked, tmp, distinct);

    uint32_t found = 0;
    for (uint32_t i = 0; i < LOOKUPS; i++) found += *find_slot(slots, entries, next_word()) != 0;

    printf("distinct %u, top word %llu seen %u times, %u of %u lookups found\n",
           distinct, (unsigned long long) ranked[0].key, ranked[0].count, found, LOOKUPS);
    return 0;
}
