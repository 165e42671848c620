#include "app/warning.h"

#include <stdlib.h>

#include "content/settings_file.h"

static const char *file_name(enum app_warning_kind kind)
{
	return kind == WARNING_CRISIS_IGNORED ? "crisis file" : "settings file";
}

static const char *meaning(enum app_warning_kind kind)
{
	return kind == WARNING_CRISIS_IGNORED ? "built-in lines shown" : "it is ignored";
}

void app_warning_describe(const struct app_warning *w, struct str *out)
{
	if (w->kind == WARNING_SETTINGS_COUNTRY) {
		str_appendf(out, "your settings file %s names country \"%s\", which is not a country "
		                 "code, so it is not used", str_cstr(&w->path), w->country);
		return;
	}
	if (w->kind == WARNING_SETTINGS_THRESHOLD) {
		str_appendf(out, "your settings file %s asks for an urge threshold that is not "
		                 "allowed (%s). A threshold can be lowered, never raised, so the "
		                 "default, or a lower one, stays in force; fix or remove that line",
		            str_cstr(&w->path), str_cstr(&w->why));
		return;
	}
	if (w->kind == WARNING_SETTINGS_LOCK) {
		str_appendf(out, "your settings file %s has a lock time that cannot be used (%s), "
		                 "so the screen locks after %d minutes without a key; fix or remove "
		                 "that line", str_cstr(&w->path), str_cstr(&w->why),
		            SETTINGS_LOCK_MINUTES_DEFAULT);
		return;
	}
	if (w->kind == WARNING_SETTINGS_VALUE) {
		str_appendf(out, "your settings file %s has a setting that cannot be used (%s), so "
		                 "its default is used; fix or remove that line", str_cstr(&w->path),
		            str_cstr(&w->why));
		return;
	}
	str_appendf(out, "ignoring your %s %s (%s); fix or remove that file", file_name(w->kind),
	            str_cstr(&w->path), str_cstr(&w->why));
}

void app_warning_summary(const struct app_warning *w, struct str *out)
{
	if (w->kind == WARNING_SETTINGS_COUNTRY) {
		return;
	}
	if (w->kind == WARNING_SETTINGS_THRESHOLD) {
		str_appendf(out, "Your settings file asks for an urge threshold that is not allowed "
		                 "on line %u: the default stays in force.", w->line);
		return;
	}
	if (w->kind == WARNING_SETTINGS_LOCK) {
		str_appendf(out, "Your settings file's lock time on line %u cannot be used: the "
		                 "screen locks after %d minutes.", w->line, SETTINGS_LOCK_MINUTES_DEFAULT);
		return;
	}
	if (w->kind == WARNING_SETTINGS_VALUE) {
		str_appendf(out, "Your settings file's line %u cannot be used: its default is used.",
		            w->line);
		return;
	}
	if (w->line > 0) {
		str_appendf(out, "Your %s has a mistake on line %u: %s.", file_name(w->kind), w->line,
		            meaning(w->kind));
	} else {
		str_appendf(out, "Your %s cannot be read: %s.", file_name(w->kind), meaning(w->kind));
	}
}

void app_warnings_finish(struct app_warnings *list)
{
	if (list == NULL) {
		return;
	}
	for (size_t i = 0; i < list->count; i++) {
		str_finish(&list->items[i].path);
		str_finish(&list->items[i].why);
	}
	free(list->items);
	*list = (struct app_warnings){0};
}
