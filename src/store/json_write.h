#ifndef WISEMIND_STORE_JSON_WRITE_H
#define WISEMIND_STORE_JSON_WRITE_H

#include <stddef.h>

#include "core/str.h"

/* Appends text (len bytes) to out as a JSON string, quotes included.
 * Escapes '"', '\\', every control character (U+0000 to U+001F, and
 * DEL), and U+2028/U+2029, which some JavaScript parsers take for line
 * ends. Other characters stay as UTF-8, which RFC 8259 requires of JSON
 * exchanged between systems and which a person can read. A byte that is
 * not part of valid UTF-8 becomes U+FFFD, so the output is always valid
 * JSON. */
void json_write_string(struct str *out, const char *text, size_t len);

/* Appends bytes as a JSON string of lower-case hex digits. */
void json_write_hex(struct str *out, const unsigned char *bytes, size_t len);

#endif
