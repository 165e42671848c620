#include "store/tables.h"

#define COLUMNS(array) (array), sizeof(array) / sizeof((array)[0])

static const struct column setting[] = {
	{"key", COLUMN_TEXT},
	{"value", COLUMN_TEXT},
};
static const struct column diary_day[] = {
	{"date", COLUMN_TEXT},
	{"skills_used", COLUMN_INT},
	{"note", COLUMN_TEXT},
};
static const struct column diary_urge[] = {
	{"date", COLUMN_TEXT},
	{"target", COLUMN_TEXT},
	{"rating", COLUMN_INT},
};
static const struct column diary_action[] = {
	{"date", COLUMN_TEXT},
	{"target", COLUMN_TEXT},
	{"acted", COLUMN_INT},
	{"counted", COLUMN_INT},
};
static const struct column diary_emotion[] = {
	{"date", COLUMN_TEXT},
	{"emotion", COLUMN_TEXT},
	{"rating", COLUMN_INT},
};
static const struct column diary_medication[] = {
	{"date", COLUMN_TEXT},
	{"name", COLUMN_TEXT},
	{"taken", COLUMN_TEXT},
};
static const struct column diary_skill[] = {
	{"date", COLUMN_TEXT},
	{"skill", COLUMN_TEXT},
};
static const struct column urge_event[] = {
	{"id", COLUMN_ID},
	{"at", COLUMN_TEXT},
	{"target", COLUMN_TEXT},
	{"before", COLUMN_INT},
	{"after", COLUMN_INT},
	{"skill", COLUMN_TEXT},
	{"note", COLUMN_TEXT},
};
static const struct column practice[] = {
	{"at", COLUMN_TEXT},
	{"skill", COLUMN_TEXT},
	{"answers", COLUMN_TEXT},
};
static const struct column homework[] = {
	{"id", COLUMN_TEXT},
	{"title", COLUMN_TEXT},
	{"assigned", COLUMN_TEXT},
	{"due", COLUMN_TEXT},
	{"body", COLUMN_TEXT},
	{"done", COLUMN_TEXT},
	{"response", COLUMN_TEXT},
};
static const struct column safety_plan[] = {
	{"section", COLUMN_TEXT},
	{"position", COLUMN_INT},
	{"body", COLUMN_TEXT},
};

const struct table export_tables[] = {
	{"setting", "key", COLUMNS(setting)},
	{"diary_day", "date", COLUMNS(diary_day)},
	{"diary_urge", "date, target", COLUMNS(diary_urge)},
	{"diary_action", "date, target", COLUMNS(diary_action)},
	{"diary_emotion", "date, emotion", COLUMNS(diary_emotion)},
	{"diary_medication", "date, name", COLUMNS(diary_medication)},
	{"diary_skill", "date, skill", COLUMNS(diary_skill)},
	{"urge_event", "at, id", COLUMNS(urge_event)},
	{"practice", "at, skill", COLUMNS(practice)},
	{"homework", "id", COLUMNS(homework)},
	{"safety_plan", "section", COLUMNS(safety_plan)},
};
const size_t export_table_count = sizeof(export_tables) / sizeof(export_tables[0]);
