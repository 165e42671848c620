#ifndef WISEMIND_CRYPTO_VAULT_IO_H
#define WISEMIND_CRYPTO_VAULT_IO_H

/* The file-system side of the vault: an injectable set of system calls
 * (tests replace them to inject ENOSPC, EIO, short writes...), careful
 * whole writes and reads, and the atomic-replace save protocol of
 * STORAGE.md §4.7. Paths are names inside one directory descriptor. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The system calls the save protocol makes. Each behaves like the call it
 * names: -1 with errno set on failure. ctx is passed through. */
struct vault_io {
	int (*openat)(void *ctx, int dirfd, const char *name, int flags, mode_t mode);
	ssize_t (*write)(void *ctx, int fd, const void *buf, size_t n);
	int (*fsync)(void *ctx, int fd);
	int (*fsync_dir)(void *ctx, int dirfd);
	int (*renameat)(void *ctx, int dirfd, const char *from, const char *to);
	int (*linkat)(void *ctx, int dirfd, const char *from, const char *to);
	int (*unlinkat)(void *ctx, int dirfd, const char *name);
	void *ctx;
};

/* The real system calls. */
const struct vault_io *vault_io_default(void);

/* Writes all n bytes, retrying on EINTR and after short writes. Returns
 * 0 or -errno. */
int vault_io_write_all(const struct vault_io *io, int fd, const void *buf, size_t n)
	__attribute__((warn_unused_result));

/* Reads the whole regular file name (at most max bytes) into a malloc'd
 * buffer. Returns 0, or -errno (-ENOENT when missing, -EFBIG when larger
 * than max). */
int vault_io_read_file(int dirfd, const char *name, size_t max, uint8_t **out, size_t *len)
	__attribute__((warn_unused_result));

/* Opens (creating with mode 0700, parents too) a directory and returns an
 * O_DIRECTORY descriptor, or -errno. create false: only open it. */
int vault_io_open_dir(const char *path, bool create) __attribute__((warn_unused_result));

/* Writes "<prefix>.tmp.<16 hex digits>" into name (cap >= strlen(prefix)
 * + 22). */
void vault_io_tmp_name(char *name, size_t cap, const char *prefix);

/* Deletes every "<prefix>.tmp.*" left in dirfd by an interrupted save.
 * Returns how many were deleted. */
unsigned vault_io_remove_stale(int dirfd, const char *prefix);

/* Writes a small file atomically and durably: temp file (O_EXCL, 0600)
 * -> write -> fsync -> rename over name -> fsync the directory. Returns 0
 * or -errno; on failure name is unchanged and the temp file is gone. */
int vault_io_replace_small(const struct vault_io *io, int dirfd, const char *name, const void *buf,
                           size_t len) __attribute__((warn_unused_result));

#endif
