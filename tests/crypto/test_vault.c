/* crypto/vault*.c: create, open, save, rekey, fallback and freshness,
 * against STORAGE.md §5 #1-#6, #8, #9, #14, #17, #19. Every vault uses
 * Argon2id ops 1 / 8 MiB through the test hooks, except the one test
 * that checks what the shipped path writes. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "crypto/vault.h"
#include "crypto/vault_format.h"
#include "helpers.h"

#define IMG_LEN (200 * 1024) /* chunks 0-3 hold data, 3-15 padding */
#define HDR2 (32 + 2 * 104 + 24)
#define CHUNK(i) (HDR2 + 65 + (size_t)(i) * (65536 + 17))

struct fixture {
	char *dir;
	char *file;
	char *prev;
	char recovery[VAULT_RECOVERY_TEXT_SIZE];
	struct test_hooks t;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = test_mkdtemp();
	f->file = test_path(f->dir, VAULT_FILE_NAME);
	f->prev = test_path(f->dir, VAULT_PREV_NAME);
	test_hooks_init(&f->t);
	test_make_vault(f->dir, IMG_LEN, 1, f->recovery);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	test_rmdir(f->dir);
	free(f->dir);
	free(f->file);
	free(f->prev);
	free(f);
	return 0;
}

static struct vault_secret recovery_secret(const char *text)
{
	struct vault_secret s = {VAULT_SECRET_RECOVERY, text, strlen(text)};
	return s;
}

/* Opens f with the passphrase (or recovery key), checks the image is
 * image(len, seed) and returns the generation. */
static uint64_t open_expect(struct fixture *f, const struct vault_secret *s, size_t len,
                            uint32_t seed)
{
	struct vault_opened o;
	assert_int_equal(test_open(f->dir, s, &f->t, &o), VAULT_OK);
	uint8_t *want = test_image(len, seed);
	assert_int_equal(o.image_len, len);
	assert_memory_equal(o.image, want, len);
	free(want);
	uint64_t gen = o.generation;
	vault_opened_finish(&o);
	return gen;
}

static struct vault *open_vault(struct fixture *f, const char *state_dir, struct vault_opened *o)
{
	struct vault *v = NULL;
	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, state_dir, &s, &v, o), VAULT_OK);
	return v;
}

static void save_seed(struct vault *v, size_t len, uint32_t seed)
{
	uint8_t *img = test_image(len, seed);
	assert_int_equal(vault_save(v, img, len), VAULT_OK);
	free(img);
}

