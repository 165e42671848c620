/* Plain mode's settings: those kept in settings.yaml, which work while the
 * diary is locked: the country, the urge thresholds (lowered, never
 * raised above their defaults), the breathing pace, the bell, and the
 * full screen's lock time. Each change is saved at once by the
 * application, which refuses what may not be, with the reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/settings_change.h"
#include "app/urge_threshold.h"
#include "cli/plain_internal.h"

/* "Not changed: " and the application's reason, as a sentence. */
static void say_refused(const struct app_error *err)
{
	struct str text = {0};
	str_append(&text, "Not changed: ");
	app_error_describe(err, &text);
	str_append(&text, ".");
	plain_say(str_cstr(&text));
	str_finish(&text);
}

static void thresholds_text(const struct app *app, struct str *out, bool full)
{
	struct urge_thresholds t;
	(void)app_urge_thresholds(app, &t); /* a file's mistakes were said at start */
	if (!full) {
		for (int k = 0; k < URGE_KIND_UNKNOWN; k++) {
			str_appendf(out, "%s%s %d", k > 0 ? ", " : "",
			            urge_kind_name((enum urge_kind)k), t.at[k]);
		}
		return;
	}
	str_append(out, "\nUrge thresholds: an urge rated at or above its kind's threshold, on the "
	                "card's 0 to 5 scale, brings the full crisis card and two skills for the "
	                "moment.\n");
	for (int k = 0; k < URGE_KIND_UNKNOWN; k++) {
		enum urge_kind kind = (enum urge_kind)k;
		int def = urge_threshold_default(kind);
		str_appendf(out, "  %s: %d, ", urge_kind_name(kind), t.at[k]);
		if (def == 1) {
			str_append(out, "always 1\n");
		} else if (t.at[k] < def) {
			str_appendf(out, "lowered from %d, its default; it can go down to 1\n",
			            def);
		} else {
			str_append(out, "the default; it can be lowered to 1\n");
		}
	}
	str_append(out, "A threshold can be lowered, never raised above its default or switched "
	                "off.");
}

static void thresholds(struct plain *p)
{
	for (;;) {
		struct str text = {0};
		thresholds_text(&p->app, &text, true);
		str_append(&text, "\nType a kind and a number to lower its threshold (such as: "
		                  "self-harm 3), or press Enter to go back.");
		enum plain_reply r =
		    plain_ask(p, str_cstr(&text),
		              "Type one of the kinds (self-harm, use, other) and a "
		              "number from 1 up to its default, such as self-harm 3; "
		              "Enter or q goes back.");
		str_finish(&text);
		if (r != PLAIN_ANSWER || p->answer.len == 0) {
			return;
		}
		char kind_text[32] = "";
		char value_text[8] = "";
		int value = -1;
		if (sscanf(str_cstr(&p->answer), "%31s %7s", kind_text, value_text) == 2 &&
		    strspn(value_text, "0123456789") == strlen(value_text)) {
			value = atoi(value_text);
		}
		enum urge_kind kind = URGE_KIND_UNKNOWN;
		if (!urge_kind_parse(kind_text, &kind)) {
			kind = URGE_KIND_UNKNOWN; /* refused, with the kinds there are */
		}
		struct app_error err = {0};
		if (app_set_urge_threshold(&p->app, kind, value, &err)) {
			plain_sayf("Saved: the %s threshold is now %d (its default is %d). A %s "
			           "urge rated "
			           "%d or more brings the full crisis card.",
			           urge_kind_name(kind), value, urge_threshold_default(kind),
			           urge_kind_name(kind), value);
		} else {
			say_refused(&err);
		}
		app_error_finish(&err);
	}
}

static void pace_text(const struct app *app, struct str *out)
{
	if (app->settings.pace.in == 0) {
		str_append(out, "each skill's own pace");
	} else {
		skill_breath_text(app->settings.pace, out);
	}
}

static void pace(struct plain *p)
{
	struct str q = {0};
	str_append(&q, "\nBreathing pace: every breathing pacer starts at ");
	pace_text(&p->app, &q);
	str_append(&q, ". Type a pace in seconds such as: in 4, out 6 (the out-breath longer than "
	               "the in-breath); - to go back to each skill's own; or Enter to keep it.");
	enum plain_reply r = plain_ask(p, str_cstr(&q),
	                               "Type in, hold and out in seconds, such as "
	                               "in 4, out 6 or in 4, hold 2, out 6; - for "
	                               "each skill's own pace; Enter keeps it.");
	str_finish(&q);
	if (r != PLAIN_ANSWER || p->answer.len == 0) {
		return;
	}
	bool own = strcmp(str_cstr(&p->answer), "-") == 0;
	struct app_error err = {0};
	if (app_set_breathing_pace(&p->app, own ? "" : str_cstr(&p->answer), &err)) {
		struct str said = {0};
		pace_text(&p->app, &said);
		plain_sayf("Saved: breathing pace %s.", str_cstr(&said));
		str_finish(&said);
	} else {
		say_refused(&err);
	}
	app_error_finish(&err);
}

