#include "ui/theme.h"

#include "ui/curses.h"

/* Foreground per role in the colour scheme; -1 is the terminal's own. */
static const short color_fg[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = -1,     [UI_ROLE_TITLE] = COLOR_CYAN, [UI_ROLE_HINT] = -1,
	[UI_ROLE_ALERT] = COLOR_YELLOW, [UI_ROLE_SELECTED] = -1, [UI_ROLE_GOOD] = COLOR_GREEN,
	[UI_ROLE_CRISIS] = COLOR_YELLOW,
};

/* Attributes that go with the colour: the meaning never rests on it. */
static const int color_extra[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = A_NORMAL, [UI_ROLE_TITLE] = A_BOLD,   [UI_ROLE_HINT] = A_DIM,
	[UI_ROLE_ALERT] = A_BOLD,  [UI_ROLE_SELECTED] = A_REVERSE, [UI_ROLE_GOOD] = A_BOLD,
	[UI_ROLE_CRISIS] = A_BOLD,
};

static const int mono_attr[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = A_NORMAL, [UI_ROLE_TITLE] = A_BOLD,   [UI_ROLE_HINT] = A_NORMAL,
	[UI_ROLE_ALERT] = A_BOLD | A_UNDERLINE, [UI_ROLE_SELECTED] = A_REVERSE,
	[UI_ROLE_GOOD] = A_BOLD,   [UI_ROLE_CRISIS] = A_BOLD,
};

static const struct glyphs utf8_glyphs = {
	.filled = "\u2588", .empty = "\u00b7", .marker = "\u25b8", .check_on = "[x]",
	.check_off = "[ ]", .bullet = "\u2022", .dash = "\u2013",
	.ellipsis = "\u2026",
	.spark = {"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"},
};

static const struct glyphs ascii_glyphs = {
	.filled = "#", .empty = ".", .marker = ">", .check_on = "[x]", .check_off = "[ ]",
	.bullet = "*", .dash = "-", .ellipsis = "...",
	/* Each rating of the 0-5 scale its own glyph (levels 0 1 3 4 6 7),
	 * and no dot, which is "not filled in" beside it. */
	.spark = {"_", "-", ":", "~", "=", "+", "*", "#"},
};

void theme_init(struct theme *theme, bool utf8)
{
	theme->utf8 = utf8;
	theme->g = utf8 ? &utf8_glyphs : &ascii_glyphs;
	theme->color = false;
}

void theme_start_colors(struct theme *theme, bool want_color)
{
	theme->color = want_color && has_colors();
	if (!theme->color) {
		return;
	}
	start_color();
	use_default_colors();
	for (int r = 0; r < UI_ROLE_COUNT; r++) {
		init_pair((short)(r + 1), color_fg[r], -1);
	}
}

int theme_attr(const struct theme *theme, enum ui_role role)
{
	if (theme->color) {
		return (int)COLOR_PAIR(role + 1) | color_extra[role];
	}
	return mono_attr[role];
}
