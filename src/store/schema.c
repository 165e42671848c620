/* The diary's schema, one migration step per version (migrate.h). Never
 * edit a step once released: add the next one. */
#include "store/migrate.h"
#include "store/store.h"

/* Constraints shared by several tables, so every table says the same
 * thing about the same kind of value. Identifiers (urge targets, emotion
 * and skill ids, setting keys) are what templates, skill files and the
 * command line use as keys: lower-case ASCII, digits, '-' and '_'. */
#define IS_ID(col) \
	"(typeof(" col ") = 'text' AND length(" col ") BETWEEN 1 AND 64 AND " col \
	" GLOB '[a-z]*' AND " col " NOT GLOB '*[^a-z0-9_-]*')"
#define IS_DATE(col) "(typeof(" col ") = 'text' AND date(" col ", '+0 days') IS " col ")"
/* Local time with its UTC offset, "2026-11-22T14:03:00+01:00", so the
 * day an urge belongs to is the day the person lived it. */
#define IS_TIME(col) \
	"(typeof(" col ") = 'text' AND " col " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T" \
	"[0-9][0-9]:[0-9][0-9]:[0-9][0-9][+-][0-9][0-9]:[0-9][0-9]' AND " \
	"date(substr(" col ", 1, 10), '+0 days') IS substr(" col ", 1, 10) AND " \
	"substr(" col ", 12, 2) < '24' AND substr(" col ", 15, 2) < '60' AND " \
	"substr(" col ", 18, 2) < '60' AND " \
	"substr(" col ", 21, 2) <= '14' AND substr(" col ", 24, 2) < '60')"
#define IS_RATING(col, max) "(typeof(" col ") = 'integer' AND " col " BETWEEN 0 AND " max ")"
#define IS_TEXT_OR_NULL(col) "(typeof(" col ") IN ('text', 'null'))"
#define IS_TEXT(col) "(typeof(" col ") = 'text')"
#define DAY_REF "date TEXT NOT NULL REFERENCES diary_day (date) ON DELETE CASCADE"

#define STR_(x) #x
#define STR(x) STR_(x)

