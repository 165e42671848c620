#include "crypto/vault_io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int real_openat(void *ctx, int dirfd, const char *name, int flags, mode_t mode)
{
	(void)ctx;
	return openat(dirfd, name, flags, mode);
}

static ssize_t real_write(void *ctx, int fd, const void *buf, size_t n)
{
	(void)ctx;
	return write(fd, buf, n);
}

static int real_fsync(void *ctx, int fd)
{
	(void)ctx;
	return fsync(fd);
}

static int real_renameat(void *ctx, int dirfd, const char *from, const char *to)
{
	(void)ctx;
	return renameat(dirfd, from, dirfd, to);
}

static int real_linkat(void *ctx, int dirfd, const char *from, const char *to)
{
	(void)ctx;
	return linkat(dirfd, from, dirfd, to, 0);
}

static int real_unlinkat(void *ctx, int dirfd, const char *name)
{
	(void)ctx;
	return unlinkat(dirfd, name, 0);
}

static const struct vault_io real_io = {
    .openat = real_openat,
    .write = real_write,
    .fsync = real_fsync,
    .fsync_dir = real_fsync,
    .renameat = real_renameat,
    .linkat = real_linkat,
    .unlinkat = real_unlinkat,
    .ctx = NULL,
};

const struct vault_io *vault_io_default(void)
{
	return &real_io;
}

int vault_io_write_all(const struct vault_io *io, int fd, const void *buf, size_t n)
{
	const uint8_t *p = buf;
	while (n > 0) {
		ssize_t w = io->write(io->ctx, fd, p, n);
		if (w < 0 && errno == EINTR) {
			continue;
		}
		if (w < 0) {
			return errno != 0 ? -errno : -EIO;
		}
		if (w == 0) {
			return -EIO; /* no progress and no error: do not spin */
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int vault_io_read_file(int dirfd, const char *name, size_t max, uint8_t **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	/* O_NONBLOCK: a FIFO with the vault's name must not hang the open; it
	 * is then refused as not a regular file. */
	int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	if (fd < 0 && errno == ELOOP) {
		errno = EINVAL; /* a symbolic link: not a regular file either */
	}
	if (fd < 0) {
		return -errno;
	}
	int rc = 0;
	uint8_t *buf = NULL;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		rc = -errno;
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = -EINVAL;
		goto out;
	}
	if ((uint64_t)st.st_size > max) {
		rc = -EFBIG;
		goto out;
	}
	size_t want = (size_t)st.st_size;
	buf = malloc(want > 0 ? want : 1);
	if (buf == NULL) {
		rc = -ENOMEM;
		goto out;
	}
	size_t got = 0;
	while (got < want) {
		ssize_t r = read(fd, buf + got, want - got);
		if (r < 0 && errno == EINTR) {
			continue;
		}
		if (r < 0) {
			rc = -errno;
			goto out;
		}
		if (r == 0) {
			break; /* shrank while reading: the short length is checked later */
		}
		got += (size_t)r;
	}
	*out = buf;
	*len = got;
	buf = NULL;
out:
	free(buf);
	close(fd);
	return rc;
}

int vault_io_open_dir(const char *path, bool create)
{
	if (path == NULL || path[0] == '\0') {
		return -EINVAL;
	}
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0 || !create || errno != ENOENT) {
		return fd >= 0 ? fd : -errno;
	}
	/* mkdir -p, each new level 0700. */
	size_t n = strlen(path);
	char *copy = malloc(n + 1);
	if (copy == NULL) {
		return -ENOMEM;
	}
	memcpy(copy, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (copy[i] != '/' && copy[i] != '\0') {
			continue;
		}
		char saved = copy[i];
		copy[i] = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST) {
			int err = errno;
			free(copy);
			return -err;
		}
		copy[i] = saved;
	}
	free(copy);
	fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	return fd >= 0 ? fd : -errno;
}

void vault_io_tmp_name(char *name, size_t cap, const char *prefix)
{
	uint8_t r[8];
	char hex[17];
	randombytes_buf(r, sizeof(r));
	sodium_bin2hex(hex, sizeof(hex), r, sizeof(r));
	snprintf(name, cap, "%s.tmp.%s", prefix, hex);
}

/* Removes "<prefix>.tmp.*" files; with min_age, only those not changed
 * for that many seconds (another process may be writing a fresh one). */
static unsigned remove_tmp(int dirfd, const char *prefix, time_t min_age)
{
	int fd = dup(dirfd);
	if (fd < 0) {
		return 0;
	}
	DIR *d = fdopendir(fd);
	if (d == NULL) {
		close(fd);
		return 0;
	}
	/* The descriptor is a dup: it shares its offset with dirfd, which an
	 * earlier listing may have left at the end. */
	rewinddir(d);
	char stem[64];
	snprintf(stem, sizeof(stem), "%s.tmp.", prefix);
	size_t stem_len = strlen(stem);
	unsigned removed = 0;
	struct dirent *e;
	time_t now = time(NULL);
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		if (strncmp(e->d_name, stem, stem_len) != 0) {
			continue;
		}
		if (min_age > 0 && (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
		                    now - st.st_mtime < min_age)) {
			continue;
		}
		if (unlinkat(dirfd, e->d_name, 0) == 0) {
			removed++;
		}
	}
	closedir(d);
	return removed;
}

unsigned vault_io_remove_stale(int dirfd, const char *prefix)
{
	return remove_tmp(dirfd, prefix, 0);
}

int vault_io_replace_small(const struct vault_io *io, int dirfd, const char *name, const void *buf,
                           size_t len)
{
	/* A temp file left by a kill is removed at the next write (issue 8 #9);
	 * a young one may be another process's, still being written. */
	remove_tmp(dirfd, name, 60);
	char tmp[256];
	vault_io_tmp_name(tmp, sizeof(tmp), name);
	int fd = io->openat(io->ctx, dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		return -errno;
	}
	int rc = vault_io_write_all(io, fd, buf, len);
	if (rc == 0 && io->fsync(io->ctx, fd) != 0) {
		rc = -errno;
	}
	if (close(fd) != 0 && rc == 0) {
		rc = -errno;
	}
	if (rc == 0 && io->renameat(io->ctx, dirfd, tmp, name) != 0) {
		rc = -errno;
	}
	if (rc != 0) {
		io->unlinkat(io->ctx, dirfd, tmp);
		return rc;
	}
	return io->fsync_dir(io->ctx, dirfd) == 0 ? 0 : -errno;
}
