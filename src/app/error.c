#include "app/error.h"

#include "app/clock.h"
#include "core/urge_level.h"
#include "core/safety_plan.h"
#include "content/settings_file.h"
#include "crypto/vault_status.h"
#include "store/status.h"

struct status_row {
	int exit_code;
	enum next_step next;
};

static const struct status_row app_rows[] = {
#define APP_STATUS_ROW(name, exit_code, next) {exit_code, next},
	APP_STATUS_TABLE(APP_STATUS_ROW)
#undef APP_STATUS_ROW
};

static const struct status_row *app_row(int status)
{
	static const struct status_row unknown = {1, NEXT_NONE};
	if (status < 0 || (size_t)status >= sizeof(app_rows) / sizeof(app_rows[0])) {
		return &unknown;
	}
	return &app_rows[status];
}

static bool record(struct app_error *err, enum app_error_source source, int status)
{
	err->source = source;
	err->status = status;
	return false;
}

bool app_error_vault(struct app_error *err, int vault_status)
{
	return record(err, APP_ERROR_VAULT, vault_status);
}

bool app_error_store(struct app_error *err, int store_status)
{
	return record(err, APP_ERROR_STORE, store_status);
}

bool app_error_app(struct app_error *err, enum app_status status)
{
	return record(err, APP_ERROR_APP, (int)status);
}

/* A threshold refused: which kind's (when known), and why. */
static void describe_threshold(const char *kind_name, struct str *out)
{
	enum urge_kind kind;
	if (!urge_kind_parse(kind_name, &kind)) {
		str_append(out, "an urge threshold can be lowered, never raised or switched off: "
		                "suicide's is always 1, and self-harm's, use's and other's can be 1 "
		                "to 4");
	} else if (kind == URGE_KIND_SUICIDE) {
		str_append(out, "the suicide threshold is always 1: a threshold can be lowered, never "
		                "raised or switched off");
	} else {
		str_appendf(out, "the %s threshold can be 1 to %d: a threshold can be lowered, never "
		                 "raised or switched off", kind_name, urge_threshold_default(kind));
	}
}

static void describe_app(const struct app_error *err, struct str *out)
{
	char when[APP_TIME_TEXT_SIZE];
	switch ((enum app_status)err->status) {
	case APP_E_NO_DATA_DIR:
		str_append(out, "no data directory can be named (HOME is not set)");
		return;
	case APP_E_CORE_DUMPS:
		str_append(out, "could not turn core dumps off, so the diary was not opened; check "
		                "that the system allows prctl(PR_SET_DUMPABLE)");
		return;
	case APP_E_SECRET_CHANGED:
		/* Saying when lets the person recall which secret is current. */
		app_time_text(err->when, when, sizeof(when));
		if (err->recovery) {
			str_appendf(out, "that recovery key no longer opens this diary: a new one was "
			                 "made since (the diary was last saved %s). Use the newest "
			                 "recovery key, or your passphrase", when);
		} else {
			str_appendf(out, "this passphrase no longer opens this diary: it was changed "
			                 "since (the diary was last saved %s). Type the current "
			                 "passphrase%s", when,
			            err->passphrase_only ? "" : ", or use your recovery key");
		}
		return;
	case APP_E_NO_MEMORY:
		str_append(out, "not enough memory: close other programs and try again");
		return;
	case APP_E_URGE_TARGET:
		str_append(out, "an urge's target is a word of lower-case letters, digits and "
		                "hyphens, such as suicide, self-harm or use");
		return;
	case APP_E_URGE_RATING:
		str_append(out, "an urge is rated from 0 (none) to 5 (the strongest)");
		return;
	case APP_E_URGE_NOTE:
		str_append(out, "a note is text (UTF-8) of at most 64 KiB");
		return;
	case APP_E_URGE_ID:
		str_append(out, "no urge in the diary has that id; the list of urges shows each one's "
		                "id (32 letters and digits)");
		return;
	case APP_E_DATE:
		str_append(out, "a date is written YYYY-MM-DD, such as 2026-11-22, and is a real day");
		return;
	case APP_E_WEEK:
		str_append(out, "a week is written YYYY-Www, such as 2026-W47, and is one of that "
		                "year's weeks (01 to 52, or 53 in some years)");
		return;
	case APP_E_RANGE:
		str_append(out, "a report's first day comes on or before its last day, and a report "
		                "covers at most 3700 days (about ten years)");
		return;
	case APP_E_FUTURE_DATE:
		str_append(out, "that day has not come yet: the card can be filled in for today or "
		                "any day before it");
		return;
	case APP_E_FUTURE_WEEK:
		str_append(out, "that week has not come yet: the diary's weeks go up to this week");
		return;
	case APP_E_NO_URGE_YET:
		str_append(out, "no urge has been logged yet, so there is none to rate again; log one "
		                "first, with its rating before the skill");
		return;
	case APP_E_HOMEWORK_ID:
		str_append(out, "no homework in the diary has that id (hw- and 8 letters and "
		                "digits)");
		return;
	case APP_E_CARD_VALUE:
	case APP_E_TEMPLATE:
	case APP_E_SKILL:
	case APP_E_HOMEWORK:
	case APP_E_GROUP:
	case APP_E_CURRICULUM_FILE:
		/* The sentence names the field or the file's lines itself. */
		str_append(out, str_cstr(&err->detail));
		return;
	case APP_E_THRESHOLD:
		describe_threshold(str_cstr(&err->detail), out);
		return;
	case APP_E_THRESHOLD_KIND:
		str_append(out, "urge thresholds are kept for the kinds suicide, self-harm, use and "
		                "other; a target whose kind is not known always has suicide's");
		return;
	case APP_E_SETTINGS_FILE:
		str_appendf(out, "your settings file %s has a mistake, so it was not changed; fix or "
		                 "remove that file, then try again", str_cstr(&err->detail));
		return;
	case APP_E_SETTINGS_SAVE:
		str_appendf(out, "the settings could not be saved (%s); the old file is as it was",
		            str_cstr(&err->detail));
		return;
	case APP_E_LOCK_MINUTES:
		str_appendf(out, "the screen locks after 1 to %d minutes without a key",
		            SETTINGS_LOCK_MINUTES_MAX);
		return;
	case APP_E_BREATH:
		str_appendf(out, "that breathing pace cannot be used: %s", str_cstr(&err->detail));
		return;
	case APP_E_SAFETY_LINE:
		str_appendf(out, "a line of the safety plan is one line of text (UTF-8, with no tab "
		                 "or other control character) of 1 to %d characters",
		            SAFETY_LINE_CHARS_MAX);
		return;
	case APP_E_SAFETY_LINES:
		str_appendf(out, "a part of the safety plan holds at most %d lines", SAFETY_LINES_MAX);
		return;
	case APP_E_SAFETY_FILE:
		str_appendf(out, "your safety plan was saved in your diary, but the file of lines to "
		                 "show while locked could not be written (%s), so while locked the "
		                 "old lines may show",
		            str_cstr(&err->detail));
		return;
	case APP_E_PRACTICE_TIME:
		str_append(out, "a practice starts at a local time with its offset from UTC, such as "
		                "2026-11-22T14:03:00+01:00");
		return;
	case APP_E_PRACTICE_TEXT:
		str_append(out, "each question and answer of a practice is text (UTF-8) of at most "
		                "64 KiB");
		return;
	case APP_E_PRACTICE_FIELD:
		str_append(out, "a worksheet field's name is lower-case letters, digits and hyphens, "
		                "with dots between parts, such as dear-man.describe, at most 128 "
		                "characters");
		return;
	case APP_E_PRACTICE_RATING:
		str_append(out, "a practice's rating is an urge or an emotion from 0 (none) to 5 (the "
		                "strongest), or distress from 0 (calm) to 10 (the most you can bear)");
		return;
	case APP_STATUS_COUNT:
		break;
	}
	str_append(out, "internal error: unknown application status");
}

