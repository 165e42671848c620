#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/urge_threshold.h"
#include "cli/cli.h"
#include "cli/cli_app.h"
#include "cli/report.h"

/* A number as typed: digits only (at most three), else -1, which the
 * application refuses with the range the kind allows. */
static int read_number(const char *text)
{
	size_t n = strlen(text);
	if (n == 0 || n > 3 || strspn(text, "0123456789") != n) {
		return -1;
	}
	return atoi(text);
}

static void show_thresholds(const struct app *app, struct str *out)
{
	struct urge_thresholds t;
	(void)app_urge_thresholds(app, &t); /* a file's mistakes were said at start */
	str_append(out, "Urge thresholds: an urge rated at or above its kind's threshold, on the "
	                "card's 0-5 scale, brings the full crisis card and two skills for the "
	                "moment.\n");
	for (int k = 0; k < URGE_KIND_UNKNOWN; k++) {
		enum urge_kind kind = (enum urge_kind)k;
		int def = urge_threshold_default(kind);
		str_appendf(out, "  %-10s %d   ", urge_kind_name(kind), t.at[k]);
		if (def == 1) {
			str_append(out, "always 1\n");
		} else if (t.at[k] < def) {
			str_appendf(out, "lowered from %d (its default)\n", def);
		} else {
			str_append(out, "the default; can be lowered to 1\n");
		}
	}
	str_appendf(out, "A target whose kind wisemind does not know has suicide's threshold, %d.\n"
	                 "A threshold can be lowered, never raised above its default or switched "
	                 "off. To lower one: wisemind settings thresholds KIND N\n",
	            t.at[URGE_KIND_UNKNOWN]);
	struct str path = {0};
	app_settings_path(app, &path);
	if (path.len > 0) {
		str_appendf(out, "They are kept in %s, so they work while the diary is locked.\n",
		            str_cstr(&path));
	}
	str_finish(&path);
}

static int set_threshold(const struct app *app, const char *kind_text, const char *value_text)
{
	enum urge_kind kind = URGE_KIND_UNKNOWN;
	if (!urge_kind_parse(kind_text, &kind)) {
		kind = URGE_KIND_UNKNOWN; /* refused below, with the kinds there are */
	}
	int value = read_number(value_text);
	struct app_error err = {0};
	if (!app_set_urge_threshold(app, kind, value, &err)) {
		return cli_error(&err);
	}
	struct str text = {0};
	str_appendf(&text, "Saved: the %s threshold is now %d (its default is %d). A %s urge "
	                   "rated %d or more brings the full crisis card.\n",
	            urge_kind_name(kind), value, urge_threshold_default(kind), urge_kind_name(kind),
	            value);
	cli_print_text(stdout, str_cstr(&text));
	str_finish(&text);
	/* Past the point of no return: the sentence says it was saved. */
	return cli_output_written("the threshold was saved all the same") ? CLI_OK : CLI_ERROR;
}

/* wisemind settings thresholds [KIND N]: the urge thresholds in force,
 * or one of them lowered (DESIGN.md §2.2). They live in settings.yaml,
 * so no passphrase is asked. */
int cmd_settings(struct app_options *opt, int argc, char **argv)
{
	if (!cli_parse_command(opt, argc, argv, NULL, NULL, NULL)) {
		return CLI_USAGE;
	}
	int n = argc - optind;
	if (n < 1 || strcmp(argv[optind], "thresholds") != 0 || (n != 1 && n != 3)) {
		return cli_usage_error("settings takes \"thresholds\" to show the urge thresholds, or "
		                       "\"thresholds KIND N\" to lower one, such as \"settings "
		                       "thresholds self-harm 3\".");
	}
	struct app app;
	int rc = CLI_USAGE;
	if (cli_app_start(&app, opt)) {
		if (n == 3) {
			rc = set_threshold(&app, argv[optind + 1], argv[optind + 2]);
		} else {
			struct str text = {0};
			show_thresholds(&app, &text);
			cli_print_text(stdout, str_cstr(&text));
			str_finish(&text);
			rc = CLI_OK;
		}
	}
	app_finish(&app);
	return rc;
}