static void test_round_trip(void **state)
{
	struct fixture *f = *state;
	struct stat st;
	assert_int_equal(stat(f->dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(f->file, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(st.st_size, vault_file_len(HDR2, vault_padded_len(IMG_LEN)));
	assert_int_not_equal(access(f->prev, F_OK), 0); /* nothing older yet */

	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	assert_int_equal(o.generation, 1);
	assert_true(o.has_recovery);
	assert_false(o.from_prev);
	assert_true(o.saved_at > 1700000000);
	vault_opened_finish(&o);
	vault_opened_finish(&o); /* twice is fine */
	assert_null(o.image);
	save_seed(v, 8192, 2);
	assert_int_equal(vault_generation(v), 2);
	vault_close(v);

	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(open_expect(f, &s, 8192, 2), 2);
	struct vault_secret r = recovery_secret(f->recovery);
	assert_int_equal(open_expect(f, &r, 8192, 2), 2);
	assert_int_equal(stat(f->prev, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

/* #3: wrong passphrase, wrong or mistyped recovery key, no key, then the
 * right one in the same process. */
static void test_wrong_keys(void **state)
{
	struct fixture *f = *state;
	struct vault_opened o;
	struct vault_secret s = test_passphrase("correct horse battery!");
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), VAULT_E_AUTH);
	assert_int_equal(vault_status_exit_code(VAULT_E_AUTH), 3);
	s = test_passphrase("");
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), VAULT_E_AUTH);

	char other[VAULT_RECOVERY_TEXT_SIZE];
	uint8_t key[32];
	randombytes_buf(key, sizeof(key));
	vault_recovery_encode(other, key);
	struct vault_secret r = recovery_secret(other);
	assert_int_equal(test_open(f->dir, &r, &f->t, &o), VAULT_E_RECOVERY_AUTH);
	other[3] = other[3] == 'A' ? 'B' : 'A';
	assert_int_equal(test_open(f->dir, &r, &f->t, &o), VAULT_E_RECOVERY_FORMAT);
	r = recovery_secret(TEST_PASS);
	assert_int_equal(test_open(f->dir, &r, &f->t, &o), VAULT_E_RECOVERY_FORMAT);

	struct vault_secret none = {VAULT_SECRET_PASSPHRASE, NULL, 0};
	assert_int_equal(test_open(f->dir, &none, &f->t, &o), VAULT_E_ARGUMENT);

	s = test_passphrase(TEST_PASS);
	assert_int_equal(open_expect(f, &s, IMG_LEN, 1), 1);
	r = recovery_secret(f->recovery);
	assert_int_equal(open_expect(f, &r, IMG_LEN, 1), 1);
	/* Failures left no temp files behind. */
	struct vault_opened o2;
	struct vault *v = open_vault(f, NULL, &o2);
	assert_int_equal(o2.stale_removed, 0);
	vault_opened_finish(&o2);
	vault_close(v);
}

static void test_no_recovery_slot(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	test_make_vault(dir, 4096, 3, NULL);
	char text[VAULT_RECOVERY_TEXT_SIZE];
	uint8_t key[32] = {0};
	vault_recovery_encode(text, key);
	struct vault_secret r = recovery_secret(text);
	struct vault_opened o;
	assert_int_equal(test_open(dir, &r, NULL, &o), VAULT_E_NO_RECOVERY_SLOT);
	test_rmdir(dir);
	free(dir);
}

/* #1: one flipped byte anywhere fails the open, and no image comes back
 * (test_open asserts that). Header fields fail the parse or the slot
 * unwrap; payload bytes fail the stream's MAC. */
static void test_tamper_every_offset(void **state)
{
	struct fixture *f = *state;
	size_t len;
	uint8_t *orig = test_read(f->file, &len);
	const size_t offsets[] = {
	    0,
	    7, /* magic */
	    8,
	    9, /* version */
	    10,
	    11, /* header_len */
	    12,
	    27, /* file_id */
	    28,
	    29,
	    31, /* slot_count, reserved */
	    32,
	    33,
	    34,
	    36,
	    40,
	    44,
	    48,
	    63, /* slot 0: type kdf reserved ops mem salt */
	    64,
	    87,
	    88,
	    120,
	    135, /* slot 0: nonce, wrapped MK and its tag */
	    136,
	    137,
	    140,
	    152,
	    168,
	    192,
	    239, /* slot 1 (recovery) */
	    HDR2 - 24,
	    HDR2 - 1, /* secretstream header */
	    HDR2,
	    HDR2 + 1,
	    HDR2 + 48,
	    HDR2 + 64, /* message 0: tag byte, body, MAC */
	    CHUNK(0),
	    CHUNK(0) + 1,    /* first chunk */
	    CHUNK(1) + 1000, /* a middle chunk */
	    CHUNK(3) + 5000, /* the last data bytes */
	    CHUNK(3) + 20000,
	    CHUNK(8) + 100, /* padding */
	    CHUNK(15),
	    CHUNK(15) + 1,
	    len - 1, /* the FINAL chunk and its MAC */
	};
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_secret r = recovery_secret(f->recovery);
	for (size_t i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++) {
		test_flip(f->file, offsets[i]);
		struct vault_opened o;
		enum vault_status st = test_open(f->dir, &s, &f->t, &o);
		if (st != VAULT_OK) {
			st = test_open(f->dir, &r, &f->t, &o);
		}
		if (vault_status_exit_code(st) != 3) {
			fail_msg("flipping offset %zu gave status %d", offsets[i], st);
		}
		test_write(f->file, orig, len);
	}
	free(orig);
	assert_int_equal(open_expect(f, &s, IMG_LEN, 1), 1);
}

/* secretstream's pull without the MAC check: the construction of
 * libsodium's crypto_secretstream_xchacha20poly1305_pull, minus the
 * Poly1305 comparison. Only for the control test below. The state's
 * 12-byte nonce is a 4-byte counter then an 8-byte "inonce" (private
 * constants of libsodium's secretstream.c). */
#define SS_COUNTERBYTES 4
#define SS_INONCEBYTES 8
static int pull_without_mac(crypto_secretstream_xchacha20poly1305_state *st, unsigned char *m,
                            unsigned long long *mlen_p, unsigned char *tag_p,
                            const unsigned char *in, unsigned long long inlen,
                            const unsigned char *ad, unsigned long long adlen)
{
	(void)ad;
	(void)adlen;
	if (inlen < crypto_secretstream_xchacha20poly1305_ABYTES) {
		return -1;
	}
	unsigned long long mlen = inlen - crypto_secretstream_xchacha20poly1305_ABYTES;
	unsigned char block[64] = {0};
	block[0] = in[0];
	crypto_stream_chacha20_ietf_xor_ic(block, block, sizeof(block), st->nonce, 1, st->k);
	*tag_p = block[0];
	crypto_stream_chacha20_ietf_xor_ic(m, in + 1, mlen, st->nonce, 2, st->k);
	const unsigned char *stored_mac = in + 1 + mlen;
	for (size_t i = 0; i < SS_INONCEBYTES; i++) {
		st->nonce[SS_COUNTERBYTES + i] ^= stored_mac[i];
	}
	sodium_increment(st->nonce, SS_COUNTERBYTES);
	if (mlen_p != NULL) {
		*mlen_p = mlen;
	}
	return 0;
}

/* #2: the control. With the MAC check replaced, the pristine file still
 * opens (so the replacement decrypts correctly), and the same flipped
 * data byte that #1 rejects now goes through, changing exactly that byte
 * of the image: #1 really tests the MAC. */
static void test_mac_control(void **state)
{
	struct fixture *f = *state;
	f->t.hooks.pull = pull_without_mac;
	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(open_expect(f, &s, IMG_LEN, 1), 1);
	size_t off = CHUNK(1) + 1000;
	test_flip(f->file, off);
	struct vault_opened o;
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), VAULT_OK);
	uint8_t *want = test_image(IMG_LEN, 1);
	size_t at = 65536 + 999; /* chunk 1's plaintext starts after its tag byte */
	assert_int_equal(o.image[at], want[at] ^ 0x01);
	o.image[at] ^= 0x01;
	assert_memory_equal(o.image, want, IMG_LEN);
	free(want);
	vault_opened_finish(&o);
	f->t.hooks.pull = NULL;
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), VAULT_E_DAMAGED);
}

