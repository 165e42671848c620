#include "content/file_io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads the whole of fd (closed here) into out; regular_only refuses
 * anything but a regular file. */
static int read_fd(int fd, size_t max, bool regular_only, struct str *out)
{
	int rc = 0;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		rc = -errno;
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		rc = -EISDIR;
		goto out;
	}
	if (regular_only && !S_ISREG(st.st_mode)) {
		rc = -EINVAL;
		goto out;
	}
	char chunk[8192];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n < 0) {
			rc = -errno;
			goto out;
		}
		if (n == 0) {
			break;
		}
		if (out->len + (size_t)n > max) {
			rc = -EFBIG;
			goto out;
		}
		str_append_n(out, chunk, (size_t)n);
	}
	str_append(out, ""); /* a NUL-terminated buffer even for an empty file */
out:
	close(fd);
	return rc;
}

int file_read(const char *path, size_t max, struct str *out)
{
	str_clear(out);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -errno : read_fd(fd, max, false, out);
}

int file_read_regular(const char *path, size_t max, struct str *out)
{
	str_clear(out);
	/* O_NONBLOCK: a FIFO in the file's place fails its type check at
	 * once instead of waiting for a writer. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	return fd < 0 ? -errno : read_fd(fd, max, true, out);
}

bool file_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			if (n == 0) {
				errno = EIO;
			}
			return false;
		}
		p += n;
		len -= (size_t)n;
	}
	return true;
}

int file_make_dirs(const char *dir)
{
	struct str part = {0};
	int rc = 0;
	for (const char *p = dir; rc == 0; p++) {
		if ((*p == '/' || *p == '\0') && part.len > 0 &&
		    mkdir(str_cstr(&part), 0700) != 0 && errno != EEXIST) {
			rc = -errno;
		}
		if (*p == '\0') {
			break;
		}
		str_append_char(&part, *p);
	}
	str_finish(&part);
	return rc;
}

int file_create_private(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	return fd >= 0 ? fd : -errno;
}

/* "<name>.tmp.<16 hex digits>" in dir: random, so two writers never share
 * one, and O_EXCL refuses anything already there. */
static int temp_name(const char *dir, const char *name, struct str *out)
{
	unsigned char r[8];
	if (getrandom(r, sizeof(r), 0) != (ssize_t)sizeof(r)) {
		return -EIO;
	}
	str_appendf(out, "%s/%s.tmp.", dir, name);
	for (size_t i = 0; i < sizeof(r); i++) {
		str_appendf(out, "%02x", r[i]);
	}
	return 0;
}

int file_replace(const char *dir, const char *name, const void *buf, size_t len)
{
	struct str tmp = {0};
	struct str path = {0};
	int rc = temp_name(dir, name, &tmp);
	int fd = rc == 0 ? file_create_private(str_cstr(&tmp)) : rc;
	str_appendf(&path, "%s/%s", dir, name);
	if (fd < 0) {
		rc = fd;
	} else if (!file_write_all(fd, buf, len) || fsync(fd) != 0) {
		rc = -errno;
	}
	if (fd >= 0 && close(fd) != 0 && rc == 0) {
		rc = -errno;
	}
	if (rc == 0 && rename(str_cstr(&tmp), str_cstr(&path)) != 0) {
		rc = -errno;
	}
	if (rc != 0 && fd >= 0) {
		unlink(str_cstr(&tmp));
	}
	if (rc == 0) {
		/* The rename is durable only once the folder is on disk too. */
		int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd < 0 || fsync(dfd) != 0) {
			rc = -errno;
		}
		if (dfd >= 0) {
			close(dfd);
		}
	}
	str_finish(&tmp);
	str_finish(&path);
	return rc;
}

int file_remove(const char *dir, const char *name)
{
	struct str path = {0};
	str_appendf(&path, "%s/%s", dir, name);
	int rc = 0;
	if (unlink(str_cstr(&path)) != 0) {
		rc = errno == ENOENT ? 1 : -errno;
	}
	str_finish(&path);
	if (rc != 0) {
		return rc > 0 ? 0 : rc;
	}
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0 || fsync(dfd) != 0) {
		rc = -errno;
	}
	if (dfd >= 0) {
		close(dfd);
	}
	return rc;
}

/* True when entry is "<name>.tmp." and 16 lower-case hex digits. */
static bool is_leftover(const char *entry, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(entry, name, n) != 0 || strncmp(entry + n, ".tmp.", 5) != 0) {
		return false;
	}
	const char *hex = entry + n + 5;
	return strlen(hex) == 16 && strspn(hex, "0123456789abcdef") == 16;
}

int file_remove_leftovers(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	if (d == NULL) {
		return 0;
	}
	int failed = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (is_leftover(e->d_name, name) && unlinkat(dirfd(d), e->d_name, 0) != 0) {
			failed++;
		}
	}
	closedir(d);
	return failed;
}
