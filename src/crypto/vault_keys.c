#include "crypto/vault_keys.h"

#include <sodium.h>
#include <string.h>
#include <unistd.h>

static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

struct vault_kdf_caps vault_kdf_caps_default(void)
{
	struct vault_kdf_caps caps = {
	    .ops_min = 1,
	    .ops_max = 16,
	    .mem_min = (uint64_t)8 * 1024 * 1024,
	    .mem_max = (uint64_t)2 * 1024 * 1024 * 1024,
	};
	long pages = sysconf(_SC_PHYS_PAGES);
	long page_size = sysconf(_SC_PAGESIZE);
	if (pages > 0 && page_size > 0) {
		uint64_t half = (uint64_t)pages * (uint64_t)page_size / 2;
		if (half < caps.mem_max) {
			caps.mem_max = half;
		}
	}
	return caps;
}

bool vault_kdf_passphrase(uint8_t kek[VAULT_KEY_LEN], const char *passphrase, size_t len,
                          const struct vault_slot *slot)
{
	if (sodium_init() < 0) {
		return false;
	}
	return crypto_pwhash(kek, VAULT_KEY_LEN, passphrase, len, slot->salt, slot->opslimit,
	                     (size_t)slot->memlimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

void vault_kdf_recovery(uint8_t kek[VAULT_KEY_LEN], const uint8_t key[VAULT_RECOVERY_KEY_LEN])
{
	crypto_kdf_derive_from_key(kek, VAULT_KEY_LEN, 1, "WMrecov1", key);
}

void vault_kdf_payload(uint8_t pk[VAULT_KEY_LEN], const uint8_t mk[VAULT_KEY_LEN])
{
	crypto_kdf_derive_from_key(pk, VAULT_KEY_LEN, 1, "WMpayld1", mk);
}

void vault_kdf_freshness(uint8_t fk[VAULT_KEY_LEN], const uint8_t mk[VAULT_KEY_LEN])
{
	crypto_kdf_derive_from_key(fk, VAULT_KEY_LEN, 2, "WMfresh1", mk);
}

void vault_wrap(uint8_t out[VAULT_WRAPPED_LEN], const uint8_t mk[VAULT_KEY_LEN],
                const uint8_t kek[VAULT_KEY_LEN], const uint8_t nonce[VAULT_WRAP_NONCE_LEN],
                const uint8_t ad[VAULT_SLOT_AD_LEN])
{
	unsigned long long clen = 0;
	crypto_aead_xchacha20poly1305_ietf_encrypt(out, &clen, mk, VAULT_KEY_LEN, ad,
	                                           VAULT_SLOT_AD_LEN, NULL, nonce, kek);
}

bool vault_unwrap(uint8_t mk[VAULT_KEY_LEN], const uint8_t wrapped[VAULT_WRAPPED_LEN],
                  const uint8_t kek[VAULT_KEY_LEN], const uint8_t nonce[VAULT_WRAP_NONCE_LEN],
                  const uint8_t ad[VAULT_SLOT_AD_LEN])
{
	unsigned long long mlen = 0;
	if (crypto_aead_xchacha20poly1305_ietf_decrypt(mk, &mlen, NULL, wrapped, VAULT_WRAPPED_LEN,
	                                               ad, VAULT_SLOT_AD_LEN, nonce, kek) != 0 ||
	    mlen != VAULT_KEY_LEN) {
		sodium_memzero(mk, VAULT_KEY_LEN);
		return false;
	}
	return true;
}

/* The key as a big number, modulo 37: Crockford's check symbol. */
static unsigned check_symbol(const uint8_t key[VAULT_RECOVERY_KEY_LEN])
{
	unsigned r = 0;
	for (size_t i = 0; i < VAULT_RECOVERY_KEY_LEN; i++) {
		r = (r * 256 + key[i]) % 37;
	}
	return r;
}

/* The 5-bit digit i of the 260-bit string key || 0000. */
static unsigned digit_at(const uint8_t key[VAULT_RECOVERY_KEY_LEN], size_t i)
{
	unsigned v = 0;
	for (size_t b = i * 5; b < i * 5 + 5; b++) {
		unsigned bit = 0;
		if (b < VAULT_RECOVERY_KEY_LEN * 8) {
			bit = (key[b / 8] >> (7 - b % 8)) & 1;
		}
		v = (v << 1) | bit;
	}
	return v;
}

void vault_recovery_encode(char out[VAULT_RECOVERY_TEXT_SIZE],
                           const uint8_t key[VAULT_RECOVERY_KEY_LEN])
{
	size_t o = 0;
	for (size_t i = 0; i < 52; i++) {
		if (i > 0 && i % 4 == 0) {
			out[o++] = '-';
		}
		out[o++] = crockford[digit_at(key, i)];
	}
	out[o++] = '-';
	out[o++] = crockford[check_symbol(key)];
	out[o] = '\0';
}

/* The value of one typed character, or -1. Check symbols (*~$=U) are only
 * valid in the last position, which the caller enforces. */
static int symbol_value(char c)
{
	if (c >= 'a' && c <= 'z') {
		c = (char)(c - 'a' + 'A');
	}
	if (c == 'O') {
		c = '0';
	}
	if (c == 'I' || c == 'L') {
		c = '1';
	}
	for (int v = 0; crockford[v] != '\0'; v++) {
		if (crockford[v] == c) {
			return v;
		}
	}
	return -1;
}

bool vault_recovery_decode(uint8_t key[VAULT_RECOVERY_KEY_LEN], const char *text, size_t len)
{
	int digits[53];
	size_t n = 0;
	memset(key, 0, VAULT_RECOVERY_KEY_LEN);
	for (size_t i = 0; i < len; i++) {
		char c = text[i];
		if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			continue;
		}
		int v = symbol_value(c);
		if (v < 0 || n == 53) {
			goto bad;
		}
		digits[n++] = v;
	}
	if (n != 53) {
		goto bad;
	}
	for (size_t i = 0; i < 52; i++) {
		if (digits[i] >= 32) {
			goto bad;
		}
		for (int b = 4; b >= 0; b--) {
			size_t bit = i * 5 + (size_t)(4 - b);
			unsigned v = ((unsigned)digits[i] >> b) & 1;
			if (bit >= VAULT_RECOVERY_KEY_LEN * 8) {
				if (v != 0) {
					goto bad; /* the 4 spare bits are always 0 */
				}
				continue;
			}
			key[bit / 8] |= (uint8_t)(v << (7 - bit % 8));
		}
	}
	if ((unsigned)digits[52] != check_symbol(key)) {
		goto bad;
	}
	sodium_memzero(digits, sizeof(digits));
	return true;
bad:
	sodium_memzero(digits, sizeof(digits));
	sodium_memzero(key, VAULT_RECOVERY_KEY_LEN);
	return false;
}