static void expect_rejected(struct fixture *f, const uint8_t *buf, size_t len, const char *what)
{
	test_write(f->file, buf, len);
	struct vault_opened o;
	struct vault_secret s = test_passphrase(TEST_PASS);
	enum vault_status st = test_open(f->dir, &s, &f->t, &o);
	if (vault_status_exit_code(st) != 3) {
		fail_msg("%s: status %d", what, st);
	}
}

/* #4: truncation, trailing garbage, a repeated or missing FINAL, swapped
 * chunks. */
static void test_framing(void **state)
{
	struct fixture *f = *state;
	size_t len;
	uint8_t *orig = test_read(f->file, &len);
	uint8_t *buf = malloc(len + 2 * 65536);
	char what[64];
	for (unsigned i = 0; i <= 15; i++) {
		snprintf(what, sizeof(what), "cut at chunk %u", i);
		expect_rejected(f, orig, CHUNK(i), what);
		snprintf(what, sizeof(what), "cut inside chunk %u", i);
		expect_rejected(f, orig, CHUNK(i) + 3000, what);
	}
	expect_rejected(f, orig, HDR2 + 30, "cut inside message 0");
	expect_rejected(f, orig, HDR2, "header only");
	expect_rejected(f, orig, 0, "empty file");
	expect_rejected(f, orig, len - 1, "one byte short");
	const size_t garbage[] = {1, 17, 65553};
	for (size_t g = 0; g < 3; g++) {
		memcpy(buf, orig, len);
		memset(buf + len, 0xa5, garbage[g]);
		snprintf(what, sizeof(what), "%zu bytes appended", garbage[g]);
		expect_rejected(f, buf, len + garbage[g], what);
	}
	size_t final_len = len - CHUNK(15);
	memcpy(buf, orig, len);
	memcpy(buf + len, orig + CHUNK(15), final_len);
	expect_rejected(f, buf, len + final_len, "FINAL twice");
	expect_rejected(f, orig, CHUNK(15), "FINAL dropped");
	memcpy(buf, orig, len);
	memcpy(buf + CHUNK(5), orig + CHUNK(6), 65553);
	memcpy(buf + CHUNK(6), orig + CHUNK(5), 65553);
	expect_rejected(f, buf, len, "chunks 5 and 6 swapped");
	memcpy(buf, orig, len);
	memcpy(buf + CHUNK(14), orig + CHUNK(14) - 65553, 65553);
	expect_rejected(f, buf, len, "chunk 13 repeated as 14");
	free(buf);
	test_write(f->file, orig, len);
	free(orig);
}

