#include "core/crisis_card.h"

#include <stdbool.h>

#define FINDAHELPLINE "https://findahelpline.com"

static void append_sentence_start(struct str *out, const char *text)
{
	/* The data writes "text HOME to 741741"; a line starts with a capital. */
	if (text[0] >= 'a' && text[0] <= 'z') {
		str_append_char(out, (char)(text[0] - 'a' + 'A'));
		str_append(out, text + 1);
	} else {
		str_append(out, text);
	}
}

static void format_line(const struct crisis_line *line, struct str *out)
{
	str_appendf(out, "  %s: ", line->name);
	if (line->phone != NULL) {
		str_appendf(out, "call %s", line->phone);
		if (line->text != NULL) {
			str_appendf(out, ", or %s", line->text);
		}
	} else if (line->text != NULL) {
		str_append(out, line->text);
	}
	if (crisis_line_always_open(line)) {
		str_append(out, ". Open 24/7.\n");
	} else {
		str_appendf(out, ". Hours: %s.\n", line->hours);
	}
	if (line->languages != NULL) {
		str_appendf(out, "    Languages: %s\n", line->languages);
	}
	if (line->note != NULL) {
		str_append(out, "    ");
		append_sentence_start(out, line->note);
		str_append_char(out, '\n');
	}
	if (line->caveat != NULL) {
		str_appendf(out, "    Please note: %s\n", line->caveat);
	}
}

static void format_who(const struct crisis_who *who, struct str *out)
{
	switch (who->source) {
	case COUNTRY_FROM_FLAG:
		str_appendf(out, "Country %s, from --country.\n", who->code);
		break;
	case COUNTRY_FROM_SETTING:
		str_appendf(out, "Country %s, from your saved setting. "
		                 "For another country use --country CC.\n", who->code);
		break;
	case COUNTRY_FROM_LOCALE:
		str_appendf(out, "Country %s, guessed from your language setting (%s). "
		                 "If you are somewhere else, use --country CC.\n",
		            who->code, who->locale != NULL ? who->locale : "locale");
		break;
	case COUNTRY_UNKNOWN:
		break;
	}
}

static void format_unknown(const struct crisis_who *who, struct str *out)
{
	str_append(out,
		"If you are in danger now, call your local emergency number.\n"
		"112 reaches emergency services in every European Union country, "
		"and from mobile phones in many other countries.\n\n");
	if (who->code[0] == '\0') {
		str_append(out,
			"wisemind does not know which country you are in, so it shows no "
			"local crisis line.\n"
			"Find a crisis line near you: " FINDAHELPLINE "\n"
			"To see your country's lines, give its two-letter code: "
			"wisemind --country GB crisis\n");
	} else {
		str_appendf(out,
			"wisemind has no crisis lines for %s yet.\n"
			"Find a crisis line near you: " FINDAHELPLINE "/%s\n",
			who->code, who->code);
		format_who(who, out);
	}
}

void crisis_card_format(const struct crisis_table *table,
                        const struct crisis_who *who, struct str *out)
{
	const struct crisis_country *row = crisis_table_find(table, who->code);
	if (row == NULL) {
		format_unknown(who, out);
		return;
	}
	str_appendf(out, "If you are in danger now, call %s.\n\n", row->emergency);
	str_appendf(out, "Crisis lines for %s:\n", row->name);
	bool any_always_open = false;
	for (size_t i = 0; i < row->line_count; i++) {
		format_line(&row->lines[i], out);
		any_always_open = any_always_open || crisis_line_always_open(&row->lines[i]);
	}
	if (!any_always_open) {
		str_appendf(out, "  None of these lines is open around the clock. "
		                 "Outside their hours, call %s.\n", row->emergency);
	}
	if (row->note != NULL) {
		str_appendf(out, "  %s\n", row->note);
	}
	if (row->caveat != NULL) {
		str_appendf(out, "  Please note: %s\n", row->caveat);
	}
	str_appendf(out, "\nMore lines: " FINDAHELPLINE "/%s\n", row->code);
	if (row->origin == CRISIS_USER) {
		str_append(out, "These lines come from your own crisis file.\n");
	}
	str_appendf(out, "Numbers checked %s; wisemind crisis --sources lists the sources.\n",
	            row->verified);
	format_who(who, out);
}

void crisis_card_format_sources(const struct crisis_table *table,
                                const struct crisis_who *who, struct str *out)
{
	const struct crisis_country *row = crisis_table_find(table, who->code);
	if (row == NULL) {
		str_append(out, "No crisis lines are shown for this country, so there are "
		                "no sources to list. Try: wisemind --country GB crisis --sources\n");
		return;
	}
	str_appendf(out, "The lines for %s were checked %s against:\n", row->name,
	            row->verified);
	for (size_t i = 0; i < row->source_count; i++) {
		str_appendf(out, "  %s\n", row->sources[i]);
	}
}
