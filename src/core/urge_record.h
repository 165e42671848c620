#ifndef WISEMIND_CORE_URGE_RECORD_H
#define WISEMIND_CORE_URGE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* An urge logged while the vault is locked, as carried in one sealed inbox
 * record until the next unlock merges it (STORAGE.md, sealed inbox). */
#define URGE_TIME_MAX 32
#define URGE_TARGET_MAX 64
#define URGE_NOTE_MAX 800 /* a record holds 1007 bytes; the rest is framing */

struct urge_record {
	char at[URGE_TIME_MAX + 1];         /* "2026-11-22T14:03:00+01:00" */
	char target[URGE_TARGET_MAX + 1];   /* "suicide", "self-harm", "use", ... */
	int rating;                         /* 0 to 5 */
	char note[URGE_NOTE_MAX + 1];       /* may be "" */
};

/* Appends the record's encoding ("wisemind-urge 1" then one field per line,
 * the note last) to out. False when a field is out of range or the note
 * is too long for one record. */
bool urge_record_encode(const struct urge_record *record, struct str *out)
	__attribute__((warn_unused_result));

/* Reads an encoding back; false when it is not one (wrong header, missing
 * field, rating out of range, invalid UTF-8). */
bool urge_record_decode(const char *buf, size_t len, struct urge_record *out)
	__attribute__((warn_unused_result));

#endif