/* Patches bytes of the vault file and checks the open is refused without
 * running Argon2id once. */
static void expect_refused_before_kdf(struct fixture *f, size_t off, const void *bytes, size_t n,
                                      enum vault_status want)
{
	size_t len;
	uint8_t *orig = test_read(f->file, &len);
	uint8_t *buf = malloc(len);
	memcpy(buf, orig, len);
	memcpy(buf + off, bytes, n);
	test_write(f->file, buf, len);
	f->t.kdf_calls = 0;
	struct vault_opened o;
	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), want);
	assert_int_equal(f->t.kdf_calls, 0);
	test_write(f->file, orig, len);
	free(buf);
	free(orig);
}

/* #5: parameters out of bounds and malformed headers never reach the KDF. */
static void test_rejected_before_kdf(void **state)
{
	struct fixture *f = *state;
	const uint8_t ops0[4] = {0}, ops_max[4] = {0xff, 0xff, 0xff, 0xff};
	const uint8_t mem64g[8] = {0, 0, 0, 0, 0x10, 0, 0, 0};
	expect_refused_before_kdf(f, 36, ops0, 4, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 36, ops_max, 4, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 40, mem64g, 8, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 8, "\x02", 1, VAULT_E_VERSION);
	expect_refused_before_kdf(f, 28, "\x00", 1, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 28, "\xff", 1, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 10, "\xff\xff", 2, VAULT_E_HEADER);
	expect_refused_before_kdf(f, 0, "NOTMINE!", 8, VAULT_E_NOT_VAULT);
	/* And the untouched file does run it, once. */
	f->t.kdf_calls = 0;
	struct vault_secret s = test_passphrase(TEST_PASS);
	open_expect(f, &s, IMG_LEN, 1);
	assert_int_equal(f->t.kdf_calls, 1);
}

/* #6: lowering a slot's opslimit (still within the caps) makes the unwrap
 * fail, because the parameters are in the slot's AD. */
static void test_lowered_opslimit(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	struct test_hooks t;
	test_hooks_init(&t);
	t.hooks.kdf_opslimit = 2;
	uint8_t *img = test_image(4096, 5);
	struct vault *v = NULL;
	assert_int_equal(
	    vault_create_hooked(&t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN, NULL, img, 4096, &v),
	    VAULT_OK);
	vault_close(v);
	char *file = test_path(dir, VAULT_FILE_NAME);
	size_t len;
	uint8_t *buf = test_read(file, &len);
	assert_int_equal(buf[36], 2);
	buf[36] = 1;
	test_write(file, buf, len);
	struct vault_opened o;
	struct vault_secret s = test_passphrase(TEST_PASS);
	t.kdf_calls = 0;
	assert_int_equal(test_open(dir, &s, &t, &o), VAULT_E_AUTH);
	assert_int_equal(t.kdf_calls, 1); /* the KDF ran, with ops 1, and the unwrap failed */
	buf[36] = 2;
	test_write(file, buf, len);
	assert_int_equal(test_open(dir, &s, &t, &o), VAULT_OK);
	vault_opened_finish(&o);
	free(buf);
	free(file);
	free(img);
	test_rmdir(dir);
	free(dir);
}

/* #8: the same image saved twice gives different bytes; two vaults with
 * one passphrase get different salts, file ids and wrapped keys. */
