#ifndef WISEMIND_CORE_SKILL_H
#define WISEMIND_CORE_SKILL_H

#include <stdbool.h>
#include <stddef.h>

/* The modules of DESIGN.md §5, plus "general" for skills that serve all
 * of them (chain analysis). */
enum skill_module {
	SKILL_MINDFULNESS,
	SKILL_DISTRESS_TOLERANCE,
	SKILL_EMOTION_REGULATION,
	SKILL_INTERPERSONAL,
	SKILL_GENERAL,
	SKILL_MODULE_COUNT,
};

/* What one paragraph of a step is (wisemind-skills(5), BODY). */
enum skill_block_kind {
	SKILL_BLOCK_TEXT,    /* words to read, lists already flattened */
	SKILL_BLOCK_CAUTION, /* shown first, highlighted */
	SKILL_BLOCK_TIMER,   /* a countdown of seconds */
	SKILL_BLOCK_BREATHE, /* a breathing pacer */
	SKILL_BLOCK_ASK,     /* a question answered in the person's words */
	SKILL_BLOCK_RATE,    /* a rating on low..high */
};

/* A breathing pattern in whole seconds; the holds may be 0. */
struct skill_breath {
	unsigned in;
	unsigned hold_in;
	unsigned out;
	unsigned hold_out;
};

struct skill_block {
	enum skill_block_kind kind;
	char *text;          /* the paragraph (text, caution, question, rating label) */
	unsigned seconds;    /* TIMER */
	struct skill_breath breath; /* BREATHE */
	int low, high;       /* RATE */
	unsigned line;       /* where it starts in its file, 1-based */
};

struct skill_step {
	char *title;
	struct skill_block *blocks;
	size_t block_count;
	unsigned line;
};

/* Where a skill came from. Later ones replace earlier ones with the same
 * id: built-in, then the user's. */
enum skill_origin {
	SKILL_BUILT_IN,
	SKILL_USER,
};

struct skill {
	char *id;
	char *name;
	enum skill_module module;
	char *acronym;       /* may be NULL */
	char *summary;
	bool for_crisis;
	bool for_everyday;
	unsigned minutes;    /* 0 when not given */
	char **cautions;
	size_t caution_count;
	char **related;
	size_t related_count;
	char *reference;     /* may be NULL */
	char *intro;
	struct skill_step *steps;
	size_t step_count;
	char *path;          /* the file it came from, for messages */
	enum skill_origin origin;
};

void skill_finish(struct skill *skill);

/* The module's id as written in files ("distress-tolerance"), and its
 * name for people ("Distress tolerance"). */
const char *skill_module_id(enum skill_module module);
const char *skill_module_name(enum skill_module module);
/* Parses a module id; false when it is not one. */
bool skill_module_parse(const char *id, enum skill_module *out);

/* True for an id of lower-case letters, digits and dashes, starting with a
 * letter, at most 48 characters. */
bool skill_id_valid(const char *id);

/* Directive values (wisemind-skills(5)). Each returns false, with a short
 * reason in *why, when the value is not valid. */
bool skill_parse_timer(const char *value, unsigned *seconds, const char **why);
bool skill_parse_breath(const char *value, struct skill_breath *out, const char **why);
bool skill_parse_rate(const char *value, char **label, int *low, int *high,
                      const char **why);

#endif
