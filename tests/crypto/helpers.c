#define _GNU_SOURCE
#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

static void count_kdf(void *ctx)
{
	struct test_hooks *t = ctx;
	t->kdf_calls++;
}

static bool fail_crypto(void *ctx, enum vault_hook_step step)
{
	struct test_hooks *t = ctx;
	if (step == VAULT_STEP_ENCRYPT) {
		t->encrypt_steps++;
		return t->fail_encrypt_at > 0 && t->encrypt_steps == (unsigned)t->fail_encrypt_at;
	}
	return t->fail_verify != 0;
}

void test_hooks_init(struct test_hooks *t)
{
	memset(t, 0, sizeof(*t));
	t->hooks.kdf_opslimit = 1;
	t->hooks.kdf_memlimit = 8u * 1024 * 1024;
	t->hooks.on_kdf = count_kdf;
	t->hooks.fail_crypto = fail_crypto;
	t->hooks.ctx = t;
}

char *test_mkdtemp(void)
{
	const char *base = getenv("TMPDIR");
	if (base == NULL || base[0] == '\0') {
		base = "/tmp";
	}
	char *path = test_path(base, "wisemind-crypto-XXXXXX");
	assert_non_null(mkdtemp(path));
	return path;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void test_rmdir(const char *path)
{
	nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *test_path(const char *dir, const char *name)
{
	char *p = NULL;
	assert_true(asprintf(&p, "%s/%s", dir, name) > 0);
	return p;
}

uint8_t *test_image(size_t len, uint32_t seed)
{
	assert_true(len >= 4096 && len % 4096 == 0);
	uint8_t *img = malloc(len);
	assert_non_null(img);
	uint32_t x = seed * 2654435761u + 1;
	for (size_t i = 0; i < len; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		img[i] = (uint8_t)x;
	}
	memcpy(img, "SQLite format 3", 16);
	img[16] = 0x10; /* page size 4096, big-endian */
	img[17] = 0x00;
	return img;
}

uint8_t *test_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	long n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	uint8_t *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

void test_write(const char *path, const uint8_t *buf, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, buf, len), (ssize_t)len);
	close(fd);
}

void test_copy(const char *from, const char *to)
{
	size_t len;
	uint8_t *buf = test_read(from, &len);
	unlink(to);
	test_write(to, buf, len);
	free(buf);
}

struct vault_secret test_passphrase(const char *text)
{
	struct vault_secret s = {VAULT_SECRET_PASSPHRASE, text, strlen(text)};
	return s;
}

void test_make_vault(const char *dir, size_t len, uint32_t seed, char *recovery)
{
	struct test_hooks t;
	test_hooks_init(&t);
	uint8_t *img = test_image(len, seed);
	struct vault *v = NULL;
	assert_int_equal(vault_create_hooked(&t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN,
	                                     recovery, img, len, &v),
	                 VAULT_OK);
	vault_close(v);
	free(img);
}

enum vault_status test_open(const char *dir, const struct vault_secret *secret,
                            struct test_hooks *t, struct vault_opened *opened)
{
	struct vault *v = NULL;
	enum vault_status s =
	    vault_open_hooked(t != NULL ? &t->hooks : NULL, dir, NULL, secret, &v, opened);
	if (s != VAULT_OK) {
		assert_null(v);
		assert_null(opened->image);
	}
	vault_close(v);
	return s;
}

void test_flip(const char *path, long off)
{
	size_t len;
	uint8_t *buf = test_read(path, &len);
	size_t at = off < 0 ? len - (size_t)-off : (size_t)off;
	assert_true(at < len);
	buf[at] ^= 0x01;
	test_write(path, buf, len);
	free(buf);
}
