#include "cli/card_print.h"

#include <string.h>

static void rating_text(int v, struct str *out)
{
	if (v < 0) {
		str_append(out, "-");
	} else {
		str_appendf(out, "%d", v);
	}
}

static const char *target_label(const struct card_template *t, const char *id)
{
	const struct card_target *c = card_template_target(t, id);
	return c != NULL ? c->label : id;
}

/* The ids to show for the targets: the template's not retired, then any
 * other the day has values for. */
static bool target_shown(const struct card_template *t, const struct card_day *d,
                         const char *id)
{
	const struct card_target *c = card_template_target(t, id);
	return (c != NULL && !c->retired) || card_day_urge_shown(d, id) >= 0 ||
	       card_day_action(d, id) != NULL;
}

static void urge_line(const struct card_template *t, const struct card_day *d, const char *id,
                      struct str *out)
{
	int set = card_rating_get(d->urges, d->urge_count, id);
	int peak = card_rating_get(d->peaks, d->peak_count, id);
	str_appendf(out, "  %-24s ", target_label(t, id));
	rating_text(set >= 0 ? set : peak, out);
	if (set < 0 && peak >= 0) {
		str_append(out, "  (the highest you logged)");
	} else if (peak >= 0) {
		str_appendf(out, "  (highest logged: %d)", peak);
	}
	const struct card_action *a = card_day_action(d, id);
	if (a != NULL) {
		if (a->counted) {
			str_appendf(out, "   acted: %d time%s", a->acted, a->acted == 1 ? "" : "s");
		} else {
			str_appendf(out, "   acted: %s", a->acted ? "yes" : "no");
		}
	}
	str_append_char(out, '\n');
}

/* Every id that has an urge, peak or action that day or is on the card,
 * each once, template first. */
static void urges(const struct card_template *t, const struct card_day *d, struct str *out)
{
	str_append(out, "Urges (0-5) and actions\n");
	for (size_t i = 0; i < t->target_count; i++) {
		if (target_shown(t, d, t->targets[i].id)) {
			urge_line(t, d, t->targets[i].id, out);
		}
	}
	const char *lists[3][CARD_DAY_ITEMS_MAX];
	size_t counts[3] = {d->urge_count, d->peak_count, d->action_count};
	for (size_t i = 0; i < d->urge_count; i++) {
		lists[0][i] = d->urges[i].id;
	}
	for (size_t i = 0; i < d->peak_count; i++) {
		lists[1][i] = d->peaks[i].id;
	}
	for (size_t i = 0; i < d->action_count; i++) {
		lists[2][i] = d->actions[i].id;
	}
	const char *done[3 * CARD_DAY_ITEMS_MAX];
	size_t n_done = 0;
	for (size_t l = 0; l < 3; l++) {
		for (size_t i = 0; i < counts[l]; i++) {
			const char *id = lists[l][i];
			bool seen = card_template_target(t, id) != NULL;
			for (size_t j = 0; !seen && j < n_done; j++) {
				seen = strcmp(done[j], id) == 0;
			}
			if (!seen) {
				done[n_done++] = id;
				urge_line(t, d, id, out);
			}
		}
	}
}

static void emotions(const struct card_template *t, const struct card_day *d, struct str *out)
{
	str_append(out, "Emotions (0-5)\n");
	for (size_t i = 0; i < t->emotion_count; i++) {
		const struct card_emotion *e = &t->emotions[i];
		int v = card_rating_get(d->emotions, d->emotion_count, e->id);
		if (e->retired && v < 0) {
			continue;
		}
		str_appendf(out, "  %-24s ", e->label);
		rating_text(v, out);
		str_append_char(out, '\n');
	}
	for (size_t i = 0; i < d->emotion_count; i++) {
		if (card_template_emotion(t, d->emotions[i].id) == NULL) {
			str_appendf(out, "  %-24s %d\n", d->emotions[i].id, d->emotions[i].value);
		}
	}
}

static void session(const struct card_day *d, struct str *out)
{
	if (d->session_count == 0) {
		return;
	}
	str_append(out, "Coming into session (0-5)\n");
	for (size_t i = 0; i < CARD_SESSION_ITEMS; i++) {
		int v = card_rating_get(d->session, d->session_count, card_session_items[i].id);
		if (v >= 0) {
			str_appendf(out, "  %-36s %d\n", card_session_items[i].label, v);
		}
	}
}

static void meds(const struct card_day *d, struct str *out)
{
	const char *prescribed = card_day_med(d, "as-prescribed");
	const char *other = card_day_med(d, "other-drugs");
	str_appendf(out, "Medication taken as prescribed: %s\n", prescribed ? prescribed : "-");
	str_appendf(out, "Other drugs or alcohol: %s\n", other ? other : "-");
	for (size_t i = 0; i < d->med_count; i++) {
		const char *name = d->meds[i].name;
		if (strcmp(name, "as-prescribed") != 0 && strcmp(name, "other-drugs") != 0) {
			str_appendf(out, "Medication %s: %s\n", name, d->meds[i].taken);
		}
	}
}

void card_print_day(const struct card_template *t, const struct card_day *d, struct str *out)
{
	str_appendf(out, "Diary card for %s %s\n\n", date_weekday_name(d->date), d->date);
	urges(t, d, out);
	emotions(t, d, out);
	session(d, out);
	meds(d, out);
	if (d->skills_used >= 0) {
		str_appendf(out, "Skills used: %d, %s\n", d->skills_used,
		            card_skills_used_meaning(d->skills_used));
	} else {
		str_append(out, "Skills used (0-7): -\n");
	}
	str_append(out, "Skills practised: ");
	for (size_t i = 0; i < d->skill_count; i++) {
		str_appendf(out, "%s%s", i ? ", " : "", d->skills[i]);
	}
	str_append(out, d->skill_count == 0 ? "-\n" : "\n");
	if (d->has_note) {
		str_appendf(out, "Note: %s", str_cstr(&d->note));
		if (d->note.len == 0 || d->note.buf[d->note.len - 1] != '\n') {
			str_append_char(out, '\n');
		}
	}
}