static const char schema_v1[] =
	"PRAGMA application_id = " STR(STORE_APPLICATION_ID) ";"

	/* Key/value settings; store/setting.c knows the keys and checks
	 * each value (country, urge thresholds, card template). */
	"CREATE TABLE setting ("
	"  key TEXT PRIMARY KEY NOT NULL CHECK (typeof(key) = 'text' AND"
	"    length(key) BETWEEN 1 AND 128 AND key NOT GLOB '*[^a-z0-9_.-]*'),"
	"  value TEXT NOT NULL CHECK " IS_TEXT("value")
	") WITHOUT ROWID;"

	/* One row per day that has anything recorded (DESIGN.md §6). NULL
	 * means "not filled in", which the card shows differently from 0. */
	"CREATE TABLE diary_day ("
	"  date TEXT PRIMARY KEY NOT NULL CHECK " IS_DATE("date") ","
	"  skills_used INTEGER CHECK (skills_used IS NULL OR " IS_RATING("skills_used", "7") "),"
	"  note TEXT CHECK " IS_TEXT_OR_NULL("note")
	") WITHOUT ROWID;"
	"CREATE TABLE diary_urge ("
	"  " DAY_REF ","
	"  target TEXT NOT NULL CHECK " IS_ID("target") ","
	"  rating INTEGER NOT NULL CHECK " IS_RATING("rating", "5") ","
	"  PRIMARY KEY (date, target)"
	") WITHOUT ROWID;"
	/* An action is yes/no (counted 0, acted 0 or 1) or a count. */
	"CREATE TABLE diary_action ("
	"  " DAY_REF ","
	"  target TEXT NOT NULL CHECK " IS_ID("target") ","
	"  acted INTEGER NOT NULL CHECK " IS_RATING("acted", "999") ","
	"  counted INTEGER NOT NULL CHECK " IS_RATING("counted", "1") ","
	"  CHECK (counted = 1 OR acted <= 1),"
	"  PRIMARY KEY (date, target)"
	") WITHOUT ROWID;"
	"CREATE TABLE diary_emotion ("
	"  " DAY_REF ","
	"  emotion TEXT NOT NULL CHECK " IS_ID("emotion") ","
	"  rating INTEGER NOT NULL CHECK " IS_RATING("rating", "5") ","
	"  PRIMARY KEY (date, emotion)"
	") WITHOUT ROWID;"
	"CREATE TABLE diary_medication ("
	"  " DAY_REF ","
	"  name TEXT NOT NULL CHECK " IS_ID("name") ","
	"  taken TEXT NOT NULL CHECK " IS_TEXT("taken") ","
	"  PRIMARY KEY (date, name)"
	") WITHOUT ROWID;"
	/* The skills practised that day: the card's checklist. */
	"CREATE TABLE diary_skill ("
	"  " DAY_REF ","
	"  skill TEXT NOT NULL CHECK " IS_ID("skill") ","
	"  PRIMARY KEY (date, skill)"
	") WITHOUT ROWID;"

	/* Quick urges. The random id makes merging the sealed inbox (and
	 * importing an export) idempotent: the same entry twice is one row. */
	"CREATE TABLE urge_event ("
	"  id BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),"
	"  at TEXT NOT NULL CHECK " IS_TIME("at") ","
	"  target TEXT NOT NULL CHECK " IS_ID("target") ","
	"  before INTEGER NOT NULL CHECK " IS_RATING("before", "5") ","
	"  after INTEGER CHECK (after IS NULL OR " IS_RATING("after", "5") "),"
	"  skill TEXT CHECK (skill IS NULL OR " IS_ID("skill") "),"
	"  note TEXT CHECK " IS_TEXT_OR_NULL("note")
	") WITHOUT ROWID;"
	"CREATE INDEX urge_event_at ON urge_event (at);"

	/* Guided exercises done; answers are the exercise's own text. */
	"CREATE TABLE practice ("
	"  at TEXT NOT NULL CHECK " IS_TIME("at") ","
	"  skill TEXT NOT NULL CHECK " IS_ID("skill") ","
	"  answers TEXT NOT NULL DEFAULT '' CHECK " IS_TEXT("answers") ","
	"  PRIMARY KEY (at, skill)"
	") WITHOUT ROWID;"

	/* Homework imported from a therapist's file, and the reply to it. */
	"CREATE TABLE homework ("
	"  id TEXT PRIMARY KEY NOT NULL CHECK " IS_ID("id") ","
	"  title TEXT NOT NULL CHECK " IS_TEXT("title") ","
	"  assigned TEXT NOT NULL CHECK " IS_DATE("assigned") ","
	"  due TEXT CHECK (due IS NULL OR " IS_DATE("due") "),"
	"  body TEXT NOT NULL DEFAULT '' CHECK " IS_TEXT("body") ","
	"  done TEXT CHECK (done IS NULL OR " IS_DATE("done") "),"
	"  response TEXT CHECK " IS_TEXT_OR_NULL("response")
	") WITHOUT ROWID;"

	/* The safety plan, one row per section, shown in position order. */
	"CREATE TABLE safety_plan ("
	"  section TEXT PRIMARY KEY NOT NULL CHECK " IS_ID("section") ","
	"  position INTEGER NOT NULL CHECK " IS_RATING("position", "99") ","
	"  body TEXT NOT NULL CHECK " IS_TEXT("body")
	") WITHOUT ROWID;"

	/* The sealed inbox's key pair (STORAGE.md, sealed inbox): one row.
	 * Not part of exports: it belongs to this vault, not to the diary. */
	"CREATE TABLE inbox_key ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  public_key BLOB NOT NULL CHECK (typeof(public_key) = 'blob' AND"
	"    length(public_key) = 32),"
	"  secret_key BLOB NOT NULL CHECK (typeof(secret_key) = 'blob' AND"
	"    length(secret_key) = 32)"
	");";

