/* A skills group's week, module or skills, for the presenter and the
 * handouts. Reads the library and at most one curriculum file; writes
 * nothing. */
#include "app/group.h"

#include <stdlib.h>
#include <string.h>

#include "app/card.h"
#include "content/curriculum_file.h"
#include "core/date.h"

#include <stdarg.h>

__attribute__((format(printf, 2, 3))) static bool group_error(struct app_error *err,
                                                             const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	str_clear(&err->detail);
	str_vappendf(&err->detail, fmt, ap);
	va_end(ap);
	return app_error_app(err, APP_E_GROUP);
}

/* A file when it looks like a path or a Markdown file; else an id. */
static bool names_a_file(const char *text)
{
	size_t len = strlen(text);
	return strchr(text, '/') != NULL || (len > 3 && strcmp(text + len - 3, ".md") == 0);
}

/* Reads the curriculum file path into the library (replacing one with
 * its id) and finds it there; its mistakes go to err as file:line. */
static const struct curriculum *read_curriculum(struct app_group *g, const char *path,
                                                struct app_error *err)
{
	struct skill_library *lib = &g->skills.lib;
	struct problems problems = {0};
	struct content_file file = {0};
	const struct curriculum *found = NULL;
	if (skill_library_read_file(path, "curriculum", &file, &problems)) {
		const struct curriculum *c = content_file_as(&file, &curriculum_file_kind);
		char *id = c != NULL ? strdup(c->id) : NULL;
		skill_library_put(lib, &file, SKILL_USER);
		skill_library_check_links(lib, path, &problems);
		if (problems.count == 0 && id != NULL) {
			found = skill_library_find_curriculum(lib, id);
		}
		free(id);
	}
	content_file_finish(&file);
	if (found == NULL) {
		str_clear(&err->detail);
		if (problems.count > 0) {
			str_append(&err->detail, "that curriculum file cannot be used; fix these lines "
			                         "and try again:\n");
			problems_sorted(&problems, &err->detail);
			while (err->detail.len > 0 && err->detail.buf[err->detail.len - 1] == '\n') {
				err->detail.buf[--err->detail.len] = '\0';
			}
		} else {
			str_appendf(&err->detail, "%s could not be read as a curriculum", path);
		}
		app_error_app(err, APP_E_CURRICULUM_FILE);
	}
	problems_finish(&problems);
	return found;
}

static const struct curriculum *pick_curriculum(struct app_group *g, const char *name,
                                                struct app_error *err)
{
	if (name == NULL) {
		name = APP_GROUP_STANDARD;
	}
	if (names_a_file(name)) {
		return read_curriculum(g, name, err);
	}
	const struct curriculum *c = skill_library_find_curriculum(&g->skills.lib, name);
	if (c == NULL) {
		group_error(err, "there is no curriculum \"%s\" in the library (a file is named "
		                 "by its path, ending .md)", name);
	}
	return c;
}

static bool add_skill(struct app_group *g, const struct skill *s)
{
	for (size_t i = 0; i < g->count; i++) {
		if (g->list[i] == s) {
			return true;
		}
	}
	const struct skill **list = realloc(g->list, (g->count + 1) * sizeof(*list));
	if (list == NULL) {
		return false;
	}
	g->list = list;
	g->list[g->count++] = s;
	return true;
}

static const struct curriculum_week *find_week(const struct curriculum *c, unsigned number)
{
	for (size_t i = 0; i < c->week_count; i++) {
		if (c->weeks[i].number == number) {
			return &c->weeks[i];
		}
	}
	return NULL;
}

static unsigned last_week(const struct curriculum *c)
{
	unsigned last = 0;
	for (size_t i = 0; i < c->week_count; i++) {
		last = c->weeks[i].number > last ? c->weeks[i].number : last;
	}
	return last;
}

/* The week of the plan on today, for a group whose week 1 began on
 * start: a plan that has run its course begins again (round 2...). */
