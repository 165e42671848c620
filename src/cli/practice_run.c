/* Plain-text practice: a thin renderer of the exercise engine
 * (core/exercise.h). It prints what the engine says the person is at,
 * reads their answer, and tells the engine; every rule (cautions first,
 * menus, branches, check-ins, what counts as high) is the engine's. */
#include "cli/practice_run.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli/practice_keys.h"
#include "cli/practice_timer.h"
#include "cli/term_width.h"
#include "core/skill_format.h"

unsigned practice_time_scale = 1;

struct run {
	struct exercise *ex;
	struct practice_io *io;
	struct practice_keys keys;
	unsigned shown_visit; /* the step entry whose title is shown */
	bool stopped;
};

static uint64_t now(const struct run *r)
{
	return practice_clock(r->io);
}

static void say(struct run *r, const char *text)
{
	term_print_wrapped(r->io->out, text);
	fflush(r->io->out);
}

/* say, formatted: every line of prose is wrapped to the terminal. */
__attribute__((format(printf, 2, 3)))
static void sayf(struct run *r, const char *fmt, ...)
{
	struct str text = {0};
	va_list ap;
	va_start(ap, fmt);
	str_vappendf(&text, fmt, ap);
	va_end(ap);
	say(r, str_cstr(&text));
	str_finish(&text);
}

/* Called before a prompt is shown. On a terminal, drops keys typed
 * before it (during a timer): they were not meant as this answer. Before,
 * not after, the prompt is printed, so a key pressed once it shows is
 * never lost. */
static void before_prompt(struct run *r)
{
	practice_keys_discard(&r->keys);
}

/* Reads one line into buf; false at end of input or on a stop. A line
 * that is just "!" shows the crisis lines and reads again: they are one
 * key away here too. */
static bool read_line(struct run *r, char *buf, size_t size)
{
	fflush(r->io->out);
	for (;;) {
		if (practice_timer_stop_requested(r->io)) {
			break;
		}
		errno = 0;
		if (fgets(buf, (int)size, r->io->in) != NULL) {
			size_t n = strlen(buf);
			if (n > 0 && buf[n - 1] != '\n' && !feof(r->io->in)) {
				/* Longer than the buffer: keep the start, drop the rest of
				 * the line, so it does not answer the next questions. */
				int c;
				while ((c = fgetc(r->io->in)) != EOF && c != '\n') {
				}
			}
			buf[strcspn(buf, "\r\n")] = '\0';
			if (strcmp(buf, "!") == 0) {
				fputc('\n', r->io->out);
				term_print_wrapped(r->io->out, r->io->crisis_card);
				term_print_wrapped(r->io->out, "[Crisis lines above. The practice goes on "
				                               "where you were: type your answer, or press "
				                               "Enter.]");
				fflush(r->io->out);
				continue;
			}
			return true;
		}
		if (errno == EINTR && !practice_timer_stop_requested(r->io)) {
			clearerr(r->io->in);
			continue;
		}
		break;
	}
	r->stopped = true;
	return false;
}

/* A prompt whose answer is Enter or one letter of keys ("rbsq"); returns
 * the letter, '\n' for Enter, or 0 on a stop. */
static char read_choice(struct run *r, const char *prompt, const char *keys)
{
	char buf[64];
	for (;;) {
		before_prompt(r);
		sayf(r, "[%s]", prompt);
		if (!read_line(r, buf, sizeof(buf))) {
			return 0;
		}
		if (buf[0] == '\0') {
			return '\n';
		}
		char c = buf[0] >= 'A' && buf[0] <= 'Z' ? (char)(buf[0] - 'A' + 'a') : buf[0];
		if (buf[1] == '\0' && strchr(keys, c) != NULL) {
			return c;
		}
		struct str hint = {0};
		str_append(&hint, "Press Enter, or type ");
		for (const char *k = keys; *k != '\0'; k++) {
			str_appendf(&hint, "%c%s", *k, k[1] == '\0' ? "." : k[2] == '\0' ? " or " : ", ");
		}
		say(r, str_cstr(&hint));
		str_finish(&hint);
	}
}

/* The letters at a prompt inside a step: skip, back, stop. */
static void act(struct run *r, char c)
{
	switch (c) {
	case 's':
		exercise_skip(r->ex, now(r));
		break;
	case 'r':
		exercise_repeat(r->ex, now(r));
		break;
	case 'b':
		exercise_back(r->ex, now(r));
		break;
	case 'q':
		exercise_stop(r->ex, now(r));
		break;
	case 0:
		r->stopped = true;
		break;
	default:
		exercise_go_on(r->ex, now(r));
		break;
	}
}

