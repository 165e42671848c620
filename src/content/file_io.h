#ifndef WISEMIND_CONTENT_FILE_IO_H
#define WISEMIND_CONTENT_FILE_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* Reads a whole regular file of at most max bytes into out (replacing its
 * contents). Returns 0, or -errno: -ENOENT when missing, -EFBIG when
 * larger than max, -EISDIR for a directory. */
int file_read(const char *path, size_t max, struct str *out);

/* Writes all len bytes to fd, retrying short writes and EINTR. False on
 * any other failure, with errno set. */
bool file_write_all(int fd, const void *buf, size_t len);

#endif
