/* A diary card's unsaved changes, kept as one setting inside the vault:
 * a first line naming the format, the date, then one KEY=VALUE a line,
 * the value's backslashes and line ends escaped (a note may hold lines). */
#include "app/card_draft.h"

#include <stdlib.h>
#include <string.h>

#include "app/clock.h"
#include "app/secret.h"
#include "app/session_internal.h"
#include "store/setting.h"

#define DRAFT_KEY "draft.card"
#define DRAFT_HEAD "wisemind card draft 1"

static void append_escaped(struct str *out, const char *value)
{
	for (const char *p = value; *p != '\0'; p++) {
		if (*p == '\\') {
			str_append(out, "\\\\");
		} else if (*p == '\n') {
			str_append(out, "\\n");
		} else if (*p == '\r') {
			str_append(out, "\\r");
		} else {
			str_append_char(out, *p);
		}
	}
}

/* Keys are the card's field names: never a line end or an '='. */
static bool key_ok(const char *key)
{
	return key[0] != '\0' && strpbrk(key, "=\n\r\\") == NULL;
}

bool session_card_draft_keep(struct session *s, const char *date,
                             const struct app_card_change *changes, size_t count,
                             struct app_error *err)
{
	if (count == 0) {
		enum store_status st = store_setting_delete(s->store, DRAFT_KEY);
		return st == STORE_OK || app_error_store(err, st);
	}
	if (!app_date_check(date, err)) {
		return false;
	}
	struct str text = {0};
	str_appendf(&text, "%s\n%s\n", DRAFT_HEAD, date);
	for (size_t i = 0; i < count; i++) {
		if (!key_ok(changes[i].key)) {
			str_wipe(&text);
			return app_error_store(err, STORE_INVALID);
		}
		str_appendf(&text, "%s=", changes[i].key);
		append_escaped(&text, changes[i].value);
		str_append_char(&text, '\n');
	}
	enum store_status st = store_setting_set(s->store, DRAFT_KEY, str_cstr(&text));
	str_wipe(&text);
	return st == STORE_OK || app_error_store(err, st);
}

/* Undoes append_escaped in place; false on an escape it never writes. */
static bool unescape(char *value)
{
	char *to = value;
	for (const char *p = value; *p != '\0'; p++) {
		if (*p != '\\') {
			*to++ = *p;
			continue;
		}
		p++;
		if (*p == '\\') {
			*to++ = '\\';
		} else if (*p == 'n') {
			*to++ = '\n';
		} else if (*p == 'r') {
			*to++ = '\r';
		} else {
			return false;
		}
	}
	*to = '\0';
	return true;
}

/* Splits out->text (ours, changed in place) into the date and changes. */
static bool parse(struct app_card_draft *out)
{
	char *line = out->text;
	char *next = strchr(line, '\n');
	if (next == NULL || (size_t)(next - line) != strlen(DRAFT_HEAD) ||
	    strncmp(line, DRAFT_HEAD, strlen(DRAFT_HEAD)) != 0) {
		return false;
	}
	line = next + 1;
	next = strchr(line, '\n');
	if (next == NULL || next - line != DATE_TEXT_SIZE - 1) {
		return false;
	}
	memcpy(out->date, line, DATE_TEXT_SIZE - 1);
	out->date[DATE_TEXT_SIZE - 1] = '\0';
	size_t lines = 0;
	for (const char *p = next + 1; *p != '\0'; p++) {
		lines += *p == '\n';
	}
	out->changes = calloc(lines > 0 ? lines : 1, sizeof(*out->changes));
	if (out->changes == NULL) {
		return false;
	}
	for (line = next + 1; *line != '\0'; line = next + 1) {
		next = strchr(line, '\n');
		char *eq = strchr(line, '=');
		if (next == NULL || eq == NULL || eq > next || eq == line) {
			return false;
		}
		*next = '\0';
		*eq = '\0';
		if (!unescape(eq + 1)) {
			return false;
		}
		out->changes[out->count++] = (struct app_card_change){line, eq + 1};
	}
	return out->count > 0;
}

bool session_card_draft_take(struct session *s, struct app_card_draft *out, bool *found,
                             struct app_error *err)
{
	memset(out, 0, sizeof(*out));
	struct str text = {0};
	if (!session_draft_take(s, DRAFT_KEY, &text, found, err)) {
		return false;
	}
	if (!*found) {
		return true;
	}
	out->text = malloc(text.len + 1);
	if (out->text == NULL) {
		str_wipe(&text);
		*found = false;
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	memcpy(out->text, str_cstr(&text), text.len + 1);
	out->text_size = text.len + 1;
	str_wipe(&text);
	*found = parse(out);
	if (!*found) {
		app_card_draft_finish(out);
	}
	return true;
}

void app_card_draft_finish(struct app_card_draft *draft)
{
	if (draft->text != NULL) {
		app_wipe(draft->text, draft->text_size);
		free(draft->text);
	}
	free(draft->changes);
	memset(draft, 0, sizeof(*draft));
}

bool session_card_draft_waiting(struct session *s, char date[DATE_TEXT_SIZE])
{
	date[0] = '\0';
	struct str text = {0};
	if (store_setting_get(s->store, DRAFT_KEY, &text) == STORE_OK) {
		/* The date is the second line. */
		const char *line = strchr(str_cstr(&text), '\n');
		if (line != NULL && strlen(line + 1) > DATE_TEXT_SIZE - 1 &&
		    line[DATE_TEXT_SIZE] == '\n') {
			memcpy(date, line + 1, DATE_TEXT_SIZE - 1);
			date[DATE_TEXT_SIZE - 1] = '\0';
		}
	}
	str_wipe(&text);
	return date[0] != '\0';
}
