/* wisemind report --format json (cli/report_format.h; the fields in
 * wisemind(1)): the columns, every day and the urges logged, one day or
 * urge a line. */
#include <string.h>

#include "cli/report_format.h"

/* text as a JSON string, or null. Control characters, DEL, U+2028 and
 * U+2029 are escaped; a byte that is not UTF-8 comes out as U+FFFD. */
static void string(struct str *out, const char *text)
{
	if (text == NULL) {
		str_append(out, "null");
		return;
	}
	str_append_char(out, '"');
	size_t n = strlen(text);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)text[i];
		if (c == '"' || c == '\\') {
			str_append_char(out, '\\');
			str_append_char(out, (char)c);
			i++;
		} else if (c == '\n') {
			str_append(out, "\\n");
			i++;
		} else if (c == '\t') {
			str_append(out, "\\t");
			i++;
		} else if (c < 0x20 || c == 0x7f) {
			str_appendf(out, "\\u%04x", c);
			i++;
		} else if (c < 0x80) {
			str_append_char(out, (char)c);
			i++;
		} else {
			size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
			if (i + len > n || !str_is_utf8(text + i, len)) {
				str_append(out, "\\ufffd");
				i++;
			} else if (len == 3 && memcmp(text + i, "\xe2\x80\xa8", 3) == 0) {
				str_append(out, "\\u2028");
				i += 3;
			} else if (len == 3 && memcmp(text + i, "\xe2\x80\xa9", 3) == 0) {
				str_append(out, "\\u2029");
				i += 3;
			} else {
				str_append_n(out, text + i, len);
				i += len;
			}
		}
	}
	str_append_char(out, '"');
}

static void number(struct str *out, int v)
{
	if (v < 0) {
		str_append(out, "null");
	} else {
		str_appendf(out, "%d", v);
	}
}

static void key(struct str *out, size_t i, const char *id)
{
	str_append(out, i ? ", " : "");
	string(out, id);
	str_append(out, ": ");
}

static void items(struct str *out, const char *name, const struct app_report_item *list,
                  size_t count, bool targets)
{
	str_appendf(out, "  \"%s\": [", name);
	for (size_t i = 0; i < count; i++) {
		const struct app_report_item *it = &list[i];
		str_append(out, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
		string(out, it->id);
		str_append(out, ", \"label\": ");
		string(out, it->label);
		if (targets) {
			str_append(out, ", \"kind\": ");
			string(out, urge_kind_name(it->kind));
		}
		str_appendf(out, ", \"retired\": %s, \"in_template\": %s}",
		            it->retired ? "true" : "false", it->in_template ? "true" : "false");
	}
	str_append(out, count ? "\n  ],\n" : "],\n");
}

static void ratings(struct str *out, const char *name, const struct app_report_item *list,
                    size_t count, const int8_t *values)
{
	str_appendf(out, ", \"%s\": {", name);
	for (size_t i = 0; i < count; i++) {
		key(out, i, list[i].id);
		number(out, values[i]);
	}
	str_append_char(out, '}');
}

/* An id list kept joined by ';': ids, nothing to escape. */
static void id_list(struct str *out, const char *p)
{
	str_append_char(out, '[');
	for (size_t i = 0; p != NULL && *p != '\0'; i++) {
		size_t len = strcspn(p, ";");
		str_append(out, i ? ", \"" : "\"");
		str_append_n(out, p, len);
		str_append_char(out, '"');
		p += len + (p[len] == ';');
	}
	str_append_char(out, ']');
}

static void day(const struct app_report *r, const struct app_report_day *d, struct str *out)
{
	str_append(out, "{\"date\": ");
	string(out, d->date);
	ratings(out, "urges", r->targets, r->target_count, d->urge);
	ratings(out, "urge_peaks", r->targets, r->target_count, d->peak);
	str_append(out, ", \"actions\": {");
	for (size_t i = 0; i < r->target_count; i++) {
		key(out, i, r->targets[i].id);
		if (d->action[i] < 0) {
			str_append(out, "null");
		} else if (d->counted[i]) {
			str_appendf(out, "%d", d->action[i]);
		} else {
			str_append(out, d->action[i] ? "true" : "false");
		}
	}
	str_append_char(out, '}');
	ratings(out, "emotions", r->emotions, r->emotion_count, d->emotion);
	str_append(out, ", \"session\": {");
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		key(out, i, card_session_items[i].id);
		number(out, d->session[i]);
	}
	str_append(out, "}, \"skills_used\": ");
	number(out, d->skills_used);
	str_append(out, ", \"skills\": ");
	id_list(out, app_report_text(r, d->skills));
	str_append(out, ", \"medication\": {");
	for (size_t i = 0; i < r->med_count; i++) {
		key(out, i, r->meds[i]);
		string(out, app_report_text(r, d->med[i]));
	}
	str_append(out, "}, \"note\": ");
	string(out, app_report_text(r, d->note));
	str_append(out, ", \"homework\": ");
	number(out, d->homework); /* null: no homework in force that day */
	str_append_char(out, '}');
}