static void test_ciphertexts_differ(void **state)
{
	struct fixture *f = *state;
	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	vault_opened_finish(&o);
	save_seed(v, 8192, 9);
	size_t a_len, b_len;
	uint8_t *a = test_read(f->file, &a_len);
	save_seed(v, 8192, 9);
	uint8_t *b = test_read(f->file, &b_len);
	vault_close(v);
	assert_int_equal(a_len, b_len);
	assert_memory_equal(a, b, HDR2 - 24);                      /* same slots */
	assert_memory_not_equal(a + HDR2 - 24, b + HDR2 - 24, 24); /* fresh stream header */
	assert_memory_not_equal(a + CHUNK(0), b + CHUNK(0), 4096);
	free(a);
	free(b);

	char *dir2 = test_mkdtemp();
	test_make_vault(dir2, IMG_LEN, 1, NULL);
	char *file2 = test_path(dir2, VAULT_FILE_NAME);
	a = test_read(f->file, &a_len);
	b = test_read(file2, &b_len);
	assert_memory_not_equal(a + 12, b + 12, 16); /* file_id */
	assert_memory_not_equal(a + 48, b + 48, 16); /* salt */
	assert_memory_not_equal(a + 88, b + 88, 48); /* wrapped MK */
	free(a);
	free(b);
	free(file2);
	test_rmdir(dir2);
	free(dir2);
}

/* #9: 1.1 MB and 1.9 MB images give files of one size. */
static void test_size_buckets(void **state)
{
	(void)state;
	char *d1 = test_mkdtemp(), *d2 = test_mkdtemp();
	test_make_vault(d1, 275 * 4096, 1, NULL); /* 1.1 MB */
	test_make_vault(d2, 475 * 4096, 2, NULL); /* 1.9 MB */
	char *p1 = test_path(d1, VAULT_FILE_NAME), *p2 = test_path(d2, VAULT_FILE_NAME);
	struct stat s1, s2;
	assert_int_equal(stat(p1, &s1), 0);
	assert_int_equal(stat(p2, &s2), 0);
	assert_int_equal(s1.st_size, s2.st_size);
	assert_true(s1.st_size > 2 * 1024 * 1024);
	free(p1);
	free(p2);
	test_rmdir(d1);
	test_rmdir(d2);
	free(d1);
	free(d2);
}

/* #14: passphrase change, new recovery key, full rekey. */
static void test_key_changes(void **state)
{
	struct fixture *f = *state;
	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	vault_opened_finish(&o);
	uint8_t *img = test_image(8192, 4);
	const char *newpass = "a new passphrase here";
	assert_int_equal(vault_check_passphrase(v, TEST_PASS, TEST_PASS_LEN), VAULT_OK);
	assert_int_equal(vault_check_passphrase(v, newpass, strlen(newpass)), VAULT_E_AUTH);
	assert_int_equal(vault_change_passphrase(v, "short", 5, img, 8192),
	                 VAULT_E_PASSPHRASE_SHORT);
	assert_int_equal(vault_change_passphrase(v, newpass, strlen(newpass), img, 8192), VAULT_OK);
	assert_int_equal(vault_check_passphrase(v, newpass, strlen(newpass)), VAULT_OK);
	vault_close(v);
	struct vault_secret old = test_passphrase(TEST_PASS), neu = test_passphrase(newpass);
	struct vault_secret rec = recovery_secret(f->recovery);
	/* The old passphrase still opens diary.vault.prev, which is older: it
	 * is refused, never used to roll the diary back (issue 8). */
	assert_int_equal(test_open(f->dir, &old, &f->t, &o), VAULT_E_SECRET_CHANGED);
	vault_opened_finish(&o);
	open_expect(f, &neu, 8192, 4);
	open_expect(f, &rec, 8192, 4);

	/* A new recovery key: the old one stops, the passphrase still works.
	 * It needs the current passphrase. */
	v = NULL;
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, NULL, &neu, &v, &o), VAULT_OK);
	vault_opened_finish(&o);
	char rk2[VAULT_RECOVERY_TEXT_SIZE];
	assert_int_equal(vault_new_recovery_key(v, TEST_PASS, TEST_PASS_LEN, rk2, img, 8192),
	                 VAULT_E_AUTH);
	assert_int_equal(vault_new_recovery_key(v, newpass, strlen(newpass), rk2, img, 8192),
	                 VAULT_OK);
	assert_string_not_equal(rk2, f->recovery);
	vault_close(v);
	assert_int_equal(test_open(f->dir, &rec, &f->t, &o), VAULT_E_SECRET_CHANGED);
	vault_opened_finish(&o);
	struct vault_secret rec2 = recovery_secret(rk2);
	open_expect(f, &rec2, 8192, 4);
	open_expect(f, &neu, 8192, 4);

	/* Full rekey: every old key stops. */
	v = NULL;
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, NULL, &rec2, &v, &o), VAULT_OK);
	vault_opened_finish(&o);
	char rk3[VAULT_RECOVERY_TEXT_SIZE];
	assert_int_equal(vault_rekey(v, TEST_PASS, TEST_PASS_LEN, rk3, img, 8192), VAULT_OK);
	vault_close(v);
	assert_int_equal(test_open(f->dir, &rec2, &f->t, &o), VAULT_E_RECOVERY_AUTH);
	assert_int_equal(test_open(f->dir, &neu, &f->t, &o), VAULT_E_AUTH);
	struct vault_secret rec3 = recovery_secret(rk3);
	open_expect(f, &rec3, 8192, 4);
	open_expect(f, &old, 8192, 4);
	free(img);
}

