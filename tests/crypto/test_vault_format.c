/* crypto/vault_format.c and vault_keys.c: the header parser's bounds
 * (STORAGE.md §5 #5 at the parser), padding buckets (#9), the recovery
 * key text, and known answers for the slot wrap and the subkeys (#15),
 * computed independently by golden/kat.py. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "crypto/vault_format.h"
#include "crypto/vault_keys.h"

static const struct vault_kdf_caps caps = {1, 16, 8u << 20, 2ull << 30};

static void hex_to(uint8_t *out, const char *hex, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned v;
		assert_int_equal(sscanf(hex + 2 * i, "%2x", &v), 1);
		out[i] = (uint8_t)v;
	}
}

static void seq(uint8_t *p, size_t n, uint8_t start)
{
	for (size_t i = 0; i < n; i++) {
		p[i] = (uint8_t)(start + i);
	}
}

/* The KAT header: one passphrase slot, ops 3, 256 MiB, fixed bytes. */
static void kat_header(struct vault_header *h)
{
	memset(h, 0, sizeof(*h));
	seq(h->file_id, 16, 0x60);
	h->slot_count = 1;
	h->slots[0].type = VAULT_SLOT_PASSPHRASE;
	h->slots[0].kdf = VAULT_KDF_ARGON2ID13;
	h->slots[0].opslimit = 3;
	h->slots[0].memlimit = 256u << 20;
	seq(h->slots[0].salt, 16, 0x80);
	seq(h->slots[0].nonce, 24, 0x40);
}

static size_t encode(const struct vault_header *h, uint8_t *buf)
{
	size_t n = vault_header_encode(h, buf, VAULT_HEADER_MAX);
	assert_int_equal(n, vault_header_len(h->slot_count));
	return n;
}

static void test_header_round_trip(void **state)
{
	(void)state;
	struct vault_header h, back;
	kat_header(&h);
	h.slot_count = 2;
	h.slots[1].type = VAULT_SLOT_RECOVERY;
	seq(h.stream_header, 24, 0xa0);
	uint8_t buf[VAULT_HEADER_MAX];
	size_t n = encode(&h, buf);
	assert_int_equal(n, 32 + 2 * 104 + 24);
	assert_memory_equal(buf, "WISEMIND\x01\x00", 10);
	assert_int_equal(buf[10] | buf[11] << 8, n);
	assert_int_equal(vault_header_decode(buf, n, &caps, &back), VAULT_OK);
	assert_int_equal(back.slot_count, 2);
	assert_int_equal(back.slots[0].opslimit, 3);
	assert_int_equal(back.slots[0].memlimit, 256u << 20);
	assert_memory_equal(back.stream_header, h.stream_header, 24);
	assert_memory_equal(back.file_id, h.file_id, 16);
}

/* Patches one slot field of an encoded one-slot header and decodes. */
static enum vault_status decode_with(size_t off, const void *bytes, size_t n)
{
	struct vault_header h, back;
	kat_header(&h);
	uint8_t buf[VAULT_HEADER_MAX + 64];
	size_t len = encode(&h, buf);
	memcpy(buf + off, bytes, n);
	return vault_header_decode(buf, len, &caps, &back);
}

