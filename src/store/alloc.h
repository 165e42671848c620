#ifndef WISEMIND_STORE_ALLOC_H
#define WISEMIND_STORE_ALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* The zeroing allocator (STORAGE.md §4.9): every block SQLite frees is
 * wiped with sodium_memzero first, and realloc never leaves a copy of the
 * old block behind. Debian's SQLite is built with OMIT_LOOKASIDE and
 * SYSTEM_MALLOC, so this covers the page cache, the memdb image and every
 * statement: the whole unlocked diary. */

/* Installs the zeroing allocator and initialises SQLite and libsodium.
 * Call it once at start-up, before anything else touches SQLite: SQLite
 * accepts an allocator only before its first use. Later calls return the
 * first call's result. store_create and store_open_image call it too, so
 * forgetting it cannot leave the diary in unwiped memory; they fail
 * instead. False means SQLite was started without it (a bug). */
bool store_global_init(void) __attribute__((warn_unused_result));

/* Test hook: fn sees every block SQLite frees, once before the wipe
 * (wiped false) and once after it (wiped true), just before the block
 * goes back to the C library. Pass NULL to remove it. Set it only while
 * no other thread uses SQLite. The shipped program never sets it. */
typedef void store_alloc_hook_fn(const unsigned char *block, size_t size, bool wiped,
                                 void *data);
void store_alloc_set_hook(store_alloc_hook_fn *fn, void *data);

/* Bytes SQLite currently holds through the zeroing allocator, for tests
 * that check every block came back (and so was wiped). */
size_t store_alloc_live_bytes(void);

/* Bytes of large blocks (the diary's image) that could not be locked in
 * RAM right now because RLIMIT_MEMLOCK is too small: they may reach swap. */
size_t store_alloc_unlocked_bytes(void);

/* Bytes of large blocks locked in RAM (and out of core dumps) right now. */
size_t store_alloc_locked_bytes(void);

#endif