/* Adding a recovery key to a vault without one changes the header length
 * the passphrase slot is bound to: the passphrase must keep working. */
static void test_add_recovery(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	test_make_vault(dir, 4096, 6, NULL);
	struct test_hooks t;
	test_hooks_init(&t);
	struct vault_secret s = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = NULL;
	assert_int_equal(vault_open_hooked(&t.hooks, dir, NULL, &s, &v, &o), VAULT_OK);
	assert_false(vault_has_recovery(v));
	char rk[VAULT_RECOVERY_TEXT_SIZE];
	assert_int_equal(
	    vault_new_recovery_key(v, TEST_PASS, TEST_PASS_LEN, rk, o.image, o.image_len),
	    VAULT_OK);
	assert_true(vault_has_recovery(v));
	vault_opened_finish(&o);
	vault_close(v);
	assert_int_equal(test_open(dir, &s, &t, &o), VAULT_OK);
	vault_opened_finish(&o);
	struct vault_secret r = recovery_secret(rk);
	assert_int_equal(test_open(dir, &r, &t, &o), VAULT_OK);
	assert_int_equal(o.generation, 2);
	vault_opened_finish(&o);
	test_rmdir(dir);
	free(dir);
}

/* #17: a replaced older file is reported; so are a missing or damaged
 * state file. */
static void test_rollback_warning(void **state)
{
	struct fixture *f = *state;
	char *state_dir = test_path(f->dir, "state/wisemind"); /* created on demand */
	struct vault_opened o;
	struct vault *v = open_vault(f, state_dir, &o);
	assert_int_equal(o.freshness, FRESHNESS_NO_RECORD); /* first time with this state dir */
	vault_opened_finish(&o);
	save_seed(v, 8192, 2);
	char *old = test_path(f->dir, "old-copy");
	test_copy(f->file, old);
	save_seed(v, 8192, 3);
	vault_close(v);

	v = open_vault(f, state_dir, &o);
	assert_int_equal(o.freshness, FRESHNESS_OK);
	assert_int_equal(o.generation, 3);
	vault_opened_finish(&o);
	vault_close(v);

	test_copy(old, f->file);
	v = open_vault(f, state_dir, &o);
	assert_int_equal(o.freshness, FRESHNESS_OLDER);
	assert_int_equal(o.generation, 2);
	assert_int_equal(o.highest_seen, 3);
	vault_opened_finish(&o);
	vault_close(v);

	char *record = test_path(state_dir, FRESHNESS_NAME);
	test_flip(record, 8 + 16 + 1); /* the generation: the MAC fails */
	v = open_vault(f, state_dir, &o);
	assert_int_equal(o.freshness, FRESHNESS_INVALID);
	vault_opened_finish(&o);
	vault_close(v);
	unlink(record);
	v = open_vault(f, state_dir, &o);
	assert_int_equal(o.freshness, FRESHNESS_NO_RECORD);
	vault_opened_finish(&o);
	vault_close(v);
	free(record);
	free(old);
	free(state_dir);
}

/* #19: a damaged diary.vault falls back to diary.vault.prev, labelled as
 * older; the next save does not replace the good prev with the damaged
 * file. */
