#include "store/alloc.h"

#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Each block starts with its size, padded so the caller's part keeps
 * malloc's alignment. */
#define HEADER 16

_Static_assert(HEADER >= sizeof(size_t), "the header holds a size_t");
_Static_assert(HEADER % _Alignof(max_align_t) == 0, "the header keeps malloc's alignment");

/* The only mutable state in the store: SQLite's allocator is process-wide,
 * so its bookkeeping is too. The hook is for tests. */
static atomic_size_t live_bytes;
static store_alloc_hook_fn *_Atomic hook_fn;
static void *_Atomic hook_data;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static bool installed;

/* Blocks this large (the memdb image and its growth) are locked in RAM
 * and left out of core dumps where the limits allow (STORAGE.md §4.9). */
#define LARGE (64 * 1024)
/* The header's second word says whether the block is locked. */
#define LOCKED_AT 8
static atomic_size_t unlocked_large_bytes;
static atomic_size_t locked_large_bytes;

static bool block_locked(const void *p)
{
	return ((const unsigned char *)p - HEADER)[LOCKED_AT] != 0;
}

static size_t block_size(const void *p)
{
	size_t n;
	memcpy(&n, (const unsigned char *)p - HEADER, sizeof(n));
	return n;
}

static void *zmalloc(int n)
{
	if (n <= 0 || (size_t)n > SIZE_MAX - HEADER) {
		return NULL;
	}
	unsigned char *raw = malloc(HEADER + (size_t)n);
	if (raw == NULL) {
		return NULL;
	}
	size_t size = (size_t)n;
	memcpy(raw, &size, sizeof(size));
	raw[LOCKED_AT] = 0;
	if (size >= LARGE) {
		/* sodium_mlock also marks the pages MADV_DONTDUMP. */
		if (sodium_mlock(raw, HEADER + size) == 0) {
			raw[LOCKED_AT] = 1;
			atomic_fetch_add(&locked_large_bytes, size);
		} else {
			atomic_fetch_add(&unlocked_large_bytes, size);
		}
	}
	atomic_fetch_add(&live_bytes, size);
	return raw + HEADER;
}

static void zfree(void *p)
{
	if (p == NULL) {
		return;
	}
	size_t size = block_size(p);
	store_alloc_hook_fn *fn = atomic_load(&hook_fn);
	void *data = atomic_load(&hook_data);
	if (fn != NULL) {
		fn(p, size, false, data);
	}
	sodium_memzero(p, size);
	if (fn != NULL) {
		fn(p, size, true, data);
	}
	atomic_fetch_sub(&live_bytes, size);
	unsigned char *raw = (unsigned char *)p - HEADER;
	if (block_locked(p)) {
		sodium_munlock(raw, HEADER + size); /* wipes again, and unlocks */
		atomic_fetch_sub(&locked_large_bytes, size);
	} else if (size >= LARGE) {
		atomic_fetch_sub(&unlocked_large_bytes, size);
	}
	free(raw);
}

/* Never the C library's realloc: it may move the block and leave the old
 * copy unwiped. The memdb image grows this way, so this matters most. */
static void *zrealloc(void *p, int n)
{
	if (p == NULL) {
		return zmalloc(n);
	}
	size_t old = block_size(p);
	if (n > 0 && (size_t)n <= old) {
		/* Shrinking in place keeps the recorded size, so the whole
		 * block is still wiped on free. */
		return p;
	}
	void *q = zmalloc(n);
	if (q == NULL) {
		return NULL;
	}
	memcpy(q, p, old);
	zfree(p);
	return q;
}

static int zsize(void *p)
{
	return p != NULL ? (int)block_size(p) : 0;
}

static int zroundup(int n)
{
	return n <= INT32_MAX - 7 ? (n + 7) & ~7 : n;
}

static int zinit(void *data)
{
	(void)data;
	return SQLITE_OK;
}

static void zshutdown(void *data)
{
	(void)data;
}

static const sqlite3_mem_methods zeroing = {
	.xMalloc = zmalloc,
	.xFree = zfree,
	.xRealloc = zrealloc,
	.xSize = zsize,
	.xRoundup = zroundup,
	.xInit = zinit,
	.xShutdown = zshutdown,
};

static void install(void)
{
	/* SQLite copies the methods and never writes through the pointer. */
	installed = sodium_init() >= 0 &&
	            sqlite3_config(SQLITE_CONFIG_MALLOC, (sqlite3_mem_methods *)&zeroing) ==
	                    SQLITE_OK &&
	            sqlite3_initialize() == SQLITE_OK;
}

size_t store_alloc_unlocked_bytes(void)
{
	return atomic_load(&unlocked_large_bytes);
}

size_t store_alloc_locked_bytes(void)
{
	return atomic_load(&locked_large_bytes);
}

bool store_global_init(void)
{
	pthread_once(&install_once, install);
	return installed;
}

void store_alloc_set_hook(store_alloc_hook_fn *fn, void *data)
{
	atomic_store(&hook_data, data);
	atomic_store(&hook_fn, fn);
}

size_t store_alloc_live_bytes(void)
{
	return atomic_load(&live_bytes);
}