static void intro(struct run *r)
{
	const struct skill *skill = r->ex->skill;
	struct str head = {0};
	str_appendf(&head, "%s: %s", skill->name, skill->summary);
	say(r, str_cstr(&head));
	str_finish(&head);
	say(r, "Press Enter to go on at each step, and Ctrl-C to stop at any time.\n"
	       "Type ! and Enter at any prompt for crisis lines.");
	if (r->keys.tty) {
		/* Only a terminal gives single keys; from a pipe, lines are answers. */
		say(r, "During a timer or the breathing pacer, ! alone shows them, Enter ends it "
		       "early, and p pauses it.");
	}
	if (skill->caution_count > 0) {
		fputs("\nBefore you start:\n", r->io->out);
		for (size_t i = 0; i < skill->caution_count; i++) {
			struct str c = {0};
			str_appendf(&c, "  - %s", skill->cautions[i]);
			say(r, str_cstr(&c));
			str_finish(&c);
		}
	}
	fputc('\n', r->io->out);
	say(r, skill->intro);
	if (r->ex->offer_count > 0) {
		say(r, "\nWhat you wrote last time is kept: at each of those questions, press Enter "
		       "to keep it, or type something new.");
	}
	act(r, read_choice(r, "Press Enter to begin, or q to stop", "q"));
}

static void step_title(struct run *r)
{
	if (r->shown_visit == r->ex->visits) {
		return;
	}
	r->shown_visit = r->ex->visits;
	sayf(r, "\nStep %zu of %zu: %s", r->ex->step + 1, r->ex->skill->step_count,
	     exercise_step(r->ex)->title);
}

static void caution(struct run *r, const struct skill_block *b)
{
	struct str text = {0};
	str_appendf(&text, "CAUTION: %s", b->text);
	say(r, str_cstr(&text));
	str_finish(&text);
	const struct skill_step *step = exercise_step(r->ex);
	size_t next = r->ex->block + 1;
	if (next < step->block_count && step->blocks[next].kind == SKILL_BLOCK_CAUTION) {
		exercise_go_on(r->ex, now(r)); /* all of the step's cautions, then one prompt */
		return;
	}
	act(r, read_choice(r, "Press Enter once you have read this, or s to skip this step", "sq"));
}

/* Lets the person keep the pattern or type their own; the out-breath must
 * stay longer than the in-breath. */
static bool choose_pace(struct run *r)
{
	char buf[128];
	for (;;) {
		before_prompt(r);
		struct skill_breath pace = exercise_pace(r->ex);
		sayf(r, "Breathing pace: in %u, out %u seconds. Press Enter to start, type your own "
		        "pace (like: in 5, out 7), or s to skip this step.", pace.in, pace.out);
		fputs("> ", r->io->out);
		if (!read_line(r, buf, sizeof(buf))) {
			return false;
		}
		if (buf[0] == '\0') {
			return true;
		}
		if ((buf[0] == 's' || buf[0] == 'q') && buf[1] == '\0') {
			act(r, buf[0]);
			return false;
		}
		struct skill_breath mine;
		const char *why;
		if (skill_parse_breath(buf, &mine, &why) && exercise_set_pace(r->ex, mine)) {
			return true;
		}
		sayf(r, "That pace did not work: %s.",
		     why != NULL ? why : "the out-breath must be longer than the in-breath");
	}
}

static void timed(struct run *r, const struct skill_block *b)
{
	if (b->kind == SKILL_BLOCK_BREATHE) {
		if (!choose_pace(r)) {
			return; /* skipped, stopped, or the input ended */
		}
	} else {
		struct str text = {0};
		unsigned seconds = (unsigned)(exercise_timer_length(r->ex) / 1000);
		if (r->io->spoken) {
			practice_duration_words(seconds, &text);
		} else {
			skill_format_duration(seconds, &text);
		}
		fprintf(r->io->out, "Timer: %s.\n", str_cstr(&text));
		str_finish(&text);
		char c = read_choice(r, "Press Enter to start the timer, or s to skip this step", "sq");
		if (c != '\n') {
			act(r, c);
			return;
		}
	}
	if (!practice_timer_run(r->io, &r->keys, r->ex)) {
		r->stopped = true;
	}
}