static void test_fallback_to_prev(void **state)
{
	struct fixture *f = *state;
	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	vault_opened_finish(&o);
	save_seed(v, 8192, 2); /* generation 2; prev is generation 1 */
	vault_close(v);
	test_flip(f->file, CHUNK(0) + 10);

	v = open_vault(f, NULL, &o);
	assert_true(o.from_prev);
	assert_int_equal(o.damage, VAULT_E_DAMAGED);
	assert_int_equal(o.generation, 1);
	uint8_t *want = test_image(IMG_LEN, 1);
	assert_memory_equal(o.image, want, IMG_LEN);
	free(want);
	vault_opened_finish(&o);
	save_seed(v, 4096, 7);
	assert_int_equal(vault_generation(v), 2);
	vault_close(v);
	/* prev is still the good generation 1. */
	test_copy(f->prev, f->file);
	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(open_expect(f, &s, IMG_LEN, 1), 1);

	/* A damaged header falls back too. */
	test_flip(f->file, 0);
	f->t.kdf_calls = 0;
	v = open_vault(f, NULL, &o);
	assert_true(o.from_prev);
	assert_int_equal(o.damage, VAULT_E_NOT_VAULT);
	vault_opened_finish(&o);
	vault_close(v);

	/* Both damaged: refused. */
	test_flip(f->prev, CHUNK(2));
	assert_int_equal(test_open(f->dir, &s, &f->t, &o), VAULT_E_NOT_VAULT);
	/* The wrong passphrase does not quietly try the older copy. */
	test_flip(f->file, 0);
	test_flip(f->prev, CHUNK(2));
	struct vault_secret wrong = test_passphrase("not the passphrase");
	assert_int_equal(test_open(f->dir, &wrong, &f->t, &o), VAULT_E_AUTH);
}

/* A fallback after a passphrase change keeps the new passphrase: prev
 * still has the old slot, but the slots of the current file are the ones
 * saved again. */
static void test_fallback_keeps_new_passphrase(void **state)
{
	struct fixture *f = *state;
	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	const char *newpass = "the passphrase after";
	assert_int_equal(vault_change_passphrase(v, newpass, strlen(newpass), o.image, o.image_len),
	                 VAULT_OK);
	vault_opened_finish(&o);
	vault_close(v);
	test_flip(f->file, CHUNK(2) + 7);
	struct vault_secret neu = test_passphrase(newpass), old = test_passphrase(TEST_PASS);
	v = NULL;
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, NULL, &neu, &v, &o), VAULT_OK);
	assert_true(o.from_prev);
	assert_int_equal(o.damage, VAULT_E_DAMAGED);
	assert_int_equal(vault_save(v, o.image, o.image_len), VAULT_OK);
	vault_opened_finish(&o);
	vault_close(v);
	assert_int_equal(test_open(f->dir, &old, &f->t, &o), VAULT_E_SECRET_CHANGED);
	vault_opened_finish(&o);
	assert_int_equal(open_expect(f, &neu, IMG_LEN, 1), 2);
}

static void test_stale_tmp_removed(void **state)
{
	struct fixture *f = *state;
	char *tmp = test_path(f->dir, VAULT_FILE_NAME ".tmp.0123456789abcdef");
	test_write(tmp, (const uint8_t *)"half a save", 11);
	struct vault_opened o;
	struct vault *v = open_vault(f, NULL, &o);
	assert_int_equal(o.stale_removed, 1);
	assert_int_not_equal(access(tmp, F_OK), 0);
	vault_opened_finish(&o);
	vault_close(v);
	free(tmp);
}