static void bell(struct plain *p)
{
	bool on = !p->app.settings.quiet;
	if (plain_yes_no(p,
	                 on ? "\nThe bell rings when a timer ends. Keep it on?"
	                    : "\nThe bell is off. Ring it when a timer ends?",
	                 on, &on) != PLAIN_ANSWER ||
	    on == !p->app.settings.quiet) {
		return;
	}
	struct app_error err = {0};
	if (app_set_bell(&p->app, on, &err)) {
		plain_say(on ? "Saved: the bell rings when a timer ends."
		             : "Saved: the bell is off.");
	} else {
		say_refused(&err);
	}
	app_error_finish(&err);
}

static void lock_time(struct plain *p)
{
	struct str q = {0};
	str_appendf(&q,
	            "\nThe full screen saves and locks after %d minutes without a key. Plain "
	            "mode has no idle lock: type l at the menu to lock. Type a number of "
	            "minutes (1 to %d) to change it for the full screen, or press Enter to "
	            "keep it.",
	            p->app.settings.lock_minutes, SETTINGS_LOCK_MINUTES_MAX);
	enum plain_reply r = plain_ask(p, str_cstr(&q),
	                               "Type a whole number of minutes, or Enter "
	                               "to keep it.");
	str_finish(&q);
	if (r != PLAIN_ANSWER || p->answer.len == 0) {
		return;
	}
	const char *a = str_cstr(&p->answer);
	int minutes = strlen(a) <= 3 && strspn(a, "0123456789") == strlen(a) ? atoi(a) : -1;
	struct app_error err = {0};
	if (app_set_lock_minutes(&p->app, minutes, &err)) {
		plain_sayf("Saved: the full screen locks after %d minutes without a key.", minutes);
	} else {
		say_refused(&err);
	}
	app_error_finish(&err);
}

void plain_settings(struct plain *p)
{
	for (;;) {
		const struct app *app = &p->app;
		struct str labels[5] = {{0}};
		if (app->who.code[0] != '\0') {
			str_appendf(&labels[0], "Country for the crisis lines: %s (%s)",
			            app_country_name(app, app->who.code), app->who.code);
		} else {
			str_append(&labels[0], "Country for the crisis lines: not set");
		}
		str_append(&labels[1], "Urge thresholds: ");
		thresholds_text(app, &labels[1], false);
		str_append(&labels[2], "Breathing pace: ");
		pace_text(app, &labels[2]);
		str_appendf(&labels[3], "Bell when a timer ends: %s",
		            app->settings.quiet ? "off" : "on");
		str_appendf(&labels[4],
		            "Lock after %d minutes without a key (the full screen only)",
		            app->settings.lock_minutes);
		struct plain_choice choices[] = {
		    {'c', str_cstr(&labels[0])}, {'t', str_cstr(&labels[1])},
		    {'p', str_cstr(&labels[2])}, {'b', str_cstr(&labels[3])},
		    {'l', str_cstr(&labels[4])},
		};
		struct str title = {0};
		str_append(&title, "\nSettings");
		struct str path = {0};
		app_settings_path(app, &path);
		if (path.len > 0) {
			str_appendf(&title,
			            ", kept in %s so that they work while your diary is locked",
			            str_cstr(&path));
		}
		str_append(&title, ". Which one? q goes back.");
		int c =
		    plain_menu(p, str_cstr(&title), choices, 5,
		               "Type the number or the letter of a setting to change it; q goes "
		               "back.");
		str_finish(&path);
		str_finish(&title);
		for (int i = 0; i < 5; i++) {
			str_finish(&labels[i]);
		}
		switch (c) {
		case 0:
			(void)plain_country(p);
			break;
		case 1:
			thresholds(p);
			break;
		case 2:
			pace(p);
			break;
		case 3:
			bell(p);
			break;
		case 4:
			lock_time(p);
			break;
		default:
			return;
		}
		if (p->ended) {
			return;
		}
	}
}
