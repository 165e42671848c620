#include <sodium.h>
#include <string.h>

#include "crypto/vault_internal.h"
#include "crypto/vault_keys.h"

const struct vault_io *vault_io_of(const struct vault_hooks *hooks)
{
	return hooks != NULL && hooks->io != NULL ? hooks->io : vault_io_default();
}

void vault_keys_derive(uint8_t *keys)
{
	vault_kdf_payload(KEYS_PK(keys), KEYS_MK(keys));
	vault_kdf_freshness(KEYS_FK(keys), KEYS_MK(keys));
}

void vault_slot_new_passphrase(struct vault_slot *s, const struct vault_hooks *hooks)
{
	memset(s, 0, sizeof(*s));
	s->type = VAULT_SLOT_PASSPHRASE;
	s->kdf = VAULT_KDF_ARGON2ID13;
	s->opslimit = VAULT_KDF_OPSLIMIT;
	s->memlimit = VAULT_KDF_MEMLIMIT;
	if (hooks != NULL && hooks->kdf_opslimit != 0) {
		s->opslimit = hooks->kdf_opslimit;
	}
	if (hooks != NULL && hooks->kdf_memlimit != 0) {
		s->memlimit = hooks->kdf_memlimit;
	}
	randombytes_buf(s->salt, sizeof(s->salt));
}

void vault_slot_new_recovery(struct vault_slot *s)
{
	memset(s, 0, sizeof(*s));
	s->type = VAULT_SLOT_RECOVERY;
	s->kdf = VAULT_KDF_NONE;
}

enum vault_status vault_slot_kek(uint8_t kek[VAULT_KEY_LEN], const struct vault_slot *slot,
                                 const char *passphrase, size_t len,
                                 const struct vault_hooks *hooks)
{
	if (hooks != NULL && hooks->on_kdf != NULL) {
		hooks->on_kdf(hooks->ctx);
	}
	return vault_kdf_passphrase(kek, passphrase, len, slot) ? VAULT_OK : VAULT_E_NOMEM;
}

void vault_slot_wrap(struct vault_header *h, unsigned i, const uint8_t kek[VAULT_KEY_LEN],
                     const uint8_t mk[VAULT_KEY_LEN])
{
	uint8_t bytes[VAULT_HEADER_MAX];
	uint8_t ad[VAULT_SLOT_AD_LEN];
	randombytes_buf(h->slots[i].nonce, VAULT_WRAP_NONCE_LEN);
	vault_header_encode(h, bytes, sizeof(bytes));
	vault_slot_ad(bytes, i, ad);
	vault_wrap(h->slots[i].wrapped, mk, kek, h->slots[i].nonce, ad);
}

bool vault_slot_unwrap(const struct vault_header *h, unsigned i, const uint8_t kek[VAULT_KEY_LEN],
                       uint8_t mk[VAULT_KEY_LEN])
{
	uint8_t bytes[VAULT_HEADER_MAX];
	uint8_t ad[VAULT_SLOT_AD_LEN];
	if (vault_header_encode(h, bytes, sizeof(bytes)) == 0) {
		return false;
	}
	vault_slot_ad(bytes, i, ad);
	return vault_unwrap(mk, h->slots[i].wrapped, kek, h->slots[i].nonce, ad);
}

int vault_slot_find(const struct vault_header *h, enum vault_slot_type type)
{
	for (unsigned i = 0; i < h->slot_count; i++) {
		if (h->slots[i].type == type) {
			return (int)i;
		}
	}
	return -1;
}
