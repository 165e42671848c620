#ifndef WISEMIND_STORE_STORE_H
#define WISEMIND_STORE_STORE_H

#include <stddef.h>

#include "store/status.h"

/* The unlocked diary: an SQLite database that lives only in memory
 * (STORAGE.md §4.8, §4.9). It reaches disk only as the image that
 * src/crypto encrypts; no file is ever opened (temp_store=MEMORY, the
 * memdb keeps its journal in memory). */
struct store;

/* PRAGMA application_id of every wisemind diary: the bytes "WisM" at
 * offset 68 of the image, so a hex dump of a decrypted image names it. */
#define STORE_APPLICATION_ID 0x5769734D

/* PRAGMA user_version this wisemind writes. Older diaries are migrated
 * when opened; newer ones are refused with STORE_TOO_NEW. */
#define STORE_SCHEMA_VERSION 6

/* Creates an empty diary with the current schema in *out. */
enum store_status store_create(struct store **out) __attribute__((warn_unused_result));

/* A buffer of len bytes for a decrypted image, from the zeroing allocator
 * (so it is wiped whenever it is freed). NULL when out of memory. Hand it
 * to store_open_image, or give it back with store_image_free. */
void *store_image_alloc(size_t len) __attribute__((warn_unused_result));
/* Wipes and frees a buffer from store_image_alloc that was not opened.
 * NULL is accepted. */
void store_image_free(void *image);

/* Opens the diary held in image (len bytes, from store_image_alloc).
 * The store takes the buffer in every case, success or not: the caller
 * must not touch or free it after this call. On success the store grows
 * the buffer in place as the diary grows and wipes it when destroyed.
 * Checks, in order: an SQLite image (else STORE_DAMAGED), quick_check
 * (STORE_DAMAGED), application_id (STORE_NOT_WISEMIND), user_version
 * (STORE_TOO_NEW when newer; migrated when older). */
enum store_status store_open_image(void *image, size_t len, struct store **out)
	__attribute__((warn_unused_result));

/* As store_open_image, but copies image first; the caller keeps (and
 * should wipe) its own buffer. */
enum store_status store_open_image_copy(const void *image, size_t len, struct store **out)
	__attribute__((warn_unused_result));

/* The image to encrypt and save. data points at the diary's own memory
 * when SQLite allows it (no copy), else at a copy that
 * store_image_release wipes. Either way it is valid only until the next
 * call that changes the store, and must be released. */
struct store_image {
	const unsigned char *data;
	size_t len;
	void *copy; /* owned: a copy to wipe, or NULL when data is borrowed */
};
enum store_status store_image_get(struct store *store, struct store_image *out)
	__attribute__((warn_unused_result));
void store_image_release(struct store_image *image);

/* A change made of several calls, all or nothing: store_begin, the
 * calls, then store_end with how they went (STORE_OK keeps them, any
 * other status undoes every one). They nest, and each call inside is all
 * or nothing by itself too. store_end returns the outcome. */
enum store_status store_begin(struct store *store) __attribute__((warn_unused_result));
enum store_status store_end(struct store *store, enum store_status status)
	__attribute__((warn_unused_result));

/* Closes the diary; every byte of it is wiped as SQLite frees it.
 * NULL is accepted. */
void store_destroy(struct store *store);

#endif
