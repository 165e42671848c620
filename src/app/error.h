#ifndef WISEMIND_APP_ERROR_H
#define WISEMIND_APP_ERROR_H

#include <stdbool.h>
#include <stdint.h>

#include "core/next_step.h"
#include "core/str.h"

/* Why a use case failed, as data: which layer's status table it comes
 * from and the status, with what the sentence needs. The front end asks
 * app_error_describe for the sentence (what is true now, naming no
 * command, flag or key), app_error_next for the step it words itself,
 * and app_error_exit_code for DESIGN.md §4's exit code. */
enum app_error_source {
	APP_ERROR_NONE,
	APP_ERROR_VAULT, /* status is an enum vault_status */
	APP_ERROR_STORE, /* status is an enum store_status */
	APP_ERROR_APP,   /* status is an enum app_status */
};

/* The application layer's own outcomes, in the same shape as the other
 * layers' tables: the name, DESIGN.md §4's exit code, the next step (the
 * sentence is app_error_describe's, as two of them need fields). */
#define APP_STATUS_TABLE(_) \
	_(E_NO_DATA_DIR, 1, NEXT_DATA_DIR) /* no data directory can be named */ \
	_(E_CORE_DUMPS, 1, NEXT_NONE)      /* core dumps could not be turned off */ \
	_(E_SECRET_CHANGED, 3, NEXT_NONE)  /* the secret opens only an older copy */ \
	_(E_NO_MEMORY, 1, NEXT_NONE) \
	_(E_URGE_TARGET, 2, NEXT_NONE)     /* not a target name that can be kept */ \
	_(E_URGE_RATING, 2, NEXT_NONE)     /* a rating outside 0-5 */ \
	_(E_URGE_NOTE, 2, NEXT_NONE)       /* a note that is not UTF-8 text, or too long */ \
	_(E_URGE_ID, 1, NEXT_NONE)         /* no urge has that id */ \
	_(E_DATE, 2, NEXT_NONE)            /* not a date as YYYY-MM-DD */ \
	_(E_WEEK, 2, NEXT_NONE)            /* not an ISO week as YYYY-Www */ \
	_(E_RANGE, 2, NEXT_NONE)           /* a report's first day after its last, or too long */ \
	_(E_FUTURE_DATE, 2, NEXT_NONE)     /* a day that has not come yet */ \
	_(E_FUTURE_WEEK, 2, NEXT_NONE)     /* a week after the current one */ \
	_(E_CARD_VALUE, 2, NEXT_NONE)      /* a card field or value that cannot be kept: detail */ \
	_(E_TEMPLATE, 2, NEXT_NONE)        /* a card template that cannot be used: detail */ \
	_(E_SKILL, 2, NEXT_SKILLS)         /* no skill has that id: detail */ \
	_(E_NO_URGE_YET, 1, NEXT_NONE)     /* an after-rating, but no urge was logged */ \
	_(E_THRESHOLD, 2, NEXT_THRESHOLDS) /* an urge threshold above its default, or below 1 */ \
	_(E_THRESHOLD_KIND, 2, NEXT_THRESHOLDS) /* not a kind whose threshold can be set */ \
	_(E_SETTINGS_FILE, 1, NEXT_NONE)   /* settings.yaml has a mistake, so it was not changed */ \
	_(E_SETTINGS_SAVE, 1, NEXT_NONE)   /* settings.yaml could not be saved */ \
	_(E_LOCK_MINUTES, 2, NEXT_NONE)    /* a lock time that is not 1 to 120 minutes */ \
	_(E_BREATH, 2, NEXT_NONE)          /* a breathing pace that cannot be read: detail */ \
	_(E_SAFETY_LINE, 2, NEXT_NONE)     /* a safety-plan line that is not one line of text */ \
	_(E_SAFETY_LINES, 2, NEXT_NONE)    /* more lines in a part of the plan than it holds */ \
	_(E_SAFETY_FILE, 1, NEXT_UNLOCK)   /* plan saved; the locked lines' file not written (detail) */ \
	_(E_PRACTICE_TIME, 2, NEXT_NONE)   /* a practice's start not a local time with offset */ \
	_(E_PRACTICE_TEXT, 2, NEXT_NONE)   /* a question or answer not UTF-8, or too long */ \
	_(E_PRACTICE_FIELD, 2, NEXT_NONE)  /* not a worksheet field's name */ \
	_(E_PRACTICE_RATING, 2, NEXT_NONE) /* not a scale, or a value off its scale */ \
	_(E_HOMEWORK, 2, NEXT_NONE)        /* a homework file or request that cannot be used: detail */ \
	_(E_HOMEWORK_ID, 1, NEXT_HOMEWORK) /* no homework in the diary has that id */ \
	_(E_GROUP, 2, NEXT_CURRICULUM)     /* a group's plan, week or module that cannot be used: detail */ \
	_(E_CURRICULUM_FILE, 2, NEXT_NONE) /* a curriculum file with mistakes: detail */

enum app_status {
#define APP_STATUS_ENUM(name, exit_code, next) APP_##name,
	APP_STATUS_TABLE(APP_STATUS_ENUM)
#undef APP_STATUS_ENUM
	APP_STATUS_COUNT /* not a status: how many there are */
};

struct app_error {
	enum app_error_source source;
	int status;
	uint64_t when;     /* APP_E_SECRET_CHANGED: when the diary was last saved */
	bool recovery;     /* APP_E_SECRET_CHANGED: the secret was a recovery key */
	bool passphrase_only; /* a refused passphrase where only a passphrase opens (the vault
	                         has no recovery key, or a diary kept open is guarded): the
	                         sentence offers no recovery key */
	struct str detail; /* more, when a status has it (where an import failed; the kind
	                      of a refused threshold; the settings file and what is wrong) */
};

/* Records an outcome of each source; they return false, for "return
 * app_error_vault(err, st);". */
bool app_error_vault(struct app_error *err, int vault_status);
bool app_error_store(struct app_error *err, int store_status);
bool app_error_app(struct app_error *err, enum app_status status);

/* Appends the sentence: lower case first, no full stop. */
void app_error_describe(const struct app_error *err, struct str *out);
enum next_step app_error_next(const struct app_error *err);
int app_error_exit_code(const struct app_error *err);

void app_error_finish(struct app_error *err);

#endif
