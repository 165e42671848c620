#include "core/diary_card.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void card_day_init(struct card_day *day, const char *date)
{
	*day = (struct card_day){.skills_used = -1};
	snprintf(day->date, sizeof(day->date), "%s", date);
}

void card_day_reset(struct card_day *day, const char *date)
{
	struct str note = day->note;
	str_clear(&note);
	card_day_init(day, date);
	day->note = note;
}

void card_day_finish(struct card_day *day)
{
	str_wipe(&day->note);
}

bool card_day_is_empty(const struct card_day *day)
{
	return day->urge_count == 0 && day->action_count == 0 && day->emotion_count == 0 &&
	       day->session_count == 0 && day->med_count == 0 && day->skills_used < 0 &&
	       day->skill_count == 0 && !day->has_note;
}

/* Where id is, or should go, in a list kept in id order. */
static size_t find_slot(const char *base, size_t stride, size_t count, const char *id, bool *found)
{
	size_t i = 0;
	*found = false;
	for (; i < count; i++) {
		int c = strcmp(base + i * stride, id);
		if (c >= 0) {
			*found = c == 0;
			break;
		}
	}
	return i;
}

/* Inserts or removes slot i of an array of count items of size stride. */
static void open_slot(char *base, size_t stride, size_t *count, size_t i)
{
	memmove(base + (i + 1) * stride, base + i * stride, (*count - i) * stride);
	(*count)++;
}

static void close_slot(char *base, size_t stride, size_t *count, size_t i)
{
	memmove(base + i * stride, base + (i + 1) * stride, (*count - i - 1) * stride);
	(*count)--;
}

int card_rating_get(const struct card_rating *list, size_t count, const char *id)
{
	bool found;
	size_t i = find_slot((const char *)list, sizeof(*list), count, id, &found);
	return found ? list[i].value : -1;
}

bool card_rating_put(struct card_rating *list, size_t *count, const char *id, int value)
{
	bool found;
	size_t i = find_slot((const char *)list, sizeof(*list), *count, id, &found);
	if (value < 0) {
		if (found) {
			close_slot((char *)list, sizeof(*list), count, i);
		}
		return true;
	}
	if (!found) {
		if (*count == CARD_DAY_ITEMS_MAX) {
			return false;
		}
		open_slot((char *)list, sizeof(*list), count, i);
		snprintf(list[i].id, sizeof(list[i].id), "%s", id);
	}
	list[i].value = value;
	return true;
}

int card_day_urge_shown(const struct card_day *day, const char *target)
{
	int set = card_rating_get(day->urges, day->urge_count, target);
	return set >= 0 ? set : card_rating_get(day->peaks, day->peak_count, target);
}

const struct card_action *card_day_action(const struct card_day *day, const char *target)
{
	bool found;
	size_t i = find_slot((const char *)day->actions, sizeof(day->actions[0]), day->action_count,
	                     target, &found);
	return found ? &day->actions[i] : NULL;
}

bool card_day_put_action(struct card_day *day, const char *target, int acted, bool counted)
{
	bool found;
	size_t i = find_slot((const char *)day->actions, sizeof(day->actions[0]), day->action_count,
	                     target, &found);
	if (acted < 0) {
		if (found) {
			close_slot((char *)day->actions, sizeof(day->actions[0]), &day->action_count, i);
		}
		return true;
	}
	if (!found) {
		if (day->action_count == CARD_DAY_ITEMS_MAX) {
			return false;
		}
		open_slot((char *)day->actions, sizeof(day->actions[0]), &day->action_count, i);
		snprintf(day->actions[i].id, sizeof(day->actions[i].id), "%s", target);
	}
	day->actions[i].acted = acted;
	day->actions[i].counted = counted;
	return true;
}

const char *card_day_med(const struct card_day *day, const char *name)
{
	bool found;
	size_t i =
	    find_slot((const char *)day->meds, sizeof(day->meds[0]), day->med_count, name, &found);
	return found ? day->meds[i].taken : NULL;
}

bool card_day_put_med(struct card_day *day, const char *name, const char *taken)
{
	bool found;
	size_t i =
	    find_slot((const char *)day->meds, sizeof(day->meds[0]), day->med_count, name, &found);
	if (taken == NULL) {
		if (found) {
			close_slot((char *)day->meds, sizeof(day->meds[0]), &day->med_count, i);
		}
		return true;
	}
	if (!found) {
		if (day->med_count == CARD_MED_MAX) {
			return false;
		}
		open_slot((char *)day->meds, sizeof(day->meds[0]), &day->med_count, i);
		snprintf(day->meds[i].name, sizeof(day->meds[i].name), "%s", name);
	}
	snprintf(day->meds[i].taken, sizeof(day->meds[i].taken), "%s", taken);
	return true;
}

bool card_day_has_skill(const struct card_day *day, const char *skill)
{
	bool found;
	find_slot((const char *)day->skills, sizeof(day->skills[0]), day->skill_count, skill, &found);
	return found;
}

