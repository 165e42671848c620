/* The words of the settings screen's rows (see ui/settings_rows.h). */
#include "ui/settings_rows.h"

#include "app/urge_threshold.h"

enum urge_kind settings_row_kind(enum settings_row row)
{
	switch (row) {
	case SETTINGS_SUICIDE:
		return URGE_KIND_SUICIDE;
	case SETTINGS_SELF_HARM:
		return URGE_KIND_SELF_HARM;
	case SETTINGS_USE:
		return URGE_KIND_USE;
	case SETTINGS_OTHER:
		return URGE_KIND_OTHER;
	default:
		return URGE_KIND_UNKNOWN;
	}
}

const char *settings_row_label(enum settings_row row)
{
	static const char *const labels[SETTINGS_ROW_COUNT] = {
	    [SETTINGS_COUNTRY] = "Country",
	    [SETTINGS_SUICIDE] = "Urge threshold: suicide",
	    [SETTINGS_SELF_HARM] = "Urge threshold: self-harm",
	    [SETTINGS_USE] = "Urge threshold: use",
	    [SETTINGS_OTHER] = "Urge threshold: other",
	    [SETTINGS_PACE] = "Breathing pace",
	    [SETTINGS_LOCK] = "Lock after",
	    [SETTINGS_THEME] = "Theme",
	    [SETTINGS_BELL] = "Bell at a timer's end",
	    [SETTINGS_TEMPLATE_SHOW] = "Card template",
	    [SETTINGS_TEMPLATE_IMPORT] = "Import a card template",
	};
	return (unsigned)row < SETTINGS_ROW_COUNT ? labels[row] : "";
}

static void threshold_value(const struct app *app, enum urge_kind kind, struct str *out)
{
	struct urge_thresholds t;
	(void)app_urge_thresholds(app, &t); /* a file's mistakes were said at start */
	int def = urge_threshold_default(kind);
	str_appendf(out, "%d", t.at[kind]);
	if (def == 1) {
		str_append(out, " (always 1)");
	} else if (t.at[kind] < def) {
		str_appendf(out, " (lowered from %d, its default)", def);
	} else {
		str_append(out, " (the default; can be lowered)");
	}
}

void settings_row_value(struct ui *ui, enum settings_row row, struct str *out)
{
	const struct app *app = &ui->app;
	const struct settings *s = &app->settings;
	switch (row) {
	case SETTINGS_COUNTRY:
		if (app->who.code[0] == '\0') {
			str_append(out, "not chosen");
		} else {
			str_appendf(out, "%s (%s)", app_country_name(app, app->who.code),
			            app->who.code);
		}
		return;
	case SETTINGS_SUICIDE:
	case SETTINGS_SELF_HARM:
	case SETTINGS_USE:
	case SETTINGS_OTHER:
		threshold_value(app, settings_row_kind(row), out);
		return;
	case SETTINGS_PACE:
		if (s->pace.in == 0) {
			str_append(out, "each skill's own");
		} else {
			skill_breath_text(s->pace, out);
		}
		return;
	case SETTINGS_LOCK:
		str_appendf(out, "%d minute%s without a key", s->lock_minutes,
		            s->lock_minutes == 1 ? "" : "s");
		return;
	case SETTINGS_THEME:
		str_append(out, s->monochrome ? "monochrome" : "colour");
		if (!s->monochrome && !ui->theme.color) {
			str_append(out, app->opt.no_color ? " (NO_COLOR or --no-color is set)"
			                                  : " (this terminal has none)");
		}
		return;
	case SETTINGS_BELL:
		str_append(out, s->quiet ? "off" : "on");
		return;
	case SETTINGS_TEMPLATE_SHOW:
		str_append(out, "Enter shows it");
		return;
	case SETTINGS_TEMPLATE_IMPORT:
		str_append(out, "Enter, then type its file's name");
		return;
	case SETTINGS_ROW_COUNT:
		break;
	}
}

void settings_row_about(struct ui *ui, enum settings_row row, struct str *out)
{
	(void)ui;
	switch (row) {
	case SETTINGS_COUNTRY:
		str_append(out,
		           "The crisis lines shown are this country's. Enter chooses another.");
		break;
	case SETTINGS_SUICIDE:
		str_append(out,
		           "Any suicide urge, from 1 on the card's 0 to 5 scale, brings the full "
		           "crisis card and two skills for the moment. This one is always 1.");
		break;
	case SETTINGS_SELF_HARM:
	case SETTINGS_USE:
	case SETTINGS_OTHER:
		str_appendf(out,
		            "A %s urge rated this or more, on the card's 0 to 5 scale, brings the "
		            "full crisis card and two skills. It can be lowered, never raised "
		            "above %d.",
		            urge_kind_name(settings_row_kind(row)),
		            urge_threshold_default(settings_row_kind(row)));
		break;
	case SETTINGS_PACE:
		str_append(out,
		           "Every breathing pacer starts at this pace (+ and - still change it "
		           "while you breathe). Empty: each skill's own.");
		break;
	case SETTINGS_LOCK:
		str_appendf(out,
		            "After this long without a key the screen saves your work and locks "
		            "the diary: 1 to %d minutes.",
		            SETTINGS_LOCK_MINUTES_MAX);
		break;
	case SETTINGS_THEME:
		str_append(out,
		           "Colour or monochrome: Enter switches. Nothing on the screen rests on "
		           "colour alone.");
		break;
	case SETTINGS_BELL:
		str_append(out, "Whether the end of a timer rings the terminal's bell, so you know "
		                "with your eyes closed. Enter switches.");
		break;
	case SETTINGS_TEMPLATE_SHOW:
		str_append(out, "The card template names what your diary card asks about. Enter "
		                "shows it as a file you can copy, change and import.");
		break;
	case SETTINGS_TEMPLATE_IMPORT:
		str_append(out, "Reads a card template file (Markdown) and uses it from now on; "
		                "past days keep every value they had.");
		break;
	case SETTINGS_ROW_COUNT:
		break;
	}
}

void settings_row_question(enum settings_row row, struct str *out)
{
	enum urge_kind kind = settings_row_kind(row);
	switch (row) {
	case SETTINGS_SELF_HARM:
	case SETTINGS_USE:
	case SETTINGS_OTHER:
		str_appendf(out, "The %s threshold, 1 to %d", urge_kind_name(kind),
		            urge_threshold_default(kind));
		break;
	case SETTINGS_PACE:
		str_append(out, "Breathing pace, such as in 4, out 6 (empty: each skill's own)");
		break;
	case SETTINGS_LOCK:
		str_appendf(out, "Minutes without a key before the screen locks, 1 to %d",
		            SETTINGS_LOCK_MINUTES_MAX);
		break;
	case SETTINGS_TEMPLATE_IMPORT:
		str_append(out, "The card template's file, such as ~/card.md");
		break;
	default:
		break;
	}
	str_append(out, " (Enter keeps it, Esc drops it):");
}
