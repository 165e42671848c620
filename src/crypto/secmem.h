#ifndef WISEMIND_CRYPTO_SECMEM_H
#define WISEMIND_CRYPTO_SECMEM_H

#include <stdbool.h>
#include <stddef.h>

/* Initialises libsodium (idempotent, thread-safe). Every crypto entry
 * point calls it; returns false only when the library cannot work. */
bool secmem_init(void) __attribute__((warn_unused_result));

/* Memory for secrets: guard pages around it, locked in RAM when the
 * RLIMIT_MEMLOCK allows, excluded from core dumps, and wiped on free.
 * Returns NULL when out of memory or n is 0. */
void *secmem_alloc(size_t n) __attribute__((warn_unused_result));

/* Wipes and frees memory from secmem_alloc; NULL is fine. */
void secmem_free(void *p);

/* True when the n bytes at a and b are equal, compared in constant time. */
bool secmem_equal(const void *a, const void *b, size_t n);

/* Wipes n bytes at p so the compiler cannot skip it. */
void secmem_wipe(void *p, size_t n);

/* A uniformly random number below bound (> 0) from the system's
 * cryptographic generator. */
unsigned secmem_random_below(unsigned bound);

/* Turns core dumps off for this process (RLIMIT_CORE 0) and marks it not
 * dumpable (PR_SET_DUMPABLE 0, which also keeps other processes of the
 * same user from attaching a debugger). The CLI calls this before the
 * passphrase is read and keeps it for the life of the process. Returns
 * false when either step failed. */
bool secmem_lock_down(void) __attribute__((warn_unused_result));

#endif
