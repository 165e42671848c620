#include "ui/plain.h"

#include <string.h>

#include "ui/keys.h"

static void print_keys(FILE *out)
{
	for (size_t i = 0; i < ui_key_count; i++) {
		if (ui_keys[i].action == UI_ACTION_CRISIS || ui_keys[i].action == UI_ACTION_HELP ||
		    ui_keys[i].action == UI_ACTION_QUIT) {
			fprintf(out, "  %s  %s\n", ui_keys[i].label, ui_keys[i].help);
		}
	}
}

/* First run: the same question as the country screen, one line at a time. */
static bool confirm_country(struct app *app, FILE *in, FILE *out)
{
	char line[64];
	for (;;) {
		if (app->who.code[0] != '\0') {
			fprintf(out, "Crisis lines: your language setting (%s) suggests %s (%s). "
			             "Press Enter to use it, or type your two-letter country code, "
			             "or - to skip.\n> ",
			        app->who.locale != NULL ? app->who.locale : "locale",
			        app_country_name(app, app->who.code), app->who.code);
		} else {
			fputs("Crisis lines: type your two-letter country code (such as GB, US or AU), "
			      "or - to skip.\n> ", out);
		}
		fflush(out);
		if (fgets(line, sizeof(line), in) == NULL) {
			return false;
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (strcmp(line, "-") == 0) {
			return true;
		}
		if (strcmp(line, "!") == 0) {
			struct str card = {0};
			app_crisis_card(app, &card);
			fputs(str_cstr(&card), out);
			str_finish(&card);
			continue;
		}
		struct str err = {0};
		bool saved = app_confirm_country(app, line, &err);
		if (saved) {
			fprintf(out, "Saved: crisis lines for %s (%s).\n",
			        app_country_name(app, app->who.code), app->who.code);
		} else {
			fprintf(out, "%s\n", str_cstr(&err));
		}
		str_finish(&err);
		if (saved || app->who.source == COUNTRY_FROM_SETTING) {
			return true;
		}
	}
}

int plain_run(struct app *app, FILE *in, FILE *out)
{
	fputs("wisemind, a private, offline coach for DBT skills.\n"
	      "It does not replace therapy or emergency services.\n"
	      "Type ! and Enter for crisis lines, ? for the keys, q to quit.\n", out);
	if (app_country_unconfirmed(app) && !confirm_country(app, in, out)) {
		fputc('\n', out);
		return fflush(out) == 0 ? 0 : 1;
	}
	char line[256];
	for (;;) {
		fputs("> ", out);
		fflush(out);
		if (fgets(line, sizeof(line), in) == NULL) {
			fputc('\n', out);
			break;
		}
		line[strcspn(line, "\r\n")] = '\0';
		enum ui_action action = line[0] != '\0' && line[1] == '\0'
		                        ? ui_keys_action((unsigned char)line[0])
		                        : UI_ACTION_NONE;
		if (action == UI_ACTION_QUIT) {
			break;
		}
		if (action == UI_ACTION_CRISIS) {
			struct str card = {0};
			app_crisis_card(app, &card);
			fputs(str_cstr(&card), out);
			str_finish(&card);
		} else if (action == UI_ACTION_HELP) {
			print_keys(out);
		} else if (line[0] != '\0') {
			fputs("Type ! for crisis lines, ? for the keys, or q to quit.\n", out);
		}
	}
	return fflush(out) == 0 ? 0 : 1;
}
