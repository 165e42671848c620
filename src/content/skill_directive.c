/* One paragraph of a step as a directive: a keyword, maybe some words,
 * and a colon, so it reads as a sentence in any Markdown viewer. */
#include "content/skill_directive.h"

#include <stdlib.h>
#include <string.h>

#include "core/str.h"

/* The longest head before the colon worth looking at: a keyword and its
 * words ("Rate urge self-harm", "Ask {dear-man.negotiate}"). */
#define HEAD_MAX 80

static const struct {
	const char *keyword;
	enum skill_block_kind kind;
} keywords[] = {
	{"Caution", SKILL_BLOCK_CAUTION}, {"Timer", SKILL_BLOCK_TIMER},
	{"Breathe", SKILL_BLOCK_BREATHE}, {"Ask", SKILL_BLOCK_ASK},
	{"Rate", SKILL_BLOCK_RATE},       {"Choose", SKILL_BLOCK_CHOOSE},
	{"Decide", SKILL_BLOCK_DECIDE},   {"Show", SKILL_BLOCK_SHOW},
};

bool skill_directive_takes_list(const struct skill_block *block)
{
	return block->kind == SKILL_BLOCK_CHOOSE || block->kind == SKILL_BLOCK_DECIDE ||
	       block->kind == SKILL_BLOCK_SHOW || block->kind == SKILL_BLOCK_RATE;
}

/* "{name}" as a whole: the field an Ask fills. */
static bool field_words(const char *words, char **field)
{
	size_t n = strlen(words);
	if (n < 3 || words[0] != '{' || words[n - 1] != '}') {
		return false;
	}
	struct str s = {0};
	str_append_n(&s, words + 1, n - 2);
	*field = s.buf;
	return true;
}

static bool value_of(struct skill_block *b, const char *value, const char **why)
{
	switch (b->kind) {
	case SKILL_BLOCK_TIMER:
		return skill_parse_timer(value, &b->seconds, why);
	case SKILL_BLOCK_BREATHE:
		return skill_parse_breath(value, &b->breath, why);
	default:
		b->text = str_dup(value);
		return true;
	}
}

enum skill_directive_result skill_directive_parse(const char *text, struct skill_block *block,
                                                  const char **why)
{
	const char *colon = strchr(text, ':');
	if (colon == NULL || colon - text > HEAD_MAX) {
		return SKILL_DIRECTIVE_NONE;
	}
	char head[HEAD_MAX + 1];
	memcpy(head, text, (size_t)(colon - text));
	head[colon - text] = '\0';
	const char *value = colon + 1;
	while (*value == ' ') {
		value++;
	}
	for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
		size_t n = strlen(keywords[i].keyword);
		if (strncmp(head, keywords[i].keyword, n) != 0 || (head[n] != '\0' && head[n] != ' ')) {
			continue;
		}
		const char *words = head + n;
		while (*words == ' ') {
			words++;
		}
		struct skill_block b = {.kind = keywords[i].kind, .urge_kind = URGE_KIND_UNKNOWN};
		if (b.kind == SKILL_BLOCK_RATE) {
			enum skill_scale scale;
			enum urge_kind kind;
			size_t first = strcspn(words, " ");
			bool scale_word = words[0] == '\0';
			for (int sc = 0; sc < SKILL_SCALE_COUNT && !scale_word; sc++) {
				const char *name = skill_scale_name((enum skill_scale)sc);
				scale_word = strlen(name) == first && strncmp(words, name, first) == 0;
			}
			if (!scale_word) {
				return SKILL_DIRECTIVE_NONE; /* "Rate it: ..." is a sentence */
			}
			if (!skill_parse_scale(words, &scale, &kind, why)) {
				return SKILL_DIRECTIVE_BAD; /* the old "Rate: ... (0-100)" too */
			}
			b.scale = scale;
			b.urge_kind = kind;
		} else if (b.kind == SKILL_BLOCK_ASK && words[0] != '\0') {
			if (!field_words(words, &b.field)) {
				return SKILL_DIRECTIVE_NONE; /* "Ask yourself: ..." is a sentence */
			}
			if (!skill_field_valid(b.field)) {
				free(b.field);
				*why = "a field name is lower-case letters, digits and hyphens, with dots "
				       "between parts, like {pros-act} or {dear-man.describe}";
				return SKILL_DIRECTIVE_BAD;
			}
		} else if (words[0] != '\0') {
			return SKILL_DIRECTIVE_NONE; /* "Show me: ..." is a sentence */
		}
		if (value[0] == '\0') {
			free(b.field);
			*why = "this directive has nothing after its colon";
			return SKILL_DIRECTIVE_BAD;
		}
		if (!value_of(&b, value, why)) {
			free(b.field);
			return SKILL_DIRECTIVE_BAD;
		}
		*block = b;
		return SKILL_DIRECTIVE_OK;
	}
	return SKILL_DIRECTIVE_NONE;
}
