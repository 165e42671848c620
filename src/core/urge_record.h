#ifndef WISEMIND_CORE_URGE_RECORD_H
#define WISEMIND_CORE_URGE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "core/str.h"

/* A rating logged while the vault is locked, as carried in one sealed
 * inbox record until the next unlock merges it (STORAGE.md, sealed
 * inbox): a new urge, or how an earlier urge went after a skill.
 *
 * Version 2, one field a line, in this order; an optional field left out
 * is an empty line:
 *   wisemind-urge 2
 *   at        "2026-11-22T14:03:00+01:00"
 *   kind      "before" (a new urge) or "after" (an earlier one rated again)
 *   target    an urge target ("self-harm"); may be empty for "after"
 *   rating    one digit, 0 to 5
 *   skill     a skill id ("tip"), or empty
 *   follows   "after" only: the id of the urge it rates again, 32
 *             lower-case hex digits, or empty for the latest urge
 *   note      everything after, may be empty; no NUL
 * Version 1 ("wisemind-urge 1", then at, target, rating and the note) is
 * still read, as a before-rating with no skill. */
#define URGE_RECORD_MAX 1007 /* the payload of one inbox record (crypto/inbox_format.h) */
#define URGE_TIME_MAX 32
#define URGE_TARGET_MAX 64
#define URGE_SKILL_MAX 48    /* as core/skill.h's skill_id_valid */
#define URGE_ID_SIZE 16
/* The rest of a record after the longest header and fields (205 bytes in
 * version 2), so that any record fits. */
#define URGE_NOTE_MAX 800

enum urge_record_kind {
	URGE_RECORD_BEFORE, /* a new urge */
	URGE_RECORD_AFTER,  /* how an earlier urge went after a skill */
};

struct urge_record {
	char at[URGE_TIME_MAX + 1];       /* "2026-11-22T14:03:00+01:00" */
	enum urge_record_kind kind;
	char target[URGE_TARGET_MAX + 1]; /* "self-harm", ...; may be "" for "after" */
	int rating;                       /* 0 to 5 */
	char skill[URGE_SKILL_MAX + 1];   /* a skill id, or "" */
	bool has_follows;                 /* "after" only; false: the latest urge */
	unsigned char follows[URGE_ID_SIZE]; /* the id of the urge an "after" rates again */
	char note[URGE_NOTE_MAX + 1];     /* may be "" */
};

/* Appends the record's version 2 encoding to out (at most
 * URGE_RECORD_MAX bytes). False, with out as it was, when a field is out
 * of range: no time, a "before" without a target, a target or skill that
 * is not an identifier, a rating outside 0-5, a "follows" on a "before",
 * a note too long for one record or not UTF-8. */
bool urge_record_encode(const struct urge_record *record, struct str *out)
	__attribute__((warn_unused_result));

/* Reads an encoding of version 1 or 2 back; false when it is not one
 * (wrong header, missing field, a value out of range as above, invalid
 * UTF-8). */
bool urge_record_decode(const char *buf, size_t len, struct urge_record *out)
	__attribute__((warn_unused_result));

#endif
