#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crypto/freshness.h"
#include "crypto/vault_internal.h"
#include "crypto/vault_payload.h"

struct fd_writer {
	const struct vault_io *io;
	int fd;
};

static int fd_write(void *ctx, const uint8_t *buf, size_t n)
{
	struct fd_writer *fw = ctx;
	return vault_io_write_all(fw->io, fw->fd, buf, n);
}

/* Compares what the temp file decrypts to with what was meant. */
struct verify_sink {
	const struct vault_inner *want;
	const uint8_t *image;
};

static enum vault_status verify_begin(void *ctx, const struct vault_inner *inner)
{
	const struct verify_sink *s = ctx;
	return inner->generation == s->want->generation && inner->db_len == s->want->db_len &&
	               inner->saved_at == s->want->saved_at
	           ? VAULT_OK
	           : VAULT_E_IO;
}

static enum vault_status verify_put(void *ctx, uint64_t offset, const uint8_t *data, size_t n)
{
	const struct verify_sink *s = ctx;
	return memcmp(s->image + offset, data, n) == 0 ? VAULT_OK : VAULT_E_IO;
}

/* Step 6: read the temp file back and decrypt all of it, so a bad write
 * or a bug is caught before the old file is replaced. */
static enum vault_status verify(const struct vault *v, const char *tmp, const uint8_t *header,
                                size_t header_len, const uint8_t *keys,
                                const struct vault_inner *inner, const uint8_t *image)
{
	uint8_t *file;
	size_t len;
	int rc = vault_io_read_file(
	    v->dirfd, tmp, (size_t)vault_file_len(header_len, inner->padded_len), &file, &len);
	if (rc != 0) {
		return rc == -EFBIG ? VAULT_E_IO : vault_status_from_errno(-rc);
	}
	enum vault_status status = VAULT_E_IO;
	if (len >= header_len && memcmp(file, header, header_len) == 0) {
		struct verify_sink vs = {inner, image};
		struct vault_sink sink = {verify_begin, verify_put, &vs};
		status = vault_payload_decode(KEYS_PK(keys), file, len, header_len, v->hooks, true,
		                              &sink);
		if (status == VAULT_E_DAMAGED) {
			status = VAULT_E_IO; /* what was read back is not what was written */
		}
	}
	free(file);
	return status;
}

/* Step 7: diary.vault.prev becomes a hard link to the current file. When
 * the vault was opened from prev because the current file is damaged,
 * prev is kept, and the damaged file is kept aside as diary.vault.damaged
 * (replacing an older one) instead of being lost to the rename: nothing a
 * person wrote is thrown away, even a file that may yet be rescued. */
static enum vault_status rotate_prev(const struct vault *v, const struct vault_io *io)
{
	if (v->drop_prev) {
		/* A new master key: a prev under the old one would still open with
		 * the old keys, which must all stop. */
		if (io->unlinkat(io->ctx, v->dirfd, VAULT_PREV_NAME) != 0 && errno != ENOENT) {
			return vault_status_from_errno(errno);
		}
		return VAULT_OK;
	}
	if (v->keep_prev) {
		if (io->unlinkat(io->ctx, v->dirfd, VAULT_DAMAGED_NAME) != 0 && errno != ENOENT) {
			return vault_status_from_errno(errno);
		}
		if (io->linkat(io->ctx, v->dirfd, VAULT_FILE_NAME, VAULT_DAMAGED_NAME) != 0 &&
		    errno != ENOENT) {
			return vault_status_from_errno(errno);
		}
		return VAULT_OK;
	}
	if (io->unlinkat(io->ctx, v->dirfd, VAULT_PREV_NAME) != 0 && errno != ENOENT) {
		return vault_status_from_errno(errno);
	}
	if (io->linkat(io->ctx, v->dirfd, VAULT_FILE_NAME, VAULT_PREV_NAME) != 0 &&
	    errno != ENOENT) {
		return vault_status_from_errno(errno);
	}
	return VAULT_OK;
}

static uint64_t now(const struct vault_hooks *hooks)
{
	if (hooks != NULL && hooks->now != NULL) {
		return hooks->now(hooks->ctx);
	}
	time_t t = time(NULL);
	return t > 0 ? (uint64_t)t : 0;
}

enum vault_status vault_commit(struct vault *v, const struct vault_header *h, const uint8_t *keys,
                               const uint8_t *image, size_t image_len)
{
	if (v->read_only) {
		return VAULT_E_READ_ONLY;
	}
	if ((uint64_t)image_len > VAULT_IMAGE_MAX) {
		return VAULT_E_TOO_LARGE;
	}
	if (image == NULL || !vault_image_valid(image, image_len)) {
		return VAULT_E_IMAGE;
	}
	const struct vault_io *io = vault_io_of(v->hooks);
	uint8_t header[VAULT_HEADER_MAX];
	size_t header_len = vault_header_encode(h, header, sizeof(header));
	if (header_len == 0) {
		return VAULT_E_ARGUMENT;
	}
	char tmp[64];
	vault_io_tmp_name(tmp, sizeof(tmp), VAULT_FILE_NAME);
	int fd = io->openat(io->ctx, v->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		return vault_status_from_errno(errno);
	}
	struct vault_inner inner = {.generation = v->generation + 1, .saved_at = now(v->hooks)};
	struct fd_writer fw = {io, fd};
	struct vault_writer w = {fd_write, &fw};
	enum vault_status status = vault_payload_encode(KEYS_PK(keys), header, header_len, &inner,
	                                                image, image_len, v->hooks, &w);
	/* A failed fsync is never retried on this descriptor (fsyncgate): the
	 * next save starts over with a new temp file. */
	if (status == VAULT_OK && io->fsync(io->ctx, fd) != 0) {
		status = vault_status_from_errno(errno);
	}
	if (close(fd) != 0 && status == VAULT_OK) {
		status = vault_status_from_errno(errno);
	}
	if (status == VAULT_OK) {
		status = verify(v, tmp, header, header_len, keys, &inner, image);
	}
	if (status == VAULT_OK) {
		status = rotate_prev(v, io);
	}
	if (status == VAULT_OK && io->renameat(io->ctx, v->dirfd, tmp, VAULT_FILE_NAME) != 0) {
		status = vault_status_from_errno(errno);
	}
	if (status != VAULT_OK) {
		io->unlinkat(io->ctx, v->dirfd, tmp);
		return status;
	}
	/* The new file is in place: this generation is used, whatever the
	 * directory fsync says. */
	v->generation = inner.generation;
	v->keep_prev = false;
	v->drop_prev = false;
	if (io->fsync_dir(io->ctx, v->dirfd) != 0) {
		/* Not "not saved": the new file is in place (issue 8 #10). */
		return VAULT_E_DIR_SYNC;
	}
	if (v->state_dir != NULL) {
		/* Advisory: a failure only means a weaker rollback warning later. */
		(void)!freshness_record(v->state_dir, KEYS_FK(keys), h->file_id, v->generation);
	}
	return VAULT_OK;
}

enum vault_status vault_save(struct vault *v, const void *image, size_t image_len)
{
	if (v == NULL) {
		return VAULT_E_ARGUMENT;
	}
	return vault_commit(v, &v->header, v->keys, image, image_len);
}
