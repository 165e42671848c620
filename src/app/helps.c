/* Which skills help this person most (app/helps.h). */
#include "app/helps.h"

#include <stdio.h>
#include <stdlib.h>

#include "app/session_internal.h"
#include "content/skill_library.h"
#include "store/urge_event.h"

struct add_ctx {
	struct helps *h;
	bool no_memory;
};

static bool add_one(const struct store_urge *u, void *data)
{
	struct add_ctx *c = data;
	if (!helps_add(c->h, u->skill, u->before, u->after)) {
		c->no_memory = true;
		return false;
	}
	return true;
}

bool session_helps(struct session *s, struct helps *out, struct app_error *err)
{
	struct add_ctx c = {.h = out};
	enum store_status st = store_urge_each_rated(s->store, add_one, &c);
	if (c.no_memory) {
		return app_error_app(err, APP_E_NO_MEMORY);
	}
	if (st != STORE_OK) {
		return app_error_store(err, st);
	}
	helps_rank(out);
	return true;
}

size_t session_helps_suggest(struct session *s, char out[2][APP_URGE_SKILL_ID_MAX + 1])
{
	struct helps h;
	struct app_error err = {0};
	struct skill_library lib;
	const char **crisis = NULL;
	size_t n_crisis = 0;
	helps_init(&h);
	bool ok = session_helps(s, &h, &err);
	app_error_finish(&err);
	if (ok && h.ranked > 0) {
		/* The crisis-survival skills: built in, and the person's own. */
		struct str user_dir = {0};
		if (s->app->data_dir.len > 0) {
			str_appendf(&user_dir, "%s/skills", str_cstr(&s->app->data_dir));
		}
		skill_library_load(&lib, user_dir.buf);
		str_finish(&user_dir);
		crisis = calloc(lib.count + 1, sizeof(*crisis));
		for (size_t i = 0; crisis != NULL && i < lib.count; i++) {
			if (lib.skills[i].for_crisis) {
				crisis[n_crisis++] = lib.skills[i].id;
			}
		}
	}
	const char *best[2];
	size_t from_data = helps_best(&h, crisis, n_crisis, best);
	for (size_t i = 0; i < 2; i++) {
		snprintf(out[i], APP_URGE_SKILL_ID_MAX + 1, "%s", best[i]);
	}
	if (ok && h.ranked > 0) {
		free(crisis);
		skill_library_finish(&lib);
	}
	helps_finish(&h);
	return from_data;
}