static void test_header_bounds(void **state)
{
	(void)state;
	const uint8_t zero4[4] = {0}, big4[4] = {0, 0, 0, 1}, ops17[4] = {17};
	const uint8_t max4[4] = {0xff, 0xff, 0xff, 0xff};
	const uint8_t mem64g[8] = {0, 0, 0, 0, 0x10, 0, 0, 0};           /* 64 GiB */
	const uint8_t mem4m[8] = {0, 0, 0x40, 0, 0, 0, 0, 0};            /* 4 MiB */
	assert_int_equal(decode_with(32 + 4, zero4, 4), VAULT_E_HEADER); /* opslimit 0 */
	assert_int_equal(decode_with(32 + 4, big4, 4), VAULT_E_HEADER);  /* 2^24 */
	assert_int_equal(decode_with(32 + 4, max4, 4), VAULT_E_HEADER);  /* 2^32 - 1 */
	assert_int_equal(decode_with(32 + 4, ops17, 4), VAULT_E_HEADER);
	assert_int_equal(decode_with(32 + 8, mem64g, 8), VAULT_E_HEADER);
	assert_int_equal(decode_with(32 + 8, mem4m, 8), VAULT_E_HEADER);
	assert_int_equal(decode_with(32 + 1, "\x01", 1), VAULT_E_HEADER); /* unknown KDF */
	assert_int_equal(decode_with(32, "\x03", 1), VAULT_E_HEADER);     /* unknown slot type */
	assert_int_equal(decode_with(32 + 2, "\x01", 1), VAULT_E_HEADER); /* reserved */
	assert_int_equal(decode_with(8, "\x02\x00", 2), VAULT_E_VERSION);
	assert_int_equal(decode_with(8, "\x00\x00", 2), VAULT_E_HEADER);
	assert_int_equal(decode_with(0, "WISEMINE", 8), VAULT_E_NOT_VAULT);
	assert_int_equal(decode_with(28, "\x00", 1), VAULT_E_HEADER); /* slot_count 0 */
	assert_int_equal(decode_with(28, "\xff", 1), VAULT_E_HEADER); /* slot_count 255 */
	assert_int_equal(decode_with(28, "\x05", 1), VAULT_E_HEADER);
	assert_int_equal(decode_with(28, "\x02", 1), VAULT_E_HEADER);     /* past header_len */
	assert_int_equal(decode_with(29, "\x01", 1), VAULT_E_HEADER);     /* reserved */
	assert_int_equal(decode_with(10, "\xff\xff", 2), VAULT_E_HEADER); /* header_len past EOF */
	assert_int_equal(decode_with(10, "\xa1\x00", 2), VAULT_E_HEADER); /* off by one */
	/* A recovery slot may carry no KDF parameters. */
	assert_int_equal(decode_with(32, "\x02\x00", 2), VAULT_E_HEADER);
	assert_int_equal(decode_with(32 + 4, max4, 0), VAULT_OK);
}

static void test_header_truncated(void **state)
{
	(void)state;
	struct vault_header h, back;
	kat_header(&h);
	uint8_t buf[VAULT_HEADER_MAX];
	size_t n = encode(&h, buf);
	for (size_t len = 0; len < n; len++) {
		enum vault_status s = vault_header_decode(buf, len, &caps, &back);
		assert_true(s == VAULT_E_NOT_VAULT || s == VAULT_E_HEADER);
	}
	assert_int_equal(vault_header_decode(buf, n, &caps, &back), VAULT_OK);
}

static void test_padding_buckets(void **state)
{
	(void)state;
	/* 1.1 MB and 1.9 MB land in the same 2 MiB bucket (#9). */
	uint64_t a = vault_padded_len(1100 * 1024), b = vault_padded_len(1900 * 1024);
	assert_int_equal(a, b);
	assert_int_equal(a + VAULT_INNER_LEN, 2u << 20);
	assert_int_equal(vault_file_len(160, a), vault_file_len(160, b));
	assert_int_equal(vault_padded_len(4096) + VAULT_INNER_LEN, 1u << 20);
	/* Exactly full: the inner header pushes it to the next bucket. */
	assert_int_equal(vault_padded_len(1u << 20) + VAULT_INNER_LEN, 2u << 20);
	assert_int_equal(vault_chunk_count(vault_padded_len(4096)), 16);
}

static void test_inner_bounds(void **state)
{
	(void)state;
	struct vault_inner in = {VAULT_INNER_VERSION, 0,    7,
	                         1700000000,          8192, vault_padded_len(8192)};
	struct vault_inner back;
	uint8_t buf[VAULT_INNER_LEN];
	vault_inner_encode(&in, buf);
	assert_int_equal(vault_inner_decode(buf, &back), VAULT_OK);
	assert_int_equal(back.generation, 7);
	in.db_len = in.padded_len + 1; /* db_len > padded_len */
	vault_inner_encode(&in, buf);
	assert_int_equal(vault_inner_decode(buf, &back), VAULT_E_DAMAGED);
	in.db_len = 8192;
	in.padded_len -= 1; /* not a whole bucket */
	vault_inner_encode(&in, buf);
	assert_int_equal(vault_inner_decode(buf, &back), VAULT_E_DAMAGED);
	in.padded_len += 1;
	in.flags = 1;
	vault_inner_encode(&in, buf);
	assert_int_equal(vault_inner_decode(buf, &back), VAULT_E_DAMAGED);
}

static void test_image_valid(void **state)
{
	(void)state;
	uint8_t img[8192] = "SQLite format 3";
	img[16] = 0x10;
	assert_true(vault_image_valid(img, 8192));
	assert_false(vault_image_valid(img, 8192 - 512)); /* not a whole page */
	img[16] = 0x03;                                   /* 768: not a power of two */
	assert_false(vault_image_valid(img, 8192));
	img[16] = 0x10;
	img[0] = 's';
	assert_false(vault_image_valid(img, 8192));
}

