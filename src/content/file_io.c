#include "content/file_io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

int file_read(const char *path, size_t max, struct str *out)
{
	str_clear(out);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return -errno;
	}
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
