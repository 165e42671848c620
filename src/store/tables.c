#include "store/tables.h"

#define COLUMNS(array) (array), sizeof(array) / sizeof((array)[0])

static const struct column setting[] = {
	{"key", COLUMN_TEXT, 1},
	{"value", COLUMN_TEXT, 1},
};
static const struct column diary_day[] = {
	{"date", COLUMN_TEXT, 1},
	{"skills_used", COLUMN_INT, 1},
	{"note", COLUMN_TEXT, 1},
};
static const struct column diary_urge[] = {
	{"date", COLUMN_TEXT, 1},
	{"target", COLUMN_TEXT, 1},
	{"rating", COLUMN_INT, 1},
};
static const struct column diary_action[] = {
	{"date", COLUMN_TEXT, 1},
	{"target", COLUMN_TEXT, 1},
	{"acted", COLUMN_INT, 1},
	{"counted", COLUMN_INT, 1},
};
static const struct column diary_emotion[] = {
	{"date", COLUMN_TEXT, 1},
	{"emotion", COLUMN_TEXT, 1},
	{"rating", COLUMN_INT, 1},
};
static const struct column diary_medication[] = {
	{"date", COLUMN_TEXT, 1},
	{"name", COLUMN_TEXT, 1},
	{"taken", COLUMN_TEXT, 1},
};
static const struct column diary_skill[] = {
	{"date", COLUMN_TEXT, 1},
	{"skill", COLUMN_TEXT, 1},
};
static const struct column diary_session[] = {
	{"date", COLUMN_TEXT, 3},
	{"name", COLUMN_TEXT, 3},
	{"rating", COLUMN_INT, 3},
};
static const struct column urge_event[] = {
	{"id", COLUMN_ID, 1},
	{"at", COLUMN_TEXT, 1},
	{"target", COLUMN_TEXT, 1},
	{"before", COLUMN_INT, 1},
	{"after", COLUMN_INT, 1},
	{"skill", COLUMN_TEXT, 1},
	{"note", COLUMN_TEXT, 1},
	{"via_inbox", COLUMN_BOOL, 2}, /* logged while locked, merged from the inbox */
};
static const struct column practice[] = {
	{"at", COLUMN_TEXT, 1},
	{"skill", COLUMN_TEXT, 1},
	{"seconds", COLUMN_INT, 5},
	{"finished", COLUMN_BOOL, 5},
};
static const struct column practice_field[] = {
	{"at", COLUMN_TEXT, 5},
	{"skill", COLUMN_TEXT, 5},
	{"n", COLUMN_INT, 5},
	{"field", COLUMN_TEXT, 5},
	{"question", COLUMN_TEXT, 5},
	{"answer", COLUMN_TEXT, 5},
};
static const struct column practice_rating[] = {
	{"at", COLUMN_TEXT, 5},
	{"skill", COLUMN_TEXT, 5},
	{"n", COLUMN_INT, 5},
	{"scale", COLUMN_TEXT, 5},
	{"question", COLUMN_TEXT, 5},
	{"value", COLUMN_INT, 5},
};
static const struct column homework[] = {
	{"id", COLUMN_TEXT, 1},
	{"title", COLUMN_TEXT, 1},
	{"assigned", COLUMN_TEXT, 1},
	{"due", COLUMN_TEXT, 1},
	{"body", COLUMN_TEXT, 1},
	{"done", COLUMN_TEXT, 1},
	{"response", COLUMN_TEXT, 1},
	{"skills", COLUMN_TEXT, 6}, /* ids joined by ';' */
	{"every", COLUMN_TEXT, 6},
};
static const struct column skill_file[] = {
	{"id", COLUMN_TEXT, 6},
	{"homework", COLUMN_TEXT, 6},
	{"text", COLUMN_TEXT, 6},
};
static const struct column safety_line[] = {
	{"section", COLUMN_TEXT, 4},
	{"n", COLUMN_INT, 4},
	{"text", COLUMN_TEXT, 4},
	{"shown", COLUMN_BOOL, 4}, /* shown even when locked: also kept outside the vault */
};

const struct table export_tables[] = {
	{"setting", "key", COLUMNS(setting)},
	{"diary_day", "date", COLUMNS(diary_day)},
	{"diary_urge", "date, target", COLUMNS(diary_urge)},
	{"diary_action", "date, target", COLUMNS(diary_action)},
	{"diary_emotion", "date, emotion", COLUMNS(diary_emotion)},
	{"diary_medication", "date, name", COLUMNS(diary_medication)},
	{"diary_skill", "date, skill", COLUMNS(diary_skill)},
	{"diary_session", "date, name", COLUMNS(diary_session)},
	{"urge_event", "at, id", COLUMNS(urge_event)},
	{"practice", "at, skill", COLUMNS(practice)},
	{"practice_field", "at, skill, n", COLUMNS(practice_field)},
	{"practice_rating", "at, skill, n", COLUMNS(practice_rating)},
	{"homework", "id", COLUMNS(homework)},
	{"skill_file", "id", COLUMNS(skill_file)},
	{"safety_line", "section, n", COLUMNS(safety_line)},
};
const size_t export_table_count = sizeof(export_tables) / sizeof(export_tables[0]);

const struct retired_table retired_tables[] = {
	{"safety_plan", 4},
};
const size_t retired_table_count = sizeof(retired_tables) / sizeof(retired_tables[0]);

/* The practice log before version 5: one row a practice with all its
 * answers in one text. It becomes what schema version 5 makes of such a
 * row: a practice of unknown length (0 seconds) that was done, with its
 * answers, when there are any, as one unnamed answer. */
static const struct column practice_v1[] = {
	{"at", COLUMN_TEXT, 1},
	{"skill", COLUMN_TEXT, 1},
	{"answers", COLUMN_TEXT, 1},
};

const struct old_table old_tables[] = {
	{
		.table = {"practice", "at, skill", COLUMNS(practice_v1)},
		.until = 5,
		.insert = "INSERT INTO practice (at, skill, seconds, finished)"
		          " VALUES (?1, ?2, 0, 1) ON CONFLICT DO NOTHING",
		.then = "INSERT INTO practice_field (at, skill, n, field, question, answer)"
		        " SELECT ?1, ?2, 0, '', '', ?3 WHERE ?3 <> ''",
	},
};
const size_t old_table_count = sizeof(old_tables) / sizeof(old_tables[0]);
