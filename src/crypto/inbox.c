#include "crypto/inbox.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crypto/secmem.h"
#include "crypto/vault_io.h"

#define PUB_MAGIC "WMINBOX1"
#define PUB_MAGIC_LEN 8
#define PUB_LEN (PUB_MAGIC_LEN + INBOX_KEY_LEN)
#define APPEND_TRIES 16

enum vault_status inbox_publish(const char *dir, const uint8_t pk[INBOX_KEY_LEN])
{
	if (!secmem_init()) {
		return VAULT_E_CRYPTO;
	}
	uint8_t buf[PUB_LEN];
	memcpy(buf, PUB_MAGIC, PUB_MAGIC_LEN);
	memcpy(buf + PUB_MAGIC_LEN, pk, INBOX_KEY_LEN);
	int dirfd = vault_io_open_dir(dir, true);
	if (dirfd < 0) {
		return vault_status_from_errno(-dirfd);
	}
	int rc =
	    vault_io_replace_small(vault_io_default(), dirfd, INBOX_PUB_NAME, buf, sizeof(buf));
	close(dirfd);
	return rc == 0 ? VAULT_OK : vault_status_from_errno(-rc);
}

/* Reads inbox.pub: 0, -ENOENT, or -EINVAL when damaged. */
static int read_pub(int dirfd, uint8_t pk[INBOX_KEY_LEN])
{
	uint8_t *buf;
	size_t len;
	int rc = vault_io_read_file(dirfd, INBOX_PUB_NAME, PUB_LEN, &buf, &len);
	if (rc == -ENOENT) {
		return rc;
	}
	if (rc != 0 || len != PUB_LEN || memcmp(buf, PUB_MAGIC, PUB_MAGIC_LEN) != 0) {
		free(buf);
		return -EINVAL;
	}
	memcpy(pk, buf + PUB_MAGIC_LEN, INBOX_KEY_LEN);
	free(buf);
	return 0;
}

enum inbox_pub_state inbox_pub_compare(const char *dir, const uint8_t pk[INBOX_KEY_LEN])
{
	int dirfd = vault_io_open_dir(dir, false);
	if (dirfd < 0) {
		return INBOX_PUB_MISSING;
	}
	uint8_t have[INBOX_KEY_LEN];
	int rc = read_pub(dirfd, have);
	close(dirfd);
	if (rc == -ENOENT) {
		return INBOX_PUB_MISSING;
	}
	if (rc != 0 || sodium_memcmp(have, pk, INBOX_KEY_LEN) != 0) {
		return INBOX_PUB_CHANGED;
	}
	return INBOX_PUB_SAME;
}

static int lock_fd(int fd)
{
	while (flock(fd, LOCK_EX) != 0) {
		if (errno != EINTR) {
			return -errno;
		}
	}
	return 0;
}

/* True when fd is still the file named inbox in dirfd (not set aside). */
static bool still_current(int dirfd, int fd)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && fstatat(dirfd, INBOX_NAME, &b, AT_SYMLINK_NOFOLLOW) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* One append attempt. Returns 0, -EAGAIN when the file was set aside
 * under us (try again), or -errno. */