void app_error_describe(const struct app_error *err, struct str *out)
{
	switch (err->source) {
	case APP_ERROR_VAULT:
		str_append(out, vault_status_message((enum vault_status)err->status));
		/* The recovery key is offered only where it may open: not for a
		 * vault made without one, nor a diary kept open behind the locked
		 * screen, which only its passphrase opens. */
		if (err->status == VAULT_E_AUTH && !err->passphrase_only) {
			str_append(out, ", or unlock with your recovery key");
		}
		return;
	case APP_ERROR_STORE:
		str_append(out, store_status_message((enum store_status)err->status));
		if (err->detail.len > 0) {
			/* Where: a sentence of its own after what it means. */
			const char *d = str_cstr(&err->detail);
			char first = d[0] >= 'a' && d[0] <= 'z' ? (char)(d[0] - 'a' + 'A') : d[0];
			str_appendf(out, ". %c%s", first, d + 1);
		}
		return;
	case APP_ERROR_APP:
		describe_app(err, out);
		return;
	case APP_ERROR_NONE:
		break;
	}
	str_append(out, "internal error: no error was recorded");
}

enum next_step app_error_next(const struct app_error *err)
{
	switch (err->source) {
	case APP_ERROR_VAULT:
		return vault_status_next((enum vault_status)err->status);
	case APP_ERROR_STORE:
		return store_status_next((enum store_status)err->status);
	case APP_ERROR_APP:
		return app_row(err->status)->next;
	case APP_ERROR_NONE:
		break;
	}
	return NEXT_NONE;
}

int app_error_exit_code(const struct app_error *err)
{
	switch (err->source) {
	case APP_ERROR_VAULT:
		return vault_status_exit_code((enum vault_status)err->status);
	case APP_ERROR_STORE:
		return store_status_exit_code((enum store_status)err->status);
	case APP_ERROR_APP:
		return app_row(err->status)->exit_code;
	case APP_ERROR_NONE:
		break;
	}
	return app_row(-1)->exit_code;
}

void app_error_finish(struct app_error *err)
{
	if (err != NULL) {
		str_finish(&err->detail);
		*err = (struct app_error){0};
	}
}
