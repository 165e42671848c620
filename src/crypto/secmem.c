#include "crypto/secmem.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

bool secmem_init(void)
{
	return sodium_init() >= 0;
}

void *secmem_alloc(size_t n)
{
	if (n == 0 || !secmem_init()) {
		return NULL;
	}
	return sodium_malloc(n);
}

void secmem_free(void *p)
{
	/* sodium_free wipes the whole region before unmapping it. */
	sodium_free(p);
}

bool secmem_lock_down(void)
{
	struct rlimit none = {0, 0};
	bool ok = setrlimit(RLIMIT_CORE, &none) == 0;
	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
		ok = false;
	}
	return ok;
}

bool secmem_equal(const void *a, const void *b, size_t n)
{
	return n == 0 || sodium_memcmp(a, b, n) == 0;
}

void secmem_wipe(void *p, size_t n)
{
	sodium_memzero(p, n);
}

unsigned secmem_random_below(unsigned bound)
{
	return (unsigned)randombytes_uniform((uint32_t)bound);
}
