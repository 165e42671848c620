#include "cli/cli_app.h"

#include <string.h>

#include "cli/cli.h"
#include "cli/term_width.h"
#include "content/file_io.h"
#include "core/ascii.h"

bool cli_app_start(struct app *app, const struct app_options *opt)
{
	app_init(app, opt);
	app->hints = (struct app_hints){
		.change_country = "run: wisemind country CC",
		.sources = "To see the sources: wisemind crisis --sources",
	};
	struct str text = {0};
	for (size_t i = 0; i < app->warnings.count; i++) {
		str_append(&text, "wisemind: ");
		app_warning_describe(&app->warnings.items[i], &text);
		str_append(&text, ".\n");
	}
	cli_print_text(stderr, str_cstr(&text));
	str_finish(&text);
	if (app->country_flag_invalid) {
		cli_country_mistake(app, opt->country, "wisemind --country %s crisis", false);
	}
	return !app->country_flag_invalid;
}

/* What was typed, folded to ASCII (control bytes become "?") and cut at
 * 40 characters, so that raw bytes never reach the terminal. */
static void shown(const char *typed, struct str *out)
{
	struct str folded = {0};
	ascii_fold(typed, &folded);
	for (const char *c = str_cstr(&folded); *c != '\0' && c - folded.buf < 40; c++) {
		str_append_char(out, (*c >= 0x20 && *c < 0x7f) ? *c : '?');
	}
	str_finish(&folded);
}

void cli_country_mistake(const struct app *app, const char *typed, const char *use_code,
                         bool names_ok)
{
	struct country_suggestion s;
	app_country_suggest(app, typed, &s);
	struct str msg = {0};
	str_append(&msg, "wisemind: \"");
	shown(typed, &msg);
	str_append(&msg, names_ok ? "\" is not a country code or an English country name "
	                            "that wisemind knows"
	                          : "\" is not a two-letter country code");
	if (s.exact) {
		str_appendf(&msg, "; for %s the code is %s, so run: ",
		            app_country_name(app, s.codes[0]), s.codes[0]);
		str_appendf(&msg, use_code, s.codes[0]);
		str_append(&msg, "\n");
	} else if (s.count > 0) {
		str_append(&msg, ". Codes one letter away that have crisis lines: ");
		for (size_t i = 0; i < s.count; i++) {
			str_appendf(&msg, "%s%s (%s)", i > 0 ? ", " : "", s.codes[i],
			            app_country_name(app, s.codes[i]));
		}
		str_append(&msg, ". To list every country with crisis lines: wisemind country\n");
	} else {
		str_append(&msg, names_ok ? ". To list every country with crisis lines: "
		                            "wisemind country\n"
		                          : " such as GB or US. To list every country with crisis "
		                            "lines: wisemind country\n");
	}
	cli_print_text(stderr, str_cstr(&msg));
	str_finish(&msg);
}

static bool is_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-';
}

/* Whether the word of n bytes at w belongs to a command line after
 * "wisemind": an option, a command, a placeholder or code (no lower-case
 * letter), or the value of the option before it. */
static bool command_word(const char *w, size_t n, bool after_option)
{
	if (after_option || w[0] == '-') {
		return true;
	}
	bool lower = false;
	for (size_t i = 0; i < n; i++) {
		lower = lower || (w[i] >= 'a' && w[i] <= 'z');
	}
	if (!lower) {
		return true;
	}
	for (const struct cli_command *c = cli_commands; c->name != NULL; c++) {
		if (strlen(c->name) == n && strncmp(c->name, w, n) == 0) {
			return true;
		}
	}
	return false;
}

/* Copies text, gluing the words of each "wisemind ..." command line with
 * no-break spaces, so that a command is never broken across lines. */
static void glue_commands(const char *text, struct str *out)
{
	static const char name[] = "wisemind ";
	const char *p = text;
	const char *hit;
	while ((hit = strstr(p, name)) != NULL) {
		str_append_n(out, p, (size_t)(hit - p));
		str_append(out, "wisemind");
		const char *q = hit + strlen(name) - 1; /* at the space */
		bool after_option = false;
		while (*q == ' ' && is_word_char(q[1])) {
			size_t n = 0;
			while (is_word_char(q[1 + n])) {
				n++;
			}
			if (!command_word(q + 1, n, after_option)) {
				break;
			}
			str_append(out, "\xc2\xa0");
			str_append_n(out, q + 1, n);
			/* An option may take a value ("--format json"); gluing one word
			 * too many only breaks the line a little earlier. */
			after_option = q[1] == '-' && q[2] == '-';
			q += 1 + n;
		}
		p = q;
	}
	str_append(out, p);
}

void cli_print_text(FILE *out, const char *text)
{
	struct str glued = {0};
	glue_commands(text, &glued);
	term_print_wrapped(out, str_cstr(&glued));
	str_finish(&glued);
}

int cli_create_output(const char *path)
{
	/* Never over a file that is there: an export or a report never
	 * overwrites anything by surprise. */
	int fd = file_create_private(path);
	if (fd < 0) {
		fprintf(stderr, "wisemind: cannot create %s (%s); choose a new file name.\n", path,
		        strerror(-fd));
		return -1;
	}
	return fd;
}
