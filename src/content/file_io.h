#ifndef WISEMIND_CONTENT_FILE_IO_H
#define WISEMIND_CONTENT_FILE_IO_H

/* The one small file-system module for every file wisemind writes or
 * reads outside the vault's own I/O (src/crypto/vault_io.c): settings,
 * exports, imports, the person's crisis file and skills. Functions return
 * 0 (or a descriptor) or -errno. */

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* Reads a whole regular file of at most max bytes into out (replacing its
 * contents). Returns 0, or -errno: -ENOENT when missing, -EFBIG when
 * larger than max, -EISDIR for a directory. */
int file_read(const char *path, size_t max, struct str *out);

/* As file_read, for a file wisemind wrote itself and reads where nothing
 * may make it wait (the crisis card): it never follows a symbolic link
 * (-ELOOP) and never waits on a FIFO or a device (-EINVAL, as for any
 * file that is not a regular one). */
int file_read_regular(const char *path, size_t max, struct str *out);

/* Writes all len bytes to fd, retrying short writes and EINTR. False on
 * any other failure, with errno set. */
bool file_write_all(int fd, const void *buf, size_t len);

/* Creates dir and any missing parents, each new one 0700 (mkdir -p). */
int file_make_dirs(const char *dir) __attribute__((warn_unused_result));

/* Creates path for writing, readable by its owner only (0600), never
 * replacing a file that is there. Returns the descriptor. */
int file_create_private(const char *path) __attribute__((warn_unused_result));

/* Replaces dir/name with len bytes, atomically and durably: a new 0600
 * temporary file with a random name (O_EXCL), write, fsync, rename over
 * name, fsync the folder. On failure name is as it was and the temporary
 * file is gone. */
int file_replace(const char *dir, const char *name, const void *buf, size_t len)
	__attribute__((warn_unused_result));

/* Removes the temporary files file_replace(dir, name, ...) left behind
 * when it was killed half-way ("<name>.tmp.<16 hex digits>"). Returns how
 * many could not be removed. Call it only while no other wisemind can be
 * writing name (the vault's lock is held). */
int file_remove_leftovers(const char *dir, const char *name);

/* Removes dir/name durably (unlink, then fsync of the folder). Returns 0
 * when it is gone, also when it was not there. */
int file_remove(const char *dir, const char *name) __attribute__((warn_unused_result));

#endif
