/* libFuzzer target for the sealed-inbox reader (STORAGE.md §5 #20). The
 * first byte picks a mode: even, the rest is an inbox file read with a
 * fixed key pair; odd, the rest is a list of payloads that are sealed to
 * that key, optionally damaged or cut, and then read back, checking that
 * every record is accounted for. Built only with -Dfuzz=true (clang). */
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crypto/inbox_format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void parse(const uint8_t *buf, size_t len, const uint8_t *pk, const uint8_t *sk,
                  size_t sealed)
{
	struct inbox_batch b = {0};
	if (inbox_parse(&b, buf, len, pk, sk) != VAULT_OK) {
		abort();
	}
	if (b.count + b.unreadable + b.duplicates != len / INBOX_RECORD_LEN ||
	    b.torn != (len % INBOX_RECORD_LEN != 0) || (sealed > 0 && b.count > sealed)) {
		abort();
	}
	for (size_t i = 0; i < b.count; i++) {
		if (b.entries[i].len > INBOX_PAYLOAD_MAX) {
			abort();
		}
	}
	inbox_batch_finish(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint8_t pk[INBOX_KEY_LEN], sk[INBOX_KEY_LEN];
	static int ready;
	if (!ready) {
		uint8_t seed[crypto_box_SEEDBYTES] = {7};
		if (sodium_init() < 0 || crypto_box_seed_keypair(pk, sk, seed) != 0) {
			abort();
		}
		ready = 1;
	}
	if (size == 0) {
		return 0;
	}
	if ((data[0] & 1) == 0) {
		parse(data + 1, size - 1, pk, sk, 0);
		return 0;
	}
	enum { MAX = 8 };
	uint8_t *file = malloc(MAX * INBOX_RECORD_LEN + 1);
	if (file == NULL) {
		return 0;
	}
	size_t len = 0, sealed = 0, pos = 1;
	while (pos + 2 <= size && sealed < MAX) {
		size_t n = (size_t)(data[pos] | data[pos + 1] << 8) % (INBOX_PAYLOAD_MAX + 1);
		pos += 2;
		if (n > size - pos) {
			n = size - pos;
		}
		uint8_t id[INBOX_ID_LEN];
		if (inbox_record_seal(file + len, id, data + pos, n, pk) != VAULT_OK) {
			abort();
		}
		pos += n;
		if (pos < size && data[pos] == 0xee) {
			file[len + 4 + data[pos] % 200] ^= 1; /* damage it */
		}
		len += INBOX_RECORD_LEN;
		sealed++;
	}
	if (data[0] & 2 && len > 0) {
		len -= (size_t)data[0] % INBOX_RECORD_LEN; /* a torn tail */
	}
	parse(file, len, pk, sk, sealed);
	free(file);
	return 0;
}
