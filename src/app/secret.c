#include "app/secret.h"

#include "crypto/secmem.h"

char *app_secret_buffer(void)
{
	return secmem_alloc(APP_SECRET_MAX + 1);
}

void app_secret_free(char *buffer)
{
	secmem_free(buffer);
}

void app_secret_finish(struct app_secret *secret)
{
	if (secret == NULL) {
		return;
	}
	secmem_free(secret->text);
	*secret = (struct app_secret){0};
}

bool app_secret_equal(const struct app_secret *a, const struct app_secret *b)
{
	return a->len == b->len && (a->len == 0 || secmem_equal(a->text, b->text, a->len));
}

void app_wipe(void *p, size_t n)
{
	secmem_wipe(p, n);
}

unsigned app_random_below(unsigned bound)
{
	return secmem_random_below(bound);
}

bool app_secrets_protect(void)
{
	return secmem_lock_down();
}