bool card_day_put_skill(struct card_day *day, const char *skill, bool practised)
{
	bool found;
	size_t i = find_slot((const char *)day->skills, sizeof(day->skills[0]), day->skill_count,
	                     skill, &found);
	if (!practised) {
		if (found) {
			close_slot((char *)day->skills, sizeof(day->skills[0]), &day->skill_count, i);
		}
		return true;
	}
	if (found) {
		return true;
	}
	if (day->skill_count == CARD_DAY_ITEMS_MAX) {
		return false;
	}
	open_slot((char *)day->skills, sizeof(day->skills[0]), &day->skill_count, i);
	snprintf(day->skills[i], sizeof(day->skills[i]), "%s", skill);
	return true;
}

static const char *const skills_used_meanings[CARD_SKILLS_USED_MAX + 1] = {
	"I did not think about skills, and did not use them.",
	"I thought about skills, but did not use them, and did not want to.",
	"I thought about skills and wanted to use them, but did not.",
	"I tried to use skills, but could not.",
	"I tried and used skills, but they did not help.",
	"I tried and used skills, and they helped.",
	"I used skills without having to try, but they did not help.",
	"I used skills without having to try, and they helped.",
};

const char *card_skills_used_meaning(int rating)
{
	return rating >= 0 && rating <= CARD_SKILLS_USED_MAX ? skills_used_meanings[rating] : NULL;
}

const struct card_session_item card_session_items[CARD_SESSION_ITEMS] = {
	{"urge-quit", "Urge to quit therapy", true, URGE_KIND_OTHER},
	{"urge-use", "Urge to use drugs or alcohol", true, URGE_KIND_USE},
	{"urge-suicide", "Urge to end your life", true, URGE_KIND_SUICIDE},
	{"belief-emotions", "Belief you can steer your emotions", false, URGE_KIND_OTHER},
	{"belief-actions", "Belief you can steer your actions", false, URGE_KIND_OTHER},
	{"belief-thoughts", "Belief you can steer your thoughts", false, URGE_KIND_OTHER},
};

const struct card_session_item *card_session_item(const char *id)
{
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		if (strcmp(card_session_items[i].id, id) == 0) {
			return &card_session_items[i];
		}
	}
	return NULL;
}

static const struct {
	const char *prefix; /* with its dot when an id follows */
	enum card_field field;
} fields[] = {
	{"urge.", CARD_FIELD_URGE},       {"action.", CARD_FIELD_ACTION},
	{"emotion.", CARD_FIELD_EMOTION}, {"session.", CARD_FIELD_SESSION},
	{"skills-used", CARD_FIELD_SKILLS_USED}, {"skill.", CARD_FIELD_SKILL},
	{"med.", CARD_FIELD_MED},         {"note", CARD_FIELD_NOTE},
};

const char *const card_key_names[] = {
	"urge.", "action.", "emotion.", "session.", "skills-used", "skill.", "med.", "note", NULL,
};

bool card_id_valid(const char *id)
{
	size_t n = strlen(id);
	if (n == 0 || n > CARD_ID_MAX || !(id[0] >= 'a' && id[0] <= 'z')) {
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

bool card_key_parse(const char *key, struct card_key *out, bool *has_field)
{
	*has_field = false;
	*out = (struct card_key){0};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		size_t n = strlen(fields[i].prefix);
		bool with_id = fields[i].prefix[n - 1] == '.';
		if (with_id ? strncmp(key, fields[i].prefix, n) != 0
		            : strcmp(key, fields[i].prefix) != 0) {
			continue;
		}
		*has_field = true;
		out->field = fields[i].field;
		if (!with_id) {
			return true;
		}
		if (!card_id_valid(key + n)) {
			return false;
		}
		snprintf(out->id, sizeof(out->id), "%s", key + n);
		return true;
	}
	return false;
}

bool card_parse_yes_no(const char *text, bool *out)
{
	static const char *const yes[] = {"yes", "y", "true"};
	static const char *const no[] = {"no", "n", "false"};
	for (size_t i = 0; i < 3; i++) {
		if (strcmp(text, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcmp(text, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

/* Digits only, at most 9 of them (no sign, space or leading '+'). */
static bool read_count(const char *text, size_t *len, long *out)
{
	size_t n = 0;
	while (text[n] >= '0' && text[n] <= '9') {
		n++;
	}
	if (n == 0 || n > 9) {
		return false;
	}
	*out = strtol(text, NULL, 10);
	*len = n;
	return true;
}

bool card_parse_int(const char *text, int min, int max, int *out)
{
	size_t n;
	long v;
	if (!read_count(text, &n, &v) || text[n] != '\0' || v < min || v > max) {
		return false;
	}
	*out = (int)v;
	return true;
}

bool card_parse_other_drugs(const char *text, int *count, const char **what)
{
	size_t n;
	long v;
	if (!read_count(text, &n, &v) || v > CARD_ACTION_COUNT_MAX ||
	    (text[n] != '\0' && text[n] != ' ')) {
		return false;
	}
	*count = (int)v;
	*what = text + n + strspn(text + n, " ");
	return true;
}
