#include "core/crisis_card.h"

#include <stdbool.h>
#include <string.h>

#define FINDAHELPLINE "https://findahelpline.com"
#define NBSP "\xc2\xa0"

/* The numbers for a person whose country, or whose country's emergency
 * number, wisemind does not know (DESIGN.md §2.3). */
static const char common_numbers[] =
	"The most common emergency numbers are:\n"
	"  112  in every European Union country, and on most mobile phones\n"
	"  911  in the United States, Canada and other countries\n"
	"  999  in the United Kingdom and other countries\n"
	"  000  in Australia\n";

static const char *const common_sources[] = {
	"112 in the EU: http://europa.eu/rapid/press-release_MEMO-05-363_en.htm (2005)",
	"112 in the EU: https://www.govtech.com/public-safety/European-Emergency-Number-112-Now-Works.html (2008)",
	"911: https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
	"911: https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
	"999: https://de.qwe.wiki/wiki/999_(emergency_telephone_number)",
	"000: https://www.triplezero.gov.au/triple-zero/other-emergency-numbers",
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Appends text with the spaces of a phone number made unbreakable: all of
 * them in a phone field, those between two digits elsewhere. */
static void append_glued(struct str *out, const char *text, bool all_spaces)
{
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == ' ' && (all_spaces || (p > text && is_digit(p[-1]) && is_digit(p[1])))) {
			str_append(out, NBSP);
		} else {
			str_append_char(out, *p);
		}
	}
}

static void append_sentence_start(struct str *out, const char *text)
{
	/* The data writes "text HOME to 741741"; a sentence starts with a capital. */
	if (text[0] >= 'a' && text[0] <= 'z') {
		str_append_char(out, (char)(text[0] - 'a' + 'A'));
		append_glued(out, text + 1, false);
	} else {
		append_glued(out, text, false);
	}
}

static const struct crisis_country *row_of(const struct crisis_card_view *view)
{
	return crisis_table_find(view->table, view->who.code);
}

static const char *country_name(const struct crisis_card_view *view)
{
	const struct crisis_country *row = row_of(view);
	if (view->country != NULL) {
		return country_info_name(view->country, view->ascii_only);
	}
	if (row != NULL && row->name != NULL) {
		return row->name;
	}
	return view->who.code;
}

/* What to dial in an emergency, or "" when it is not known: the built-in
 * row's, else the emergency table's; the person's own file names one only
 * where wisemind knows none, and then says it is theirs. */
static void emergency_text(const struct crisis_card_view *view, struct str *out)
{
	const struct crisis_country *row = row_of(view);
	if (row != NULL && row->origin == CRISIS_BUILT_IN && row->emergency != NULL) {
		append_glued(out, row->emergency, false);
	} else if (emergency_known(view->emergency)) {
		struct str plain = {0};
		emergency_format(view->emergency, &plain);
		append_glued(out, str_cstr(&plain), false);
		str_finish(&plain);
	} else if (row != NULL && row->emergency != NULL) {
		append_glued(out, row->emergency, false);
		str_append(out, " (from your own crisis file)");
	}
}

static void append_hours(struct str *out, const char *hours, bool inline_phrase)
{
	if (crisis_hours_always(hours)) {
		str_append(out, inline_phrase ? "open 24/7" : "Open 24/7");
	} else if (crisis_hours_unknown(hours)) {
		str_append(out, inline_phrase ? "hours not confirmed" : "Hours not confirmed");
	} else {
		str_appendf(out, inline_phrase ? "%s" : "Hours: %s", hours);
	}
}

/* "call 116 123, or email jo@samaritans.org" */
static void append_options(struct str *out, const char *phone, const char *text)
{
	if (phone != NULL) {
		str_append(out, "call ");
		append_glued(out, phone, true);
		if (text != NULL) {
			str_append(out, ", or ");
			append_glued(out, text, false);
		}
	} else if (text != NULL) {
		append_glued(out, text, false);
	}
}

