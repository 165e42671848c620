/* STORAGE.md §5 #15: the committed format-1 vault in golden/ opens with
 * its test passphrase and recovery key, in every build, forever; and the
 * payload encoder's exact output bytes match golden/kat.py, which
 * computes them without libsodium. This binary swaps in a deterministic
 * randombytes (libsodium's own test seam) so the stream header is known.
 *
 * To make a golden file for a new format version (never to replace an
 * old one): WISEMIND_GOLDEN_WRITE=DIR test_crypto_golden GOLDEN_DIR. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "crypto/vault.h"
#include "crypto/vault_payload.h"
#include "helpers.h"

#define GOLDEN_PASS "wisemind golden test key"
#define GOLDEN_RECOVERY "SZP0-J9J3-C1YS-NDYM-Y472-PJ35-GAFV-SPFP-2CR4-TTM7-MK0X-XYRR-6N90-4"
#define GOLDEN_TIME 1767225600u /* 2026-01-01T00:00:00Z */

static const char *golden_dir;

/* Byte i of the random stream is (i * 29 + 7) & 0xff: known to kat.py. */
static uint64_t det_pos;

static void det_buf(void *const buf, const size_t size)
{
	uint8_t *p = buf;
	for (size_t i = 0; i < size; i++) {
		p[i] = (uint8_t)((det_pos++ * 29 + 7) & 0xff);
	}
}

static uint32_t det_random(void)
{
	uint32_t v;
	det_buf(&v, sizeof(v));
	return v;
}

static const char *det_name(void)
{
	return "wisemind-test-deterministic";
}

/* Not const: libsodium 1.0.18 takes a non-const pointer. */
static randombytes_implementation det_rng = {
    .implementation_name = det_name,
    .random = det_random,
    .buf = det_buf,
};

/* The golden image: 8 KiB, pinned here (not in helpers) so it never moves. */
static void golden_image(uint8_t *img, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		img[i] = (uint8_t)((i * 131 + 17) & 0xff);
	}
	memcpy(img, "SQLite format 3\0\x10\x00", 18);
}

static uint64_t golden_now(void *ctx)
{
	(void)ctx;
	return GOLDEN_TIME;
}

static void check_golden(const struct vault_secret *s)
{
	char *dir = test_mkdtemp();
	char *src = test_path(golden_dir, "vault-v1.vault");
	char *dst = test_path(dir, VAULT_FILE_NAME);
	test_copy(src, dst);
	struct vault_opened o;
	/* No hooks: exactly what the shipped program does. */
	struct vault *v = NULL;
	assert_int_equal(vault_open(dir, NULL, s, &v, &o), VAULT_OK);
	uint8_t want[8192];
	golden_image(want, sizeof(want));
	assert_int_equal(o.image_len, sizeof(want));
	assert_memory_equal(o.image, want, sizeof(want));
	assert_int_equal(o.generation, 1);
	assert_int_equal(o.saved_at, GOLDEN_TIME);
	assert_true(o.has_recovery);
	assert_false(o.from_prev);
	vault_opened_finish(&o);
	vault_close(v);
	free(src);
	free(dst);
	test_rmdir(dir);
	free(dir);
}

static void test_golden_v1_passphrase(void **state)
{
	(void)state;
	struct vault_secret s = test_passphrase(GOLDEN_PASS);
	check_golden(&s);
}

static void test_golden_v1_recovery(void **state)
{
	(void)state;
	struct vault_secret s = {VAULT_SECRET_RECOVERY, GOLDEN_RECOVERY, strlen(GOLDEN_RECOVERY)};
	check_golden(&s);
}

struct buffer {
	uint8_t *data;
	size_t len, cap;
};

static int buffer_write(void *ctx, const uint8_t *buf, size_t n)
{
	struct buffer *b = ctx;
	assert_true(b->len + n <= b->cap);
	memcpy(b->data + b->len, buf, n);
	b->len += n;
	return 0;
}

static void test_payload_kat(void **state)
{
	(void)state;
	uint8_t pk[32], header[160] = {0}, image[4096];
	for (int i = 0; i < 32; i++) {
		pk[i] = (uint8_t)i;
	}
	struct vault_header h = {0};
	for (int i = 0; i < 16; i++) {
		h.file_id[i] = (uint8_t)(0x60 + i);
		h.slots[0].salt[i] = (uint8_t)(0x80 + i);
	}
	for (int i = 0; i < 24; i++) {
		h.slots[0].nonce[i] = (uint8_t)(0x40 + i);
	}
	h.slot_count = 1;
	h.slots[0].type = VAULT_SLOT_PASSPHRASE;
	h.slots[0].kdf = VAULT_KDF_ARGON2ID13;
	h.slots[0].opslimit = 3;
	h.slots[0].memlimit = 256u << 20;
	assert_int_equal(vault_header_encode(&h, header, sizeof(header)), 160);
	golden_image(image, sizeof(image));
	struct vault_inner inner = {.generation = 7, .saved_at = GOLDEN_TIME};
	struct buffer b = {malloc(2u << 20), 0, 2u << 20};
	struct vault_writer w = {buffer_write, &b};
	det_pos = 0; /* the stream header is the next draw */
	assert_int_equal(vault_payload_encode(pk, header, sizeof(header), &inner, image,
	                                      sizeof(image), NULL, &w),
	                 VAULT_OK);
	assert_int_equal(b.len, 1049025);
	uint8_t digest[32], want[32];
	crypto_generichash(digest, sizeof(digest), b.data, b.len, NULL, 0);
	const char *hex = "ab5c491c25ee5d8351f0215a02079b1c5ed59e273bf421769a6a984a41c804ec";
	assert_int_equal(sodium_hex2bin(want, sizeof(want), hex, strlen(hex), NULL, NULL, NULL), 0);
	assert_memory_equal(digest, want, 32);
	free(b.data);
}

/* Writes a new golden vault into dir and prints its recovery key. */
static int write_golden(const char *dir)
{
	struct test_hooks t;
	test_hooks_init(&t);
	t.hooks.now = golden_now;
	uint8_t img[8192];
	golden_image(img, sizeof(img));
	char rk[VAULT_RECOVERY_TEXT_SIZE];
	struct vault *v = NULL;
	enum vault_status s = vault_create_hooked(&t.hooks, dir, NULL, GOLDEN_PASS,
	                                          strlen(GOLDEN_PASS), rk, img, sizeof(img), &v);
	vault_close(v);
	if (s != VAULT_OK) {
		fprintf(stderr, "%s\n", vault_status_message(s));
		return 1;
	}
	printf("recovery key: %s\n", rk);
	return 0;
}

int main(int argc, char **argv)
{
	randombytes_set_implementation(&det_rng);
	if (argc < 2) {
		fprintf(stderr, "usage: test_crypto_golden GOLDEN_DIR\n");
		return 2;
	}
	golden_dir = argv[1];
	const char *write_to = getenv("WISEMIND_GOLDEN_WRITE");
	if (write_to != NULL && write_to[0] != '\0') {
		return write_golden(write_to);
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_golden_v1_passphrase),
	    cmocka_unit_test(test_golden_v1_recovery),
	    cmocka_unit_test(test_payload_kat),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
