#include "core/skill.h"

#include <stdlib.h>
#include <string.h>

#include "core/str.h"

static const char *const module_ids[SKILL_MODULE_COUNT] = {
	[SKILL_MINDFULNESS] = "mindfulness",
	[SKILL_DISTRESS_TOLERANCE] = "distress-tolerance",
	[SKILL_EMOTION_REGULATION] = "emotion-regulation",
	[SKILL_INTERPERSONAL] = "interpersonal-effectiveness",
	[SKILL_GENERAL] = "general",
};

static const char *const module_names[SKILL_MODULE_COUNT] = {
	[SKILL_MINDFULNESS] = "Mindfulness",
	[SKILL_DISTRESS_TOLERANCE] = "Distress tolerance",
	[SKILL_EMOTION_REGULATION] = "Emotion regulation",
	[SKILL_INTERPERSONAL] = "Interpersonal effectiveness",
	[SKILL_GENERAL] = "General",
};

const char *skill_module_id(enum skill_module module)
{
	return module_ids[module];
}

const char *skill_module_name(enum skill_module module)
{
	return module_names[module];
}

bool skill_module_parse(const char *id, enum skill_module *out)
{
	for (int m = 0; m < SKILL_MODULE_COUNT; m++) {
		if (id != NULL && strcmp(id, module_ids[m]) == 0) {
			*out = (enum skill_module)m;
			return true;
		}
	}
	return false;
}

bool skill_id_valid(const char *id)
{
	size_t n = id != NULL ? strlen(id) : 0;
	if (n == 0 || n > 48 || id[0] < 'a' || id[0] > 'z' || id[n - 1] == '-') {
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		char c = id[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
			return false;
		}
	}
	return true;
}

static void free_list(char **list, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(list[i]);
	}
	free(list);
}

void skill_finish(struct skill *skill)
{
	if (skill == NULL) {
		return;
	}
	for (size_t s = 0; s < skill->step_count; s++) {
		struct skill_step *step = &skill->steps[s];
		for (size_t b = 0; b < step->block_count; b++) {
			struct skill_block *block = &step->blocks[b];
			free(block->text);
			free(block->field);
			for (size_t l = 0; l < block->link_count; l++) {
				free(block->links[l].label);
				free(block->links[l].anchor);
				free(block->links[l].skill_id);
			}
			free(block->links);
			free_list(block->show.cells, block->show.rows * block->show.cols);
			free_list(block->bold, block->bold_count);
		}
		free(step->blocks);
		free(step->title);
		free(step->anchor);
	}
	free(skill->steps);
	free_list(skill->cautions, skill->caution_count);
	free_list(skill->related, skill->related_count);
	free_list(skill->kit, skill->kit_count);
	free_list(skill->when, skill->when_count);
	free_list(skill->not_when, skill->not_when_count);
	free(skill->example);
	free(skill->id);
	free(skill->name);
	free(skill->acronym);
	free(skill->summary);
	free(skill->reference);
	free(skill->intro);
	free_list(skill->intro_bold, skill->intro_bold_count);
	free(skill->path);
	*skill = (struct skill){0};
}

/* Reads a whole number at *p, skipping spaces; false when there is none or
 * it is unreasonably large. */
static bool read_number(const char **p, unsigned *out)
{
	while (**p == ' ') {
		(*p)++;
	}
	if (**p < '0' || **p > '9') {
		return false;
	}
	unsigned long n = 0;
	while (**p >= '0' && **p <= '9') {
		n = n * 10 + (unsigned long)(**p - '0');
		if (n > 100000) {
			return false;
		}
		(*p)++;
	}
	*out = (unsigned)n;
	return true;
}

static bool read_word(const char **p, char *word, size_t size)
{
	while (**p == ' ') {
		(*p)++;
	}
	size_t n = 0;
	while ((**p >= 'a' && **p <= 'z') || (**p >= 'A' && **p <= 'Z')) {
		if (n + 1 < size) {
			word[n++] = (char)((**p >= 'A' && **p <= 'Z') ? **p - 'A' + 'a' : **p);
		}
		(*p)++;
	}
	word[n] = '\0';
	return n > 0;
}

