#ifndef WISEMIND_UI_SETTINGS_ROWS_H
#define WISEMIND_UI_SETTINGS_ROWS_H

#include "core/str.h"
#include "core/urge_level.h"
#include "ui/ui.h"

/* The settings screen's rows (screen_settings.c): what each is called,
 * its value as it is now, and a sentence saying what it does. Nothing
 * here changes a setting. */
enum settings_row {
	SETTINGS_COUNTRY,
	SETTINGS_SUICIDE,
	SETTINGS_SELF_HARM,
	SETTINGS_USE,
	SETTINGS_OTHER,
	SETTINGS_PACE,
	SETTINGS_LOCK,
	SETTINGS_THEME,
	SETTINGS_BELL,
	SETTINGS_TEMPLATE_SHOW,
	SETTINGS_TEMPLATE_IMPORT,
	SETTINGS_ROW_COUNT,
};

/* The urge kind of a threshold's row (URGE_KIND_UNKNOWN for any other). */
enum urge_kind settings_row_kind(enum settings_row row);

const char *settings_row_label(enum settings_row row);

/* The value now, as the row shows it. */
void settings_row_value(struct ui *ui, enum settings_row row, struct str *out);

/* What the row's setting does, and how it can be changed. */
void settings_row_about(struct ui *ui, enum settings_row row, struct str *out);

/* The question asked when the row's value is typed. */
void settings_row_question(enum settings_row row, struct str *out);

#endif
