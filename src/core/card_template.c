#include "core/card_template.h"

#include <stdio.h>
#include <string.h>

static void add_target(struct card_template *t, const char *id, const char *label,
                       enum urge_kind kind, bool counted)
{
	struct card_target *c = &t->targets[t->target_count++];
	*c = (struct card_target){.kind = kind, .counted = counted};
	snprintf(c->id, sizeof(c->id), "%s", id);
	snprintf(c->label, sizeof(c->label), "%s", label);
}

static void add_emotion(struct card_template *t, const char *id, const char *label)
{
	struct card_emotion *e = &t->emotions[t->emotion_count++];
	*e = (struct card_emotion){0};
	snprintf(e->id, sizeof(e->id), "%s", id);
	snprintf(e->label, sizeof(e->label), "%s", label);
}

void card_template_default(struct card_template *t)
{
	*t = (struct card_template){0};
	add_target(t, "suicide", "Suicide", URGE_KIND_SUICIDE, false);
	add_target(t, "self-harm", "Self-harm", URGE_KIND_SELF_HARM, true);
	add_target(t, "use", "Drugs or alcohol", URGE_KIND_USE, true);
	add_emotion(t, "sadness", "Sadness");
	add_emotion(t, "shame", "Shame");
	add_emotion(t, "anger", "Anger");
	add_emotion(t, "fear", "Fear");
	add_emotion(t, "joy", "Joy");
	add_emotion(t, "emotional-pain", "Emotional pain");
	add_emotion(t, "physical-pain", "Physical pain");
}

const struct card_target *card_template_target(const struct card_template *t, const char *id)
{
	for (size_t i = 0; i < t->target_count; i++) {
		if (strcmp(t->targets[i].id, id) == 0) {
			return &t->targets[i];
		}
	}
	return NULL;
}

const struct card_emotion *card_template_emotion(const struct card_template *t, const char *id)
{
	for (size_t i = 0; i < t->emotion_count; i++) {
		if (strcmp(t->emotions[i].id, id) == 0) {
			return &t->emotions[i];
		}
	}
	return NULL;
}

enum urge_kind card_template_kind(const struct card_template *t, const char *target)
{
	const struct card_target *c = card_template_target(t, target);
	return c != NULL ? c->kind : urge_kind_of_default(target);
}

enum card_template_problem card_template_follows(const struct card_template *prev,
                                                 const struct card_template *next,
                                                 const char **which)
{
	for (size_t i = 0; i < prev->target_count; i++) {
		const struct card_target *old = &prev->targets[i];
		const struct card_target *now = card_template_target(next, old->id);
		*which = old->id;
		if (now == NULL) {
			return CARD_TEMPLATE_DROPPED;
		}
		if (now->kind != old->kind) {
			return CARD_TEMPLATE_KIND_CHANGED;
		}
	}
	for (size_t i = 0; i < prev->emotion_count; i++) {
		*which = prev->emotions[i].id;
		if (card_template_emotion(next, prev->emotions[i].id) == NULL) {
			return CARD_TEMPLATE_DROPPED;
		}
	}
	*which = NULL;
	return CARD_TEMPLATE_OK;
}