static bool unit_seconds(const char *word, unsigned *scale)
{
	static const char *const secs[] = {"s", "sec", "secs", "second", "seconds"};
	static const char *const mins[] = {"m", "min", "mins", "minute", "minutes"};
	for (size_t i = 0; i < 5; i++) {
		if (strcmp(word, secs[i]) == 0) {
			*scale = 1;
			return true;
		}
		if (strcmp(word, mins[i]) == 0) {
			*scale = 60;
			return true;
		}
	}
	return false;
}

bool skill_parse_timer(const char *value, unsigned *seconds, const char **why)
{
	const char *p = value;
	unsigned total = 0;
	int parts = 0;
	unsigned last_scale = 0;
	while (*p != '\0') {
		unsigned n;
		char word[16];
		unsigned scale;
		if (!read_number(&p, &n) || !read_word(&p, word, sizeof(word)) ||
		    !unit_seconds(word, &scale)) {
			*why = "write the time as a number and a unit, like \"2 minutes\" or "
			       "\"1 minute 30 seconds\"";
			return false;
		}
		if (parts > 0 && scale >= last_scale) {
			*why = "give minutes before seconds, once each";
			return false;
		}
		total += n * scale;
		last_scale = scale;
		parts++;
		while (*p == ' ' || *p == ',' || *p == '.') {
			p++;
		}
		if (strncmp(p, "and ", 4) == 0) {
			p += 4;
		}
	}
	if (parts == 0) {
		*why = "give a duration, like \"2 minutes\"";
		return false;
	}
	if (total < 5 || total > 3600) {
		*why = "a timer must run from 5 seconds to 60 minutes";
		return false;
	}
	*seconds = total;
	return true;
}

bool skill_parse_breath(const char *value, struct skill_breath *out, const char **why)
{
	*out = (struct skill_breath){0};
	const char *p = value;
	bool seen_in = false;
	bool seen_out = false;
	*why = "write the pattern like \"in 4, out 6\" or \"in 4, hold 1, out 6\"";
	while (*p != '\0') {
		char word[8];
		unsigned n;
		if (!read_word(&p, word, sizeof(word)) || !read_number(&p, &n) || n == 0 || n > 20) {
			return false;
		}
		if (strcmp(word, "in") == 0 && !seen_in && !seen_out) {
			out->in = n;
			seen_in = true;
		} else if (strcmp(word, "out") == 0 && seen_in && !seen_out) {
			out->out = n;
			seen_out = true;
		} else if (strcmp(word, "hold") == 0 && seen_in && !seen_out && out->hold_in == 0) {
			out->hold_in = n;
		} else if (strcmp(word, "hold") == 0 && seen_out && out->hold_out == 0) {
			out->hold_out = n;
		} else {
			return false;
		}
		while (*p == ' ' || *p == ',') {
			p++;
		}
	}
	if (!seen_in || !seen_out) {
		return false;
	}
	if (out->out <= out->in) {
		*why = "the out-breath must be longer than the in-breath: that is what "
		       "slows the body down";
		return false;
	}
	return true;
}

void skill_breath_text(struct skill_breath b, struct str *out)
{
	str_appendf(out, "in %u", b.in);
	if (b.hold_in) {
		str_appendf(out, ", hold %u", b.hold_in);
	}
	str_appendf(out, ", out %u", b.out);
	if (b.hold_out) {
		str_appendf(out, ", hold %u", b.hold_out);
	}
}

static bool parse_int(const char *s, const char *end, int *out)
{
	bool neg = false;
	if (s < end && *s == '-') {
		neg = true;
		s++;
	}
	if (s >= end) {
		return false;
	}
	long n = 0;
	for (; s < end; s++) {
		if (*s < '0' || *s > '9') {
			return false;
		}
		n = n * 10 + (*s - '0');
		if (n > 1000000) {
			return false;
		}
	}
	*out = (int)(neg ? -n : n);
	return true;
}