/* Version 2 (issue 8): urges that came through the sealed inbox are
 * marked, since anyone who can write the data folder can plant them. */
static const char schema_v2[] =
	"ALTER TABLE urge_event ADD COLUMN via_inbox INTEGER NOT NULL DEFAULT 0"
	"  CHECK (via_inbox IN (0, 1));";

/* Version 3 (issue 10): the optional "coming into session" ratings of the
 * card (DESIGN.md §6): urges to quit therapy, to use, to die, and how
 * much the person believes they can steer their emotions, actions and
 * thoughts, each 0 to 5. */
static const char schema_v3[] =
	"CREATE TABLE diary_session ("
	"  " DAY_REF ","
	"  name TEXT NOT NULL CHECK " IS_ID("name") ","
	"  rating INTEGER NOT NULL CHECK " IS_RATING("rating", "5") ","
	"  PRIMARY KEY (date, name)"
	") WITHOUT ROWID;";

/* Version 4 (issue 10): the safety plan, one row per line. The
 * safety_plan table of version 1 was never written, and goes. A line is
 * one line of text (no control character: it is printed to a terminal)
 * of 1 to 500 characters, at most 20 per part, and may be marked to show
 * even when locked. The part ids and limits are core/safety_plan.h's. */
static const char schema_v4[] =
	"DROP TABLE safety_plan;"
	"CREATE TABLE safety_line ("
	"  section TEXT NOT NULL CHECK (section IN ('warning-signs', 'coping', 'distractions',"
	"    'people', 'professionals', 'environment', 'reasons')),"
	"  n INTEGER NOT NULL CHECK (typeof(n) = 'integer' AND n BETWEEN 1 AND 20),"
	"  text TEXT NOT NULL CHECK (" IS_TEXT("text") " AND length(text) BETWEEN 1 AND 500 AND trim(text) <> '' AND"
	"    text NOT GLOB ('*[' || char(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,"
	"    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127, 128, 129, 130,"
	"    131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146,"
	"    147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159) || ']*')),"
	"  shown INTEGER NOT NULL DEFAULT 0 CHECK (shown IN (0, 1)),"
	"  PRIMARY KEY (section, n)"
	") WITHOUT ROWID;";

/* Version 5 (issue 11): the practice log. A practice is a skill started
 * at a moment (local time with its offset, as an urge's), how long it
 * took and whether it was finished or stopped part way; its answers
 * (practice_field) and ratings (practice_rating) come in the order they
 * were given. A field is '' for an answer to an unnamed question, else
 * the worksheet field it fills: lower-case letters, digits and hyphens,
 * with single dots between parts ("dear-man.describe"), as skill files
 * name them; the kit is the latest non-empty answer to a field, hence
 * the index. Ratings are on wisemind's two scales: urges and emotions 0
 * to 5 like the card, distress 0 to 10. Lengths of text are the
 * application's rule (a 64 KiB answer), not a CHECK, so no diary of any
 * time can fail this step.
 *
 * The practice table of version 1 (at, skill, answers) is rebuilt rather
 * than dropped: wisemind never wrote it, but an import of a hand-made
 * (or benchmark) export could have, and nothing is lost. Each of its rows
 * becomes a practice of unknown length (0 seconds) that was done
 * (finished), with its answers, when there are any, as one unnamed
 * answer. */
#define IS_FIELD(col) \
	"(typeof(" col ") = 'text' AND (" col " = '' OR (length(" col ") <= 128 AND " col \
	" NOT GLOB '*[^a-z0-9.-]*' AND " col " NOT GLOB '.*' AND " col " NOT GLOB '*.' AND " \
	col " NOT GLOB '*..*')))"
#define PRACTICE_REF \
	"FOREIGN KEY (at, skill) REFERENCES practice (at, skill) ON DELETE CASCADE"