static int append_once(int dirfd, const uint8_t *record)
{
	bool created = false;
	/* O_NONBLOCK: a FIFO named inbox fails at once (ENXIO) instead of
	 * waiting for a reader; the type check below refuses it too. */
	int fd = openat(dirfd, INBOX_NAME,
	                O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	if (fd < 0 && errno == ENOENT) {
		fd = openat(dirfd, INBOX_NAME, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC,
		            0600);
		created = fd >= 0;
		if (fd < 0 && errno == EEXIST) {
			return -EAGAIN;
		}
	}
	if (fd < 0) {
		return -errno;
	}
	int rc = lock_fd(fd);
	if (rc == 0 && !still_current(dirfd, fd)) {
		rc = -EAGAIN;
	}
	struct stat st;
	if (rc == 0 && fstat(fd, &st) != 0) {
		rc = -errno;
	}
	if (rc == 0 && !S_ISREG(st.st_mode)) {
		rc = -EINVAL;
	}
	/* A torn record from a crashed append would shift every later record:
	 * cut it off (it could never be read anyway) while holding the lock. */
	if (rc == 0 && st.st_size % INBOX_RECORD_LEN != 0 &&
	    ftruncate(fd, st.st_size - st.st_size % INBOX_RECORD_LEN) != 0) {
		rc = -errno;
	}
	bool wrote = false;
	if (rc == 0) {
		wrote = true;
		rc = vault_io_write_all(vault_io_default(), fd, record, INBOX_RECORD_LEN);
	}
	if (rc == 0 && fsync(fd) != 0) {
		rc = -errno;
	}
	if (rc == 0 && created && fsync(dirfd) != 0) {
		rc = -errno;
	}
	if (rc != 0 && wrote) {
		/* A failed append (a full disk) leaves nothing behind: no torn
		 * record, and no empty inbox that every unlock would then try to
		 * merge and save (issue 8 #4). Still under the lock. */
		off_t keep = st.st_size - st.st_size % INBOX_RECORD_LEN;
		if (ftruncate(fd, keep) == 0 && created && keep == 0) {
			unlinkat(dirfd, INBOX_NAME, 0);
		}
	}
	close(fd);
	return rc;
}

enum vault_status inbox_append(const char *dir, const void *payload, size_t len,
                               uint8_t id[INBOX_ID_LEN])
{
	if (len > INBOX_PAYLOAD_MAX) {
		return VAULT_E_TOO_LONG;
	}
	int dirfd = vault_io_open_dir(dir, false);
	if (dirfd < 0) {
		return VAULT_E_INBOX_KEY;
	}
	uint8_t pk[INBOX_KEY_LEN];
	uint8_t record[INBOX_RECORD_LEN];
	enum vault_status status = VAULT_E_INBOX_KEY;
	if (read_pub(dirfd, pk) != 0) {
		goto out;
	}
	status = inbox_record_seal(record, id, payload, len, pk);
	if (status != VAULT_OK) {
		goto out;
	}
	int rc = -EAGAIN;
	for (int i = 0; i < APPEND_TRIES && rc == -EAGAIN; i++) {
		rc = append_once(dirfd, record);
	}
	status = rc == 0 ? VAULT_OK : VAULT_E_INBOX_IO;
out:
	close(dirfd);
	return status;
}

static bool is_taken(const char *name)
{
	return strncmp(name, INBOX_TAKEN_PREFIX, strlen(INBOX_TAKEN_PREFIX)) == 0;
}

static bool add_file(struct inbox_batch *b, const char *name)
{
	char **files = realloc(b->files, (b->file_count + 1) * sizeof(*files));
	if (files == NULL) {
		return false;
	}
	b->files = files;
	b->files[b->file_count] = strdup(name);
	if (b->files[b->file_count] == NULL) {
		return false;
	}
	b->file_count++;
	return true;
}

/* Reads one set-aside file under its flock, which waits for an append
 * that opened it before it was set aside. */
static enum vault_status read_taken(int dirfd, const char *name, const uint8_t *pk,
                                    const uint8_t *sk, struct inbox_batch *b)
{
	/* O_NONBLOCK and a type check: a FIFO or folder with an inbox name
	 * is skipped, and counted for the unlock notice, never waited on. */
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	if (fd < 0 && (errno == ELOOP || errno == EISDIR)) {
		b->odd++;
		return VAULT_OK;
	}
	if (fd < 0) {
		return errno == ENOENT ? VAULT_OK : VAULT_E_READ;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		b->odd++;
		return VAULT_OK;
	}
	enum vault_status status = VAULT_E_READ;
	if (lock_fd(fd) == 0) {
		uint8_t *buf;
		size_t len;
		/* No size limit beyond memory: every waiting entry counts. */
		int rc = vault_io_read_file(dirfd, name, (size_t)1 << 30, &buf, &len);
		if (rc == 0) {
			status = inbox_parse(b, buf, len, pk, sk);
			free(buf);
		}
	}
	close(fd);
	if (status == VAULT_OK && !add_file(b, name)) {
		status = VAULT_E_NOMEM;
	}
	return status;
}

enum vault_status inbox_take(const char *dir, const uint8_t pk[INBOX_KEY_LEN],
                             const uint8_t sk[INBOX_KEY_LEN], struct inbox_batch *b)
{
	if (!secmem_init()) {
		return VAULT_E_CRYPTO;
	}
	int dirfd = vault_io_open_dir(dir, false);
	if (dirfd < 0) {
		return dirfd == -ENOENT ? VAULT_OK : VAULT_E_READ;
	}
	enum vault_status status = VAULT_OK;
	uint8_t r[8];
	char hex[2 * sizeof(r) + 1];
	randombytes_buf(r, sizeof(r));
	sodium_bin2hex(hex, sizeof(hex), r, sizeof(r));
	char name[64];
	snprintf(name, sizeof(name), "%s%s", INBOX_TAKEN_PREFIX, hex);
	if (renameat(dirfd, INBOX_NAME, dirfd, name) == 0) {
		fsync(dirfd);
	} else if (errno != ENOENT) {
		status = VAULT_E_READ;
	}
	int fd = dup(dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (d == NULL) {
		if (fd >= 0) {
			close(fd);
		}
		close(dirfd);
		return VAULT_E_READ;
	}
	rewinddir(d); /* a dup shares dirfd's offset */
	struct dirent *e;
	while ((e = readdir(d)) != NULL && status == VAULT_OK) {
		if (is_taken(e->d_name)) {
			status = read_taken(dirfd, e->d_name, pk, sk, b);
		}
	}
	closedir(d);
	close(dirfd);
	return status;
}

enum vault_status inbox_release(const char *dir, const struct inbox_batch *b)
{
	if (b->file_count == 0) {
		return VAULT_OK;
	}
	int dirfd = vault_io_open_dir(dir, false);
	if (dirfd < 0) {
		return VAULT_E_INBOX_IO;
	}
	enum vault_status status = VAULT_OK;
	for (size_t i = 0; i < b->file_count; i++) {
		if (unlinkat(dirfd, b->files[i], 0) != 0 && errno != ENOENT) {
			status = VAULT_E_INBOX_IO;
		}
	}
	if (fsync(dirfd) != 0) {
		status = VAULT_E_INBOX_IO;
	}
	close(dirfd);
	return status;
}

size_t inbox_pending(int dirfd)
{
	int fd = dup(dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (d == NULL) {
		if (fd >= 0) {
			close(fd);
		}
		return 0;
	}
	rewinddir(d); /* a dup shares dirfd's offset, which may be at the end */
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if ((strcmp(e->d_name, INBOX_NAME) == 0 || is_taken(e->d_name)) &&
		    fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(st.st_mode)) {
			n += (size_t)st.st_size / INBOX_RECORD_LEN;
		}
	}
	closedir(d);
	return n;
}