bool skill_parse_range(const char *text, int *low, int *high)
{
	const char *end = text + strlen(text);
	const char *dash = *text != '\0' ? strchr(text + 1, '-') : NULL;
	if (dash == NULL) {
		return parse_int(text, end, low) && (*high = *low, true);
	}
	return parse_int(text, dash, low) && parse_int(dash + 1, end, high) && *low <= *high;
}

static const char *const scale_names[SKILL_SCALE_COUNT] = {
	[SKILL_SCALE_URGE] = "urge",
	[SKILL_SCALE_EMOTION] = "emotion",
	[SKILL_SCALE_DISTRESS] = "distress",
};

const char *skill_scale_name(enum skill_scale scale)
{
	return scale < SKILL_SCALE_COUNT ? scale_names[scale] : "rating";
}

int skill_scale_max(enum skill_scale scale)
{
	return scale == SKILL_SCALE_DISTRESS ? 10 : URGE_RATING_MAX;
}

const char *skill_scale_words(enum skill_scale scale, int value)
{
	/* The diary card's words (DESIGN.md §6), in our own phrasing. */
	static const char *const card[] = {"none", "a little", "some", "quite strong", "strong",
	                                   "the strongest"};
	if (scale == SKILL_SCALE_DISTRESS) {
		return value == 0 ? "calm" : value == SKILL_DISTRESS_HIGH ? "very upset"
		     : value == 10 ? "the most you can bear" : NULL;
	}
	return value >= 0 && value <= URGE_RATING_MAX ? card[value] : NULL;
}

bool skill_parse_scale(const char *words, enum skill_scale *scale, enum urge_kind *kind,
                       const char **why)
{
	*kind = URGE_KIND_UNKNOWN;
	*why = "say which scale: \"Rate urge:\", \"Rate emotion:\" (both 0 to 5) or "
	       "\"Rate distress:\" (0 to 10)";
	for (int i = 0; i < SKILL_SCALE_COUNT; i++) {
		size_t n = strlen(scale_names[i]);
		if (strncmp(words, scale_names[i], n) != 0 || (words[n] != '\0' && words[n] != ' ')) {
			continue;
		}
		*scale = (enum skill_scale)i;
		const char *rest = words + n;
		while (*rest == ' ') {
			rest++;
		}
		if (*rest == '\0') {
			return true;
		}
		if (i == SKILL_SCALE_URGE && urge_kind_parse(rest, kind)) {
			return true;
		}
		*why = i == SKILL_SCALE_URGE
		           ? "an urge's kind is suicide, self-harm, use or other"
		           : "only an urge names a kind: write \"Rate emotion:\" or \"Rate distress:\"";
		return false;
	}
	return false;
}

char *skill_anchor(const char *title)
{
	struct str s = {0};
	for (const unsigned char *p = (const unsigned char *)title; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z') {
			str_append_char(&s, (char)(*p - 'A' + 'a'));
		} else if (*p == ' ') {
			str_append_char(&s, '-');
		} else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
		           *p == '_' || *p >= 0x80) {
			str_append_char(&s, (char)*p);
		}
	}
	return s.buf != NULL ? s.buf : str_dup("");
}

bool skill_field_valid(const char *name)
{
	size_t n = name != NULL ? strlen(name) : 0;
	if (n == 0 || n > 64) {
		return false;
	}
	char part[65];
	for (const char *p = name;;) {
		size_t len = strcspn(p, ".");
		if (len == 0 || len >= sizeof(part)) {
			return false;
		}
		memcpy(part, p, len);
		part[len] = '\0';
		if (!skill_id_valid(part)) {
			return false;
		}
		if (p[len] == '\0') {
			return true;
		}
		p += len + 1;
	}
}

bool skill_find_anchor(const struct skill *skill, const char *anchor, size_t *step)
{
	for (size_t i = 0; i < skill->step_count; i++) {
		if (skill->steps[i].anchor != NULL && strcmp(skill->steps[i].anchor, anchor) == 0) {
			*step = i;
			return true;
		}
	}
	return false;
}