static const char schema_v5[] =
	"ALTER TABLE practice RENAME TO practice_v1;"
	"CREATE TABLE practice ("
	"  at TEXT NOT NULL CHECK " IS_TIME("at") ","
	"  skill TEXT NOT NULL CHECK " IS_ID("skill") ","
	"  seconds INTEGER NOT NULL CHECK (typeof(seconds) = 'integer' AND seconds >= 0),"
	"  finished INTEGER NOT NULL CHECK (finished IN (0, 1)),"
	"  PRIMARY KEY (at, skill)"
	") WITHOUT ROWID;"
	"CREATE TABLE practice_field ("
	"  at TEXT NOT NULL,"
	"  skill TEXT NOT NULL,"
	"  n INTEGER NOT NULL CHECK (typeof(n) = 'integer' AND n >= 0),"
	"  field TEXT NOT NULL CHECK " IS_FIELD("field") ","
	"  question TEXT NOT NULL CHECK " IS_TEXT("question") ","
	"  answer TEXT NOT NULL CHECK " IS_TEXT("answer") ","
	"  PRIMARY KEY (at, skill, n),"
	"  " PRACTICE_REF
	") WITHOUT ROWID;"
	"CREATE INDEX practice_field_kit ON practice_field (skill, field);"
	"CREATE TABLE practice_rating ("
	"  at TEXT NOT NULL,"
	"  skill TEXT NOT NULL,"
	"  n INTEGER NOT NULL CHECK (typeof(n) = 'integer' AND n >= 0),"
	"  scale TEXT NOT NULL CHECK (scale IN ('urge', 'emotion', 'distress')),"
	"  question TEXT NOT NULL CHECK " IS_TEXT("question") ","
	"  value INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND"
	"    (value BETWEEN 0 AND 5 OR (scale = 'distress' AND value BETWEEN 0 AND 10))),"
	"  PRIMARY KEY (at, skill, n),"
	"  " PRACTICE_REF
	") WITHOUT ROWID;"
	"INSERT INTO practice (at, skill, seconds, finished)"
	"  SELECT at, skill, 0, 1 FROM practice_v1;"
	"INSERT INTO practice_field (at, skill, n, field, question, answer)"
	"  SELECT at, skill, 0, '', '', answers FROM practice_v1 WHERE answers <> '';"
	"DROP TABLE practice_v1;";

/* Version 6 (issue 15): homework as a therapist's homework file gives it
 * (wisemind-skills(5), HOMEWORK FILES). The homework table of version 1
 * was never written by wisemind and keeps its columns: the title, the
 * first day (assigned), the last (due, or none), the therapist's words
 * (body) and the day it was marked done. It gains the skills to practise
 * (ids joined by ';') and how often. A skill file that came with a
 * homework file is kept here, in the vault, never in a folder on disk. */
static const char schema_v6[] =
	"ALTER TABLE homework ADD COLUMN skills TEXT NOT NULL DEFAULT '' CHECK"
	"  (typeof(skills) = 'text' AND length(skills) <= 600 AND"
	"   skills NOT GLOB '*[^a-z0-9;_-]*');"
	"ALTER TABLE homework ADD COLUMN every TEXT NOT NULL DEFAULT 'day' CHECK"
	"  (every IN ('day', 'weekday') OR every GLOB '[1-7]-per-week');"
	"CREATE TABLE skill_file ("
	"  id TEXT PRIMARY KEY NOT NULL CHECK " IS_ID("id") ","
	"  homework TEXT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,"
	"  text TEXT NOT NULL CHECK (" IS_TEXT("text") " AND length(text) BETWEEN 1 AND 1048576)"
	") WITHOUT ROWID;";

const struct migration store_migrations[STORE_SCHEMA_VERSION] = {
	{.sql = schema_v1},
	{.sql = schema_v2},
	{.sql = schema_v3},
	{.sql = schema_v4},
	{.sql = schema_v5},
	{.sql = schema_v6},
};