static void format_line(const struct crisis_card_view *view, const struct crisis_line *line,
                        struct str *out)
{
	str_appendf(out, "  %s", crisis_line_name(line, view->ascii_only));
	bool replaced = line->was_phone != NULL || line->was_text != NULL;
	if (line->origin == CRISIS_USER) {
		str_append(out, replaced ? " (changed by you)" : " (added by you)");
	}
	str_append(out, ": ");
	bool split_hours = line->text != NULL && line->text_hours != NULL && line->phone != NULL;
	if (split_hours) {
		/* Each option with its own hours, so a chat's shorter hours never
		 * read as the phone's. */
		str_append(out, "call ");
		append_glued(out, line->phone, true);
		str_append(out, ", ");
		append_hours(out, line->hours, true);
		str_append(out, "; or ");
		append_glued(out, line->text, false);
		str_append(out, ", ");
		append_hours(out, line->text_hours, true);
		str_append(out, ".\n");
	} else {
		append_options(out, line->phone, line->text);
		str_append(out, ". ");
		append_hours(out, line->text != NULL && line->phone == NULL && line->text_hours != NULL
		                  ? line->text_hours : line->hours, false);
		str_append(out, ".\n");
	}
	if (replaced) {
		str_append(out, "    The built-in line was: ");
		append_options(out, line->was_phone, line->was_text);
		str_append(out, ".\n");
	}
	if (line->languages != NULL) {
		str_appendf(out, "    Languages: %s.\n", line->languages);
	}
	if (line->note != NULL) {
		str_append(out, "    ");
		append_sentence_start(out, line->note);
		str_append_char(out, '\n');
	}
}

static bool line_open_always(const struct crisis_line *line)
{
	return crisis_hours_always(line->hours) ||
	       (line->text != NULL && crisis_hours_always(line->text_hours));
}

static bool line_hours_known(const struct crisis_line *line)
{
	return !crisis_hours_unknown(line->hours) ||
	       (line->text_hours != NULL && !crisis_hours_unknown(line->text_hours));
}

static void format_who(const struct crisis_card_view *view, struct str *out)
{
	const char *name = country_name(view);
	switch (view->who.source) {
	case COUNTRY_FROM_FLAG:
		str_appendf(out, "Country: %s (%s), as asked for this time.", name, view->who.code);
		break;
	case COUNTRY_FROM_SETTING:
		str_appendf(out, "Country: %s (%s), from your saved setting.", name, view->who.code);
		break;
	case COUNTRY_FROM_LOCALE:
		str_appendf(out, "Country: %s (%s), only guessed from your language setting (%s).",
		            name, view->who.code,
		            view->who.locale != NULL ? view->who.locale : "locale");
		break;
	case COUNTRY_UNKNOWN:
		str_append(out, "wisemind does not know which country you are in, so it shows no "
		                "local crisis line.");
		break;
	}
	if (view->change_hint != NULL) {
		str_appendf(out, " %s, %s.",
		            view->who.source == COUNTRY_FROM_LOCALE ? "To confirm it or choose another"
		            : view->who.source == COUNTRY_UNKNOWN ? "To choose your country"
		                                                   : "To change it",
		            view->change_hint);
	}
	str_append_char(out, '\n');
}

static void format_no_lines(const struct crisis_card_view *view, struct str *out)
{
	struct str dial = {0};
	emergency_text(view, &dial);
	if (dial.len > 0) {
		str_appendf(out, "If you are in danger now, call %s.\n\n", str_cstr(&dial));
	} else {
		str_append(out, "If you are in danger now, call your local emergency number.\n");
		if (view->who.code[0] != '\0') {
			str_appendf(out, "wisemind could not confirm the emergency numbers for %s.\n",
			            country_name(view));
		}
		str_append(out, common_numbers);
		str_append_char(out, '\n');
	}
	str_finish(&dial);
	if (view->who.code[0] == '\0') {
		str_append(out, "Find a crisis line near you: " FINDAHELPLINE "\n");
		return;
	}
	str_appendf(out, "Crisis lines for %s are not in wisemind yet.\n"
	                 "Find a crisis line near you: " FINDAHELPLINE "/%s\n",
	            country_name(view), view->who.code);
	if (emergency_known(view->emergency)) {
		str_appendf(out, "Emergency numbers checked %s.", view->emergency->verified);
		if (view->sources_hint != NULL) {
			str_appendf(out, " %s", view->sources_hint);
		}
		str_append_char(out, '\n');
	}
}

