/* The safety plan being changed, kept as one setting inside the vault: a
 * first line naming the format, then one line per line of the plan: the
 * part's id, a tab, 1 when shown while locked (else 0), a tab, the text.
 * A plan's line never holds a tab or a line end (safety_line_check). */
#include "app/safety_plan_draft.h"

#include <stdlib.h>
#include <string.h>

#include "app/session_internal.h"
#include "store/setting.h"

#define DRAFT_KEY "draft.safety-plan"
#define DRAFT_HEAD "wisemind safety-plan draft 1"

bool session_safety_plan_draft_keep(struct session *s, const struct safety_plan *plan,
                                    struct app_error *err)
{
	struct str text = {0};
	str_appendf(&text, "%s\n", DRAFT_HEAD);
	for (int p = 0; p < SAFETY_SECTION_COUNT; p++) {
		const struct safety_lines *l = &plan->sections[p];
		for (size_t i = 0; i < l->count; i++) {
			const struct str *line = &l->items[i].text;
			if (safety_line_check(line->buf, line->len) != SAFETY_LINE_OK) {
				str_wipe(&text);
				return app_error_app(err, APP_E_SAFETY_LINE);
			}
			str_appendf(&text, "%s\t%d\t",
			            safety_section_info((enum safety_section)p)->id,
			            l->items[i].shown ? 1 : 0);
			str_append_n(&text, line->buf, line->len);
			str_append_char(&text, '\n');
		}
	}
	enum store_status st = store_setting_set(s->store, DRAFT_KEY, str_cstr(&text));
	str_wipe(&text);
	return st == STORE_OK || app_error_store(err, st);
}

/* Reads one "id\tflag\ttext" line (changed in place) into plan. */
static bool parse_line(char *line, struct safety_plan *plan)
{
	char *tab = strchr(line, '\t');
	if (tab == NULL || (tab[1] != '0' && tab[1] != '1') || tab[2] != '\t') {
		return false;
	}
	*tab = '\0';
	enum safety_section section;
	const char *words = tab + 3;
	size_t len = strlen(words);
	if (!safety_section_find(line, &section) ||
	    plan->sections[section].count >= SAFETY_LINES_MAX ||
	    safety_line_check(words, len) != SAFETY_LINE_OK) {
		return false;
	}
	safety_plan_add(plan, section, words, len, tab[1] == '1');
	return true;
}

/* Splits text (ours, changed in place) into out's lines. */
static bool parse(char *text, struct safety_plan *out)
{
	size_t head = strlen(DRAFT_HEAD);
	if (strncmp(text, DRAFT_HEAD, head) != 0 || text[head] != '\n') {
		return false;
	}
	char *next;
	for (char *line = text + head + 1; *line != '\0'; line = next + 1) {
		next = strchr(line, '\n');
		if (next == NULL) {
			return false;
		}
		*next = '\0';
		if (!parse_line(line, out)) {
			return false;
		}
	}
	return true;
}

bool session_safety_plan_draft_take(struct session *s, struct safety_plan *out, bool *found,
                                    struct app_error *err)
{
	safety_plan_finish(out);
	struct str text = {0};
	if (!session_draft_take(s, DRAFT_KEY, &text, found, err)) {
		return false;
	}
	if (*found) {
		*found = parse(text.buf, out);
		if (!*found) {
			safety_plan_finish(out);
		}
	}
	str_wipe(&text);
	return true;
}