static void test_slot_wrap_kat(void **state)
{
	(void)state;
	struct vault_header h;
	kat_header(&h);
	uint8_t buf[VAULT_HEADER_MAX], ad[VAULT_SLOT_AD_LEN], kek[32], mk[32], out[48], want[48];
	encode(&h, buf);
	vault_slot_ad(buf, 0, ad);
	seq(kek, 32, 0x00);
	seq(mk, 32, 0x20);
	vault_wrap(out, mk, kek, h.slots[0].nonce, ad);
	hex_to(want,
	       "f4182753f4c55f31a7ddad9583b14bbda28b9ff7276c65ad5208c77e35391daf"
	       "2b63ae6dbc0b30ebdd60666e657bb933",
	       48);
	assert_memory_equal(out, want, 48);
	uint8_t back[32];
	assert_true(vault_unwrap(back, out, kek, h.slots[0].nonce, ad));
	assert_memory_equal(back, mk, 32);
	ad[50] ^= 1; /* the salt is bound */
	assert_false(vault_unwrap(back, out, kek, h.slots[0].nonce, ad));
}

static void test_subkey_kat(void **state)
{
	(void)state;
	uint8_t mk[32], kek[32], out[32], want[32];
	seq(mk, 32, 0x20);
	seq(kek, 32, 0x00);
	vault_kdf_payload(out, mk);
	hex_to(want, "5fd8d7ed6888c6fba66812e5ecbf4b56acfccc40a5f6b7e2c58b0e9f9bc39806", 32);
	assert_memory_equal(out, want, 32);
	vault_kdf_freshness(out, mk);
	hex_to(want, "2356df127fd0bf39f17198cca15fb38845b4e595082da5423f5243c4c7c9484e", 32);
	assert_memory_equal(out, want, 32);
	vault_kdf_recovery(out, kek);
	hex_to(want, "3f15fc1eb6baa8a207a81a7fdecfbd575e5b1a0d9fb496f6e994ad54b2094013", 32);
	assert_memory_equal(out, want, 32);
}

static void test_recovery_text(void **state)
{
	(void)state;
	uint8_t key[32], back[32];
	seq(key, 32, 0x00);
	char text[VAULT_RECOVERY_TEXT_SIZE];
	vault_recovery_encode(text, key);
	assert_string_equal(text,
	                    "000G-40R4-0M30-E209-185G-R38E-1W81-24GK-2GAH-C5RR-34D1-P70X-3RFG-2");
	assert_int_equal(strlen(text), VAULT_RECOVERY_TEXT_LEN);
	assert_true(vault_recovery_decode(back, text, strlen(text)));
	assert_memory_equal(back, key, 32);
	/* Lower case, no dashes, O for 0 and l for 1 still read. */
	const char *sloppy = "oooG40r40m30e209 185gr38el  w8124gk2gahc5rr34d1p70x3rfg2";
	assert_true(vault_recovery_decode(back, sloppy, strlen(sloppy)));
	assert_memory_equal(back, key, 32);
	/* One changed digit fails the check; so do wrong lengths and junk. */
	char typo[VAULT_RECOVERY_TEXT_SIZE];
	memcpy(typo, text, sizeof(typo));
	typo[5] = '5';
	assert_false(vault_recovery_decode(back, typo, strlen(typo)));
	assert_false(vault_recovery_decode(back, text, strlen(text) - 1));
	assert_false(vault_recovery_decode(back, "", 0));
	memcpy(typo, text, sizeof(typo));
	typo[0] = '!';
	assert_false(vault_recovery_decode(back, typo, strlen(typo)));
	/* The 4 spare bits must be zero. */
	memcpy(typo, text, sizeof(typo));
	typo[63] = 'H';
	assert_false(vault_recovery_decode(back, typo, strlen(typo)));
	/* Random keys round-trip, including check symbols like '*' and 'U'. */
	for (unsigned i = 0; i < 200; i++) {
		for (size_t j = 0; j < 32; j++) {
			key[j] = (uint8_t)(i * 131 + j * 17 + (i >> 3));
		}
		vault_recovery_encode(text, key);
		assert_true(vault_recovery_decode(back, text, strlen(text)));
		assert_memory_equal(back, key, 32);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_header_round_trip), cmocka_unit_test(test_header_bounds),
	    cmocka_unit_test(test_header_truncated),  cmocka_unit_test(test_padding_buckets),
	    cmocka_unit_test(test_inner_bounds),      cmocka_unit_test(test_image_valid),
	    cmocka_unit_test(test_slot_wrap_kat),     cmocka_unit_test(test_subkey_kat),
	    cmocka_unit_test(test_recovery_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
