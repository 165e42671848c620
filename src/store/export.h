#ifndef WISEMIND_STORE_EXPORT_H
#define WISEMIND_STORE_EXPORT_H

#include <stddef.h>

#include "core/str.h"
#include "store/status.h"

struct store;

/* The version of the export format written by store_export_json. An
 * import refuses a newer one with STORE_EXPORT_TOO_NEW. */
#define STORE_EXPORT_VERSION 6

/* Appends the whole diary to out as JSON (DESIGN.md §4, "export"):
 *   {"format": "wisemind-export", "version": 6, "tables": {"setting": [
 *   {"key": ..., "value": ...}, ...], "diary_day": [...], ...}}
 * Tables, keys and rows always come in the same order (tables as in
 * src/store/tables.c, keys as the table's columns, rows by primary key),
 * so two exports of the same diary are byte for byte equal. Text stays
 * UTF-8 with JSON's escapes (DEL, U+2028 and U+2029 escaped too); a byte
 * in the diary that is not UTF-8 comes out as U+FFFD, and NUL as \u0000,
 * which an import refuses. Urge ids are 32 hex digits; an unset value is
 * null. STORE_DAMAGED, and nothing appended, when a value has a type its
 * column never holds. Version 2 added urge_event's via_inbox (true for an
 * urge logged while locked); version 3 the table diary_session (the card's
 * "coming into session" ratings); version 4 the table safety_line (the
 * safety plan) in place of safety_plan, which was never written; version
 * 5 the practice log in three tables, practice (at, skill, seconds,
 * finished), practice_field (at, skill, n, field, question, answer) and
 * practice_rating (at, skill, n, scale, question, value), in place of
 * practice's one text of answers (an older file's practice entries
 * import as done, of 0 seconds, their answers as one unnamed answer);
 * version 6 homework's skills and every, and the table skill_file (id,
 * homework, text: a skill file that came with a homework file); older
 * files still import. This is plaintext: the caller must say so to
 * the person. */
enum store_status store_export_json(struct store *store, struct str *out)
	__attribute__((warn_unused_result));

/* What an import did. */
struct store_import_result {
	size_t added; /* rows that were new */
	size_t kept;  /* rows already in the diary, left as they were */
	size_t urges_added; /* of the new rows, urges (urge_event): the caller shows crisis lines */
};

/* Merges an export (len bytes of json) into the diary, all or nothing.
 * Rows whose key is already present are kept as they are, so importing
 * the same file twice adds nothing. Every value passes the same checks as
 * when it is entered by hand (ranges, settings' rules). Refuses a newer
 * export with STORE_EXPORT_TOO_NEW, anything else malformed with
 * STORE_EXPORT_BAD (or STORE_INVALID for a value out of range) and then
 * puts one sentence saying where in err (when err is not NULL). result
 * may be NULL. */
enum store_status store_import_json(struct store *store, const char *json, size_t len,
                                    struct store_import_result *result, struct str *err)
	__attribute__((warn_unused_result));

#endif
