#ifndef WISEMIND_CONTENT_FILE_READ_H
#define WISEMIND_CONTENT_FILE_READ_H

#include <stddef.h>

#include "core/str.h"

/* Reads a whole regular file of at most max bytes into out (replacing its
 * contents). Returns 0, or -errno: -ENOENT when missing, -EFBIG when
 * larger than max, -EISDIR for a directory. */
int file_read(const char *path, size_t max, struct str *out);

#endif