static bool week_from_start(struct app_group *g, const struct app_group_ask *ask,
                            struct app_error *err)
{
	g->week = 1;
	g->round = 1;
	if (ask->start == NULL) {
		return true;
	}
	struct date start, today;
	char now[DATE_TEXT_SIZE];
	if (!date_parse(ask->start, &start)) {
		return app_error_app(err, APP_E_DATE);
	}
	if (ask->today == NULL) {
		app_today(now);
	}
	if (!date_parse(ask->today != NULL ? ask->today : now, &today)) {
		return app_error_app(err, APP_E_DATE);
	}
	long days = date_days_between(start, today);
	unsigned weeks = last_week(g->curriculum);
	if (days < 0 || weeks == 0) {
		g->before_start = days < 0;
		return true;
	}
	g->week = (unsigned)(days / 7 % weeks) + 1;
	g->round = (unsigned)(days / 7 / weeks) + 1;
	return true;
}

static bool add_module(struct app_group *g, const struct app_group_ask *ask,
                       struct app_error *err)
{
	if (!skill_module_parse(ask->module, &g->module)) {
		return group_error(err, "there is no module \"%s\"; the modules are mindfulness, "
		                        "distress-tolerance, emotion-regulation, "
		                        "interpersonal-effectiveness and general",
		                   ask->module);
	}
	g->by_module = true;
	const struct skill_library *lib = &g->skills.lib;
	const struct curriculum *c = g->curriculum;
	/* As the plan teaches them, then any the plan leaves out. */
	for (size_t w = 0; w < c->week_count; w++) {
		for (size_t k = 0; c->weeks[w].module == g->module && k < c->weeks[w].skill_count; k++) {
			const struct skill *s = skill_library_find(lib, c->weeks[w].skills[k]);
			if (s != NULL && s->module == g->module && !add_skill(g, s)) {
				return app_error_app(err, APP_E_NO_MEMORY);
			}
		}
	}
	for (size_t i = 0; i < lib->count; i++) {
		if (lib->skills[i].module == g->module && !add_skill(g, &lib->skills[i])) {
			return app_error_app(err, APP_E_NO_MEMORY);
		}
	}
	str_append(&g->title, skill_module_name(g->module));
	return true;
}

static bool add_week(struct app_group *g, const struct app_group_ask *ask, struct app_error *err)
{
	const struct curriculum *c = g->curriculum;
	unsigned weeks = last_week(c);
	if (ask->week_given) {
		g->week = ask->week;
		g->round = 1;
	} else if (!week_from_start(g, ask, err)) {
		return false;
	}
	const struct curriculum_week *week = find_week(c, g->week);
	if (week == NULL) {
		return group_error(err, "\"%s\" has weeks 1 to %u, so there is no week %u", c->id,
		                   weeks, g->week);
	}
	for (size_t k = 0; k < week->skill_count; k++) {
		const struct skill *s = skill_library_find(&g->skills.lib, week->skills[k]);
		if (s != NULL && !add_skill(g, s)) {
			return app_error_app(err, APP_E_NO_MEMORY);
		}
	}
	str_appendf(&g->title, "Week %u of %u: %s", g->week, weeks, skill_module_name(week->module));
	return true;
}

bool app_group_open(const struct app *app, const struct app_group_ask *ask, struct app_group *g,
                    struct app_error *err)
{
	*g = (struct app_group){0};
	const struct skill_library *lib = app_skills_get(app, &g->skills);
	g->curriculum = pick_curriculum(g, ask->curriculum, err);
	if (g->curriculum == NULL) {
		return false;
	}
	for (size_t i = 0; i < ask->id_count; i++) {
		if (!app_skill_check(app, &g->skills, ask->ids[i], err)) {
			return false;
		}
		if (!add_skill(g, skill_library_find(lib, ask->ids[i]))) {
			return app_error_app(err, APP_E_NO_MEMORY);
		}
	}
	if (ask->module != NULL) {
		return add_module(g, ask, err);
	}
	if (ask->id_count > 0 && !ask->week_given) {
		/* Skills by id: their names are the title. */
		for (size_t i = 0; i < g->count; i++) {
			str_appendf(&g->title, "%s%s", i ? ", " : "", g->list[i]->name);
		}
		return true;
	}
	return add_week(g, ask, err);
}

void app_group_finish(struct app_group *g)
{
	free(g->list);
	str_finish(&g->title);
	app_skills_finish(&g->skills);
	*g = (struct app_group){0};
}
