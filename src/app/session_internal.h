#ifndef WISEMIND_APP_SESSION_INTERNAL_H
#define WISEMIND_APP_SESSION_INTERNAL_H

/* The session's insides, shared by the files of src/app only. */

#include <stdint.h>

#include "app/session.h"
#include "app/urge.h"
#include "crypto/vault.h"
#include "store/store.h"

struct session {
	const struct app *app; /* what it was opened with; outlives the session */
	struct vault *vault;
	struct store *store;
	uint64_t generation; /* "save #N" of what was opened */
	uint64_t saved_at;   /* UTC seconds */
	bool has_recovery;
	size_t merged; /* urges merged from the sealed inbox at unlock */
	struct app_urge_result unlock_urges;  /* what the merge's urges bring to show */
	struct app_urge_result command_urges; /* an import's urges */
	struct app_notices notices;
	struct str data_dir; /* the vault's folder, where the locked lines' file lives */
};

/* Sets how the urge with id (the latest when NULL) went after skill (may
 * be NULL), without saving; counted into result (app/urge.c). */
bool session_urge_after_put(struct session *s, const unsigned char *id, int after,
                            const char *skill, struct app_urge_result *result,
                            struct app_error *err) __attribute__((warn_unused_result));

/* Merges the sealed inbox into s and saves (app/inbox_merge.c). */
bool session_merge_inbox(const struct app *app, struct session *s, struct app_error *err);

/* Makes the file of safety-plan lines shown while locked hold what the
 * diary's plan marks shown (app/safety_plan.c): rewritten, or removed,
 * when it differs. With notices, says so when it differed (someone
 * changed it, or an earlier rewrite failed) or could not be put right. */
void session_safety_shown_sync(struct session *s, bool notices);

/* The store's image, for a vault call. */
bool session_image(struct session *s, struct store_image *image, struct app_error *err);

/* Takes the draft kept under the vault setting key (draft.card,
 * draft.safety-plan): its text into text (the caller wipes it), and the
 * setting removed, so that a draft comes back once. *found false, and
 * true returned, when there is none; false with err when it cannot be
 * read or removed (then nothing is in text). */
bool session_draft_take(struct session *s, const char *key, struct str *text, bool *found,
                        struct app_error *err);

#endif
