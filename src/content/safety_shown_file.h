#ifndef WISEMIND_CONTENT_SAFETY_SHOWN_FILE_H
#define WISEMIND_CONTENT_SAFETY_SHOWN_FILE_H

#include <stddef.h>

#include "content/status.h"
#include "core/safety_plan.h"
#include "core/str.h"

/* The safety-plan lines the person chose to show even when locked, in
 * the data folder beside the vault: the only personal words kept outside
 * it (DESIGN.md §2.5), so that `crisis` shows them with no passphrase.
 * Beside the vault, not with the settings: they belong to this diary (a
 * --data-dir diary has its own), and they go wherever its folder goes,
 * copied, backed up or deleted.
 *
 * The file is plain UTF-8 text, 0600, written atomically: lines starting
 * with '#' say what it is; every other line is a part's id, a tab, and
 * the line ("people\tSam: 07700 900123"), in the plan's order. The vault
 * holds the plan; this file is rewritten from it, never read back into
 * it. */
#define SAFETY_SHOWN_FILE "safety-plan-shown.txt"

/* The file's text for plan: only its lines marked shown. */
void safety_shown_format(const struct safety_plan *plan, struct str *out);

/* Reads the file's text (len bytes) into out (finished first), every line
 * marked shown. A line that cannot be read (an unknown part, not text, a
 * control character, too long, past a part's SAFETY_LINES_MAX) is left
 * out. Returns how many were; the first one's number goes in *first_bad
 * (0 when none). */
size_t safety_shown_parse(const char *text, size_t len, struct safety_plan *out,
                          size_t *first_bad);

/* Reads data_dir's file into out. CONTENT_MISSING (out empty) when there
 * is none (or data_dir is missing, not a folder or cannot be searched);
 * CONTENT_E_READ (out empty) when it cannot be read, is not a
 * regular file or is over 64 KiB; CONTENT_E_INVALID when lines had to be
 * left out, the others in out. err says why ("line 3: ..."). */
enum content_status safety_shown_load(const char *data_dir, struct safety_plan *out,
                                      struct str *err);

/* Writes plan's shown lines durably and atomically (a 0600 temporary
 * file, fsync, rename, fsync of the folder), or removes the file when no
 * line is shown. CONTENT_E_WRITE, with err, when it could not. */
enum content_status safety_shown_save(const char *data_dir, const struct safety_plan *plan,
                                      struct str *err) __attribute__((warn_unused_result));

/* Removes the temporary copies a save killed half-way left beside the
 * file: they may hold lines no longer chosen. Only while the vault's
 * lock is held. */
void safety_shown_remove_leftovers(const char *data_dir);

#endif
