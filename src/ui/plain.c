#include "ui/plain.h"

#include <string.h>

#include "ui/keys.h"
#include "core/wrap.h"

void ui_plain_print(const struct app *app, FILE *out, const char *text)
{
	struct wrapped w;
	wrap_for_terminal(text, 80, app->ascii_only, &w);
	for (size_t i = 0; i < w.count; i++) {
		fputs(w.lines[i], out);
		fputc('\n', out);
	}
	wrapped_finish(&w);
}

static void print_keys(FILE *out)
{
	static const char keys[] = "!?cq";
	for (const char *k = keys; *k != '\0'; k++) {
		fprintf(out, "  %c  %s\n", *k, ui_action_help(ui_keys_plain(*k)));
	}
}

static void print_card(struct app *app, FILE *out)
{
	struct str card = {0};
	app_crisis_card(app, &card);
	ui_plain_print(app, out, str_cstr(&card));
	str_finish(&card);
}

static bool read_answer(FILE *in, FILE *out, char *line, size_t size)
{
	fputs("> ", out);
	fflush(out);
	if (fgets(line, (int)size, in) == NULL) {
		return false;
	}
	line[strcspn(line, "\r\n")] = '\0';
	return strcmp(line, "q") != 0;
}

static void ask(const struct app *app, FILE *out)
{
	if (app->who.code[0] != '\0' && app->who.source == COUNTRY_FROM_LOCALE) {
		fprintf(out, "Crisis lines: your language setting (%s) suggests %s (%s). "
		             "Press Enter to use it, or type your two-letter country code or "
		             "your country's English name, or - to skip.\n",
		        app->who.locale != NULL ? app->who.locale : "locale",
		        app_country_name(app, app->who.code), app->who.code);
	} else {
		fputs("Crisis lines: type your two-letter country code (such as GB, US or AU) "
		      "or your country's English name, or - to skip.\n", out);
	}
}

static void show_choice(const struct app *app, FILE *out, const char *code)
{
	fprintf(out, "%s (%s). Press Enter to save it, or type another country.\n",
	        app_country_name(app, code), code);
	if (!app_country_has_lines(app, code)) {
		fprintf(out, "wisemind has no crisis lines for %s yet; the crisis card will show "
		             "its emergency number instead.\n", app_country_name(app, code));
	}
}

/* First run: the same question as the country screen, one line at a time.
 * What is typed (a code or an English name) is read and its name shown;
 * Enter then saves it. ! shows the crisis card at every step, - skips.
 * False at the end of input or on q. */
static bool confirm_country(struct app *app, FILE *in, FILE *out)
{
	char code[COUNTRY_CODE_SIZE] = "";
	char line[64];
	ask(app, out);
	for (;;) {
		if (!read_answer(in, out, line, sizeof(line))) {
			return false;
		}
		if (strcmp(line, "-") == 0) {
			return true;
		}
		if (strcmp(line, "!") == 0) {
			print_card(app, out);
		} else if (line[0] == '\0' && code[0] == '\0' && app->who.code[0] != '\0') {
			/* The suggestion already showed its name: Enter takes it. */
			memcpy(code, app->who.code, sizeof(code));
			break;
		} else if (line[0] == '\0' && code[0] != '\0') {
			break;
		} else if (!app_country_read(app, line, code)) {
			code[0] = '\0';
			fputs("That is not a country wisemind knows: type a two-letter code such as GB, "
			      "or a name such as Germany.\n", out);
		}
		if (code[0] != '\0') {
			show_choice(app, out, code);
		} else {
			ask(app, out);
		}
	}
	struct str err = {0};
	bool saved = app_confirm_country(app, code, &err);
	if (saved) {
		fprintf(out, "Saved: %s (%s).\n", app_country_name(app, code), code);
	} else {
		fprintf(out, "%s\n", str_cstr(&err));
	}
	str_finish(&err);
	return true;
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
		                        ? ui_keys_plain((unsigned char)line[0])
		                        : UI_ACTION_NONE;
		if (action == UI_ACTION_QUIT) {
			break;
		}
		if (action == UI_ACTION_CRISIS) {
			print_card(app, out);
		} else if (action == UI_ACTION_COUNTRY) {
			if (!confirm_country(app, in, out)) {
				break;
			}
		} else if (action == UI_ACTION_HELP) {
			print_keys(out);
		} else if (line[0] != '\0') {
			fputs("Type ! for crisis lines, ? for the keys, or q to quit.\n", out);
		}
	}
	return fflush(out) == 0 ? 0 : 1;
}