static void test_bad_inputs(void **state)
{
	struct fixture *f = *state;
	struct vault *v = NULL;
	uint8_t *img = test_image(4096, 1);
	assert_int_equal(vault_create_hooked(&f->t.hooks, f->dir, NULL, TEST_PASS, TEST_PASS_LEN,
	                                     NULL, img, 4096, &v),
	                 VAULT_E_EXISTS);
	assert_null(v);
	/* Nor over an orphaned backup copy. */
	test_copy(f->file, f->prev);
	unlink(f->file);
	assert_int_equal(vault_create_hooked(&f->t.hooks, f->dir, NULL, TEST_PASS, TEST_PASS_LEN,
	                                     NULL, img, 4096, &v),
	                 VAULT_E_EXISTS);
	assert_int_equal(access(f->prev, F_OK), 0);
	char *dir = test_mkdtemp();
	assert_int_equal(
	    vault_create_hooked(&f->t.hooks, dir, NULL, "1234567", 7, NULL, img, 4096, &v),
	    VAULT_E_PASSPHRASE_SHORT);
	img[0] = 'X';
	assert_int_equal(vault_create_hooked(&f->t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN, NULL,
	                                     img, 4096, &v),
	                 VAULT_E_IMAGE);
	assert_int_equal(vault_create_hooked(&f->t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN, NULL,
	                                     img, 4000, &v),
	                 VAULT_E_IMAGE);
	struct vault_opened o;
	struct vault_secret s = test_passphrase(TEST_PASS);
	assert_int_equal(test_open(dir, &s, &f->t, &o), VAULT_E_NO_VAULT);
	char *missing = test_path(dir, "missing/deeper");
	assert_int_equal(test_open(missing, &s, &f->t, &o), VAULT_E_NO_VAULT);
	/* Creating makes the missing parents. */
	img[0] = 'S';
	assert_int_equal(vault_create_hooked(&f->t.hooks, missing, NULL, TEST_PASS, TEST_PASS_LEN,
	                                     NULL, img, 4096, &v),
	                 VAULT_OK);
	/* Saving something that is not a database writes nothing. */
	img[1] = 'x';
	assert_int_equal(vault_save(v, img, 4096), VAULT_E_IMAGE);
	assert_int_equal(vault_generation(v), 1);
	vault_close(v);
	free(missing);
	test_rmdir(dir);
	free(dir);
	free(img);
}

/* The shipped path writes Argon2id MODERATE (one 256 MiB run). */
static void test_default_kdf_is_moderate(void **state)
{
	(void)state;
	char *dir = test_mkdtemp();
	uint8_t *img = test_image(4096, 1);
	struct vault *v = NULL;
	assert_int_equal(vault_create(dir, NULL, TEST_PASS, TEST_PASS_LEN, NULL, img, 4096, &v),
	                 VAULT_OK);
	vault_close(v);
	char *file = test_path(dir, VAULT_FILE_NAME);
	size_t len;
	uint8_t *buf = test_read(file, &len);
	assert_int_equal(buf[32], VAULT_SLOT_PASSPHRASE);
	assert_int_equal(buf[33], 2); /* Argon2id13, written explicitly */
	assert_int_equal(buf[36], 3);
	assert_memory_equal(buf + 40, "\x00\x00\x00\x10\x00\x00\x00\x00", 8); /* 256 MiB */
	free(buf);
	free(file);
	free(img);
	test_rmdir(dir);
	free(dir);
}

static void test_status_table(void **state)
{
	(void)state;
	for (int s = VAULT_OK; s <= VAULT_E_ARGUMENT; s++) {
		const char *m = vault_status_message((enum vault_status)s);
		assert_true(strlen(m) > 3);
		int code = vault_status_exit_code((enum vault_status)s);
		assert_true(code == 0 || code == 1 || code == 3 || code == 4);
		assert_true((code == 0) == (s == VAULT_OK));
	}
	assert_int_equal(vault_status_exit_code(VAULT_E_IN_USE), 4);
	assert_non_null(strstr(vault_status_message(VAULT_E_IN_USE), "another terminal"));
	/* Issue 8 #10: no promise of a backup copy that may not exist. The
	 * recovery key is offered by the app layer, where it knows whether
	 * one can open (tests/app/test_app.c). */
	assert_non_null(strstr(vault_status_message(VAULT_E_AUTH), "check the passphrase"));
	assert_null(strstr(vault_status_message(VAULT_E_AUTH), "shows the backup copy"));
	assert_int_equal(vault_status_exit_code(VAULT_E_SECRET_CHANGED), 3);
	assert_int_equal(vault_status_exit_code(VAULT_E_DAMAGED), 3);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
	    T(test_round_trip),
	    T(test_wrong_keys),
	    cmocka_unit_test(test_no_recovery_slot),
	    T(test_tamper_every_offset),
	    T(test_mac_control),
	    T(test_framing),
	    T(test_rejected_before_kdf),
	    cmocka_unit_test(test_lowered_opslimit),
	    T(test_ciphertexts_differ),
	    cmocka_unit_test(test_size_buckets),
	    T(test_key_changes),
	    cmocka_unit_test(test_add_recovery),
	    T(test_rollback_warning),
	    T(test_fallback_to_prev),
	    T(test_fallback_keeps_new_passphrase),
	    T(test_stale_tmp_removed),
	    T(test_bad_inputs),
	    cmocka_unit_test(test_default_kdf_is_moderate),
	    cmocka_unit_test(test_status_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