static void homework(const struct app_report *r, const struct app_report_homework *h,
                     struct str *out)
{
	str_appendf(out, "{\"id\": \"%s\", \"skills\": ", h->id);
	id_list(out, app_report_text(r, h->skills));
	str_append(out, ", \"every\": ");
	string(out, app_report_text(r, h->every));
	str_appendf(out, ", \"expected\": %u, \"done\": %u, \"finished\": %s}", h->expected,
	            h->done, h->finished ? "true" : "false");
}

static void event(const struct app_report *r, const struct app_report_event *e, struct str *out)
{
	str_appendf(out, "{\"id\": \"%s\", \"at\": ", e->id);
	string(out, app_report_text(r, e->at));
	str_appendf(out, ", \"date\": \"%s\", \"target\": ", e->date);
	string(out, app_report_text(r, e->target));
	str_appendf(out, ", \"before\": %d, \"after\": ", e->before);
	number(out, e->after);
	str_append(out, ", \"skill\": ");
	string(out, app_report_text(r, e->skill));
	str_append(out, ", \"note\": ");
	string(out, app_report_text(r, e->note));
	str_appendf(out, ", \"via_inbox\": %s}", e->via_inbox ? "true" : "false");
}

void report_json_append(const struct app_report *r, struct str *out)
{
	str_appendf(out, "{\n  \"format\": \"wisemind-report\",\n  \"version\": %d,\n",
	            REPORT_JSON_VERSION);
	str_appendf(out, "  \"from\": \"%s\",\n  \"to\": \"%s\",\n  \"week\": ", r->range.from,
	            r->range.to);
	string(out, r->range.week[0] != '\0' ? r->range.week : NULL);
	str_append(out, ",\n");
	items(out, "targets", r->targets, r->target_count, true);
	items(out, "emotions", r->emotions, r->emotion_count, false);
	str_append(out, "  \"session\": [");
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		str_append(out, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
		string(out, card_session_items[i].id);
		str_append(out, ", \"label\": ");
		string(out, card_session_items[i].label);
		str_append_char(out, '}');
	}
	str_append(out, "\n  ],\n  \"medication\": [");
	for (size_t i = 0; i < r->med_count; i++) {
		str_append(out, i ? ", " : "");
		string(out, r->meds[i]);
	}
	str_append(out, "],\n  \"days\": [");
	for (size_t i = 0; i < r->day_count; i++) {
		str_append(out, i ? ",\n    " : "\n    ");
		day(r, &r->days[i], out);
	}
	str_append(out, r->day_count ? "\n  ],\n  \"events\": [" : "],\n  \"events\": [");
	for (size_t i = 0; i < r->event_count; i++) {
		str_append(out, i ? ",\n    " : "\n    ");
		event(r, &r->events[i], out);
	}
	str_append(out, r->event_count ? "\n  ],\n  \"homework\": [" : "],\n  \"homework\": [");
	for (size_t i = 0; i < r->homework_count; i++) {
		str_append(out, i ? ",\n    " : "\n    ");
		homework(r, &r->homework[i], out);
	}
	str_append(out, r->homework_count ? "\n  ]\n}\n" : "]\n}\n");
}