static void format_row(const struct crisis_card_view *view, const struct crisis_country *row,
                       struct str *out)
{
	struct str dial = {0};
	emergency_text(view, &dial);
	if (dial.len == 0) {
		str_append(&dial, "your local emergency number");
	}
	str_appendf(out, "If you are in danger now, call %s.\n\n", str_cstr(&dial));
	str_appendf(out, "Crisis lines for %s:\n", country_name(view));
	bool any_always = false;
	bool any_known = false;
	bool any_user = false;
	for (size_t i = 0; i < row->line_count; i++) {
		format_line(view, &row->lines[i], out);
		any_always = any_always || line_open_always(&row->lines[i]);
		any_known = any_known || line_hours_known(&row->lines[i]);
		any_user = any_user || row->lines[i].origin == CRISIS_USER;
	}
	if (!any_always) {
		str_appendf(out, any_known ? "  None of these lines is open around the clock. "
		                             "Outside their hours, call %s.\n"
		                           : "  If no one answers, call %s.\n",
		            str_cstr(&dial));
	}
	str_finish(&dial);
	if (row->note != NULL) {
		str_append(out, "  ");
		append_sentence_start(out, row->note);
		str_append_char(out, '\n');
	}
	str_appendf(out, "\nMore lines: " FINDAHELPLINE "/%s\n", row->code);
	if (row->origin == CRISIS_BUILT_IN) {
		str_appendf(out, "%s checked %s.", any_user ? "Built-in numbers" : "Numbers",
		            row->verified);
		if (any_user) {
			str_append(out, " The lines marked as yours come from your own crisis file.");
		}
		if (view->sources_hint != NULL) {
			str_appendf(out, " %s", view->sources_hint);
		}
		str_append_char(out, '\n');
	} else {
		str_append(out, "These lines come from your own crisis file.\n");
	}
}

void crisis_card_format(const struct crisis_card_view *view, struct str *out)
{
	if (view->who.source == COUNTRY_FROM_LOCALE) {
		format_who(view, out);
		str_append_char(out, '\n');
	}
	const struct crisis_country *row = row_of(view);
	if (row != NULL) {
		format_row(view, row, out);
	} else {
		format_no_lines(view, out);
	}
	if (view->who.source != COUNTRY_FROM_LOCALE) {
		format_who(view, out);
	}
}

void crisis_card_format_short(const struct crisis_card_view *view, struct str *out)
{
	struct str dial = {0};
	emergency_text(view, &dial);
	if (dial.len == 0) {
		str_append(&dial, "your local emergency number (112, 911, 999 or 000)");
	}
	str_appendf(out, "If you are in danger now, call %s.\n", str_cstr(&dial));
	str_finish(&dial);
	const struct crisis_country *row = row_of(view);
	if (row == NULL || row->line_count == 0) {
		return;
	}
	const struct crisis_line *pick = &row->lines[0];
	for (size_t i = 0; i < row->line_count; i++) {
		if (line_open_always(&row->lines[i])) {
			pick = &row->lines[i];
			break;
		}
	}
	format_line(view, pick, out);
}

static void format_checks(const struct crisis_card_view *view, const struct crisis_country *row,
                          struct str *out)
{
	bool any = row->check != NULL;
	for (size_t i = 0; i < row->line_count; i++) {
		any = any || row->lines[i].check != NULL;
	}
	if (!any) {
		return;
	}
	str_append(out, "Notes for checkers:\n");
	if (row->check != NULL) {
		str_appendf(out, "  %s\n", row->check);
	}
	for (size_t i = 0; i < row->line_count; i++) {
		if (row->lines[i].check != NULL) {
			str_appendf(out, "  %s: %s\n", crisis_line_name(&row->lines[i], view->ascii_only),
			            row->lines[i].check);
		}
	}
}

static void format_emergency_sources(const struct crisis_card_view *view, struct str *out)
{
	const struct emergency_entry *e = view->emergency;
	if (!emergency_known(e) || e->sources == NULL) {
		str_append(out, "The common emergency numbers were checked against:\n");
		for (size_t i = 0; i < sizeof(common_sources) / sizeof(common_sources[0]); i++) {
			str_appendf(out, "  %s\n", common_sources[i]);
		}
		return;
	}
	str_appendf(out, "The emergency numbers for %s were checked %s against:\n",
	            country_name(view), e->verified);
	const char *p = e->sources;
	while (p != NULL && *p != '\0') {
		const char *semi = strstr(p, "; ");
		size_t n = semi != NULL ? (size_t)(semi - p) : strlen(p);
		str_append(out, "  ");
		str_append_n(out, p, n);
		str_append_char(out, '\n');
		p = semi != NULL ? semi + 2 : NULL;
	}
	if (e->remark != NULL) {
		str_appendf(out, "  (%s)\n", e->remark);
	}
}

void crisis_card_format_sources(const struct crisis_card_view *view, struct str *out)
{
	const struct crisis_country *row = row_of(view);
	if (row == NULL) {
		str_append(out, "No crisis lines are shown for this country, so there are no "
		                "crisis-line sources to list.\n");
	} else if (row->origin == CRISIS_BUILT_IN) {
		str_appendf(out, "The crisis lines for %s were checked %s against:\n",
		            country_name(view), row->verified);
		for (size_t i = 0; i < row->source_count; i++) {
			str_appendf(out, "  %s\n", row->sources[i]);
		}
		format_checks(view, row, out);
	} else {
		str_append(out, "The crisis lines shown come from your own crisis file.\n");
	}
	format_emergency_sources(view, out);
}
