/* The words around a guided practice in plain text, for wisemind
 * practice and plain mode alike (cli/practice_say.h). */
#include "cli/practice_say.h"

#include "cli/cli_app.h"
#include "cli/report.h"
#include "cli/term_width.h"
#include "front/safety_lines.h"

bool practice_say_urge(struct practice_io *io, const struct exercise_rating *rating)
{
	struct practice_say *say = io->data;
	struct app_urge_result result = {0};
	struct app_error err = {0};
	say->urge.target = io->urge_target;
	bool ok = app_practice_urge_rate(say->app, say->session, &say->urge, rating->value, &result,
	                                 &err);
	struct str text = {0};
	if (ok && result.locked) {
		str_append(&text,
		           "Urge rating kept in the locked inbox; it joins your diary the next "
		           "time you unlock it.");
	} else if (ok) {
		str_append(&text, "Urge rating saved in your diary.");
	} else {
		str_append(&text, "This urge rating was NOT saved: ");
		cli_error_sentence(&err, &text);
	}
	app_error_finish(&err);
	if (rating->high || result.high) {
		str_append(&text,
		           "\n\nThis urge is strong. You do not have to face it alone: these "
		           "lines are there for you now.\n\n");
		app_crisis_card(say->app, &text);
	} else {
		str_append(&text, "\n\n");
		app_crisis_card_short(say->app, &text);
	}
	fputc('\n', io->out);
	cli_print_text(io->out, str_cstr(&text));
	str_finish(&text);
	return true;
}

enum urge_kind practice_say_kind(struct practice_io *io, const char *target)
{
	struct practice_say *say = io->data;
	return app_practice_urge_kind(say->session, target);
}

void practice_say_end(const struct exercise *ex, enum practice_end end, FILE *out)
{
	struct str text = {0};
	if (exercise_ended_high(ex)) {
		str_appendf(&text,
		            "\nYou stayed with %s. It is still very hard right now, and that "
		            "is not your fault.\n",
		            ex->skill->name);
	} else if (end == PRACTICE_FINISHED) {
		str_appendf(&text, "\nYou finished %s. Well done for taking the time.\n",
		            ex->skill->name);
	} else if (end == PRACTICE_STOPPED) {
		str_append(&text, "\nYou stopped the practice. That's okay: come back to it any "
		                  "time.\n");
	} else if (end == PRACTICE_SWITCHED) {
		str_appendf(&text, "\nYou left %s to try another skill.\n", ex->skill->name);
	}
	for (size_t i = 0; i < ex->rating_count; i++) {
		const struct exercise_rating *r = &ex->ratings[i];
		if (i == 0) {
			str_append(&text, "Your ratings:\n");
		}
		str_appendf(&text, "  %s %d of %d\n", r->rate->text, r->value,
		            skill_scale_max(r->rate->scale));
	}
	cli_print_text(out, str_cstr(&text));
	str_finish(&text);
}

void practice_say_crisis_end(const struct practice_say *say, const struct exercise *ex, FILE *out)
{
	struct str text = {0};
	if (exercise_ended_high(ex)) {
		str_append(&text,
		           "\nPlease reach out now: you do not have to face this alone.\n\n");
		app_crisis_card(say->app, &text);
		struct str warning = {0};
		front_add_safety_lines(say->app, say->see_plan, &text, &warning);
		cli_print_text(out, str_cstr(&text));
		if (warning.len > 0) {
			cli_print_text(stderr, str_cstr(&warning));
		}
		str_finish(&warning);
	} else if (ex->skill->for_crisis) {
		app_crisis_card_short(say->app, &text);
		fputc('\n', out);
		term_print_wrapped(out, str_cstr(&text));
		term_print_wrapped(out, say->all_lines);
	}
	str_finish(&text);
}

/* Adds the skill with id to options, once, when it is in the library and
 * is not the one being left. */
static void offer(const struct skill_library *lib, const struct skill *left, const char *id,
                  const struct skill **options, size_t *n, size_t max)
{
	const struct skill *s = skill_library_find(lib, id);
	if (s == NULL || s == left || *n >= max) {
		return;
	}
	for (size_t i = 0; i < *n; i++) {
		if (options[i] == s) {
			return;
		}
	}
	options[(*n)++] = s;
}

size_t practice_say_switch_options(const struct skill_library *lib, const struct exercise *ex,
                                   const struct skill **options, size_t max)
{
	size_t n = 0;
	if (ex->switch_to != NULL) {
		offer(lib, ex->skill, ex->switch_to, options, &n, max);
		return n;
	}
	for (size_t i = 0; i < ex->skill->related_count; i++) {
		const struct skill *s = skill_library_find(lib, ex->skill->related[i]);
		if (s != NULL && s->for_crisis) {
			offer(lib, ex->skill, s->id, options, &n, max);
		}
	}
	static const char *const crisis[] = {"stop", "tip", "paced-breathing"};
	for (size_t i = 0; i < sizeof(crisis) / sizeof(crisis[0]); i++) {
		offer(lib, ex->skill, crisis[i], options, &n, max);
	}
	return n;
}