static void ask(struct run *r, const struct skill_block *b)
{
	char buf[4096];
	before_prompt(r);
	say(r, b->text);
	const char *offered = exercise_offered(r->ex);
	if (offered != NULL) {
		struct str last = {0};
		str_appendf(&last, "Last time you wrote: %s\n(Press Enter to keep it, or type "
		                   "something new.)", offered);
		say(r, str_cstr(&last));
		str_finish(&last);
	}
	fputs("> ", r->io->out);
	if (!read_line(r, buf, sizeof(buf))) {
		return;
	}
	if (buf[0] == '\0' && offered == NULL) {
		exercise_go_on(r->ex, now(r)); /* left unanswered */
		return;
	}
	struct str kept = {0};
	str_append(&kept, buf[0] == '\0' ? offered : buf);
	exercise_answer(r->ex, str_cstr(&kept), now(r));
	str_wipe(&kept);
}

static void scale_words(const struct skill_block *b, struct str *out)
{
	int max = skill_scale_max(b->scale);
	if (b->scale == SKILL_SCALE_DISTRESS) {
		str_appendf(out, "From 0 (%s) to %d (%s).", skill_scale_words(b->scale, 0), max,
		            skill_scale_words(b->scale, max));
		return;
	}
	for (int v = 0; v <= max; v++) {
		str_appendf(out, "%s%d %s", v ? ", " : "", v, skill_scale_words(b->scale, v));
	}
	str_append(out, ".");
}

/* The target an urge rating is kept under: the kind the skill names
 * (its default target), else the one given, else the person says. */
static bool urge_target(struct run *r, const struct skill_block *b)
{
	static const char *const by_kind[] = {
		[URGE_KIND_SUICIDE] = "suicide", [URGE_KIND_SELF_HARM] = "self-harm",
		[URGE_KIND_USE] = "use",
	};
	if (r->io->urge_target[0] != '\0') {
		return true;
	}
	if (b->urge_kind < sizeof(by_kind) / sizeof(by_kind[0]) && by_kind[b->urge_kind] != NULL) {
		snprintf(r->io->urge_target, sizeof(r->io->urge_target), "%s", by_kind[b->urge_kind]);
		return true;
	}
	char buf[128];
	for (;;) {
		before_prompt(r);
		say(r, "Which urge is this about? (suicide, self-harm, use, or your own word)");
		fputs("> ", r->io->out);
		if (!read_line(r, buf, sizeof(buf))) {
			return false;
		}
		if (urge_target_valid(buf) && strlen(buf) < sizeof(r->io->urge_target)) {
			memcpy(r->io->urge_target, buf, strlen(buf) + 1);
			return true;
		}
		say(r, "Please type one word in small letters, such as self-harm.");
	}
}

static void rate(struct run *r, const struct skill_block *b)
{
	char buf[64];
	if (b->scale == SKILL_SCALE_URGE) {
		if (!urge_target(r, b)) {
			return;
		}
		if (r->io->target_kind != NULL) {
			r->ex->opt.urge_kind = r->io->target_kind(r->io, r->io->urge_target);
		}
	}
	struct str words = {0};
	scale_words(b, &words);
	for (;;) {
		before_prompt(r);
		say(r, b->text);
		say(r, str_cstr(&words));
		fputs("> ", r->io->out);
		if (!read_line(r, buf, sizeof(buf))) {
			break;
		}
		if (buf[0] == '\0') {
			exercise_go_on(r->ex, now(r)); /* left unrated */
			break;
		}
		char *end;
		long v = strtol(buf, &end, 10);
		const struct exercise_rating *rated = NULL;
		bool in_range = *end == '\0' && v >= 0 && v <= skill_scale_max(b->scale);
		if (in_range && exercise_rate(r->ex, (int)v, now(r), &rated)) {
			if (b->scale == SKILL_SCALE_URGE && !r->io->urge(r->io, rated)) {
				r->stopped = true;
			} else if (b->scale == SKILL_SCALE_DISTRESS && rated->high) {
				fputs("\nYour distress is very high. You do not have to face this alone:\n\n",
				      r->io->out);
				term_print_wrapped(r->io->out, r->io->crisis_card);
			}
			break;
		}
		if (*end == '\0' && v > skill_scale_max(b->scale) && b->scale != SKILL_SCALE_EMOTION) {
			/* Above the scale: it sounds stronger than the scale holds, so
			 * the crisis lines come now, as for any high rating, whatever
			 * is typed next (DESIGN.md §2.2). */
			sayf(r, "\n%ld is above the scale of 0 to %d, so it counts as very strong. You "
			        "do not have to face it alone:", v, skill_scale_max(b->scale));
			fputc('\n', r->io->out);
			term_print_wrapped(r->io->out, r->io->crisis_card);
			fputc('\n', r->io->out);
		}
		sayf(r, "Please type a whole number from 0 to %d, or press Enter to leave it.",
		     skill_scale_max(b->scale));
	}
	str_finish(&words);
}

static void choose(struct run *r, const struct skill_block *b)
{
	char buf[64];
	bool again = r->ex->menu_again;
	for (;;) {
		before_prompt(r);
		say(r, again ? "Pick another, or press Enter to go on." : b->text);
		for (size_t i = 0; i < b->link_count; i++) {
			sayf(r, "  %zu. %s%s", i + 1, b->links[i].label,
			     exercise_chosen(r->ex, i) ? " (done)" : "");
		}
		say(r, b->kind == SKILL_BLOCK_DECIDE || again
		           ? "Type its number, or press Enter to go on without one."
		           : "Type its number, or press Enter to go on.");
		fputs("> ", r->io->out);
		if (!read_line(r, buf, sizeof(buf))) {
			return;
		}
		if (buf[0] == '\0') {
			exercise_go_on(r->ex, now(r));
			return;
		}
		char *end;
		long n = strtol(buf, &end, 10);
		if (*end == '\0' && n >= 1 && exercise_choose(r->ex, (size_t)n - 1, now(r))) {
			return;
		}
		sayf(r, "Please type a number from the list%s.", again ? " that is not done yet" : "");
	}
}

static const char *lookup_answer(const char *field, void *data)
{
	return exercise_field(data, field);
}

static void block(struct run *r)
{
	const struct skill_block *b = exercise_block(r->ex);
	if (r->ex->block > 0 || r->ex->menu_again) {
		fputc('\n', r->io->out);
	}
	switch (b->kind) {
	case SKILL_BLOCK_TEXT:
		say(r, b->text);
		exercise_go_on(r->ex, now(r));
		break;
	case SKILL_BLOCK_CAUTION:
		caution(r, b);
		break;
	case SKILL_BLOCK_TIMER:
	case SKILL_BLOCK_BREATHE:
		timed(r, b);
		break;
	case SKILL_BLOCK_ASK:
		ask(r, b);
		break;
	case SKILL_BLOCK_RATE:
		rate(r, b);
		break;
	case SKILL_BLOCK_CHOOSE:
	case SKILL_BLOCK_DECIDE:
		choose(r, b);
		break;
	case SKILL_BLOCK_SHOW:
		practice_print_show(r->io->out, b, lookup_answer, r->ex);
		exercise_go_on(r->ex, now(r));
		break;
	}
}

static void step_end(struct run *r)
{
	bool last = r->ex->step + 1 == r->ex->skill->step_count && !exercise_step(r->ex)->in_menu;
	act(r, read_choice(r, last ? "Press Enter to finish; r repeats this step, b goes back, q stops"
	                           : "Press Enter for the next step; r repeats this step, b goes "
	                             "back, q stops",
	                   "rbq"));
}

enum practice_end practice_run(struct exercise *ex, struct practice_io *io)
{
	struct run r = {.ex = ex, .io = io};
	practice_keys_init(&r.keys, io->in);
	while (ex->at != EXERCISE_AT_END && !r.stopped) {
		switch (ex->at) {
		case EXERCISE_AT_INTRO:
			r.shown_visit = 0;
			intro(&r);
			break;
		case EXERCISE_AT_BLOCK:
			step_title(&r);
			block(&r);
			break;
		case EXERCISE_AT_STEP_END:
			step_title(&r);
			step_end(&r);
			break;
		case EXERCISE_AT_END:
			break;
		}
	}
	fflush(io->out);
	if (r.stopped) {
		exercise_stop(ex, now(&r));
		return PRACTICE_STOPPED;
	}
	switch (exercise_end_reason(ex)) {
	case EXERCISE_FINISHED:
		return PRACTICE_FINISHED;
	case EXERCISE_SWITCHED:
		return PRACTICE_SWITCHED;
	default:
		return PRACTICE_STOPPED;
	}
}
