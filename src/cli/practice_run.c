#include "cli/practice_run.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli/practice_keys.h"
#include "cli/practice_timer.h"
#include "cli/term_width.h"
#include "core/skill_format.h"

#define BREATHS_WITHOUT_TIMER 5

struct rating {
	const char *label;
	long value;
};

struct run {
	const struct skill *skill;
	struct practice_io *io;
	struct practice_keys keys;
	struct rating ratings[32];
	size_t rating_count;
	bool stopped;
};

static void say(struct run *r, const char *text)
{
	term_print_wrapped(r->io->out, text);
	fflush(r->io->out);
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
				fputs("[Crisis lines above. The practice goes on where you were: type your "
				      "answer, or press Enter.]\n", r->io->out);
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

static bool press_enter(struct run *r, const char *what)
{
	char buf[256];
	before_prompt(r);
	fprintf(r->io->out, "[Press Enter %s]\n", what);
	return read_line(r, buf, sizeof(buf));
}

static bool timer(struct run *r, unsigned seconds)
{
	struct str text = {0};
	skill_format_duration(seconds, &text);
	fprintf(r->io->out, "Timer: %s.\n", str_cstr(&text));
	str_finish(&text);
	return press_enter(r, "to start the timer") &&
	       practice_timer_countdown(r->io, &r->keys, seconds);
}

/* Lets the person keep the pattern or type their own; the out-breath must
 * stay longer than the in-breath. */
static bool choose_pace(struct run *r, struct skill_breath *pace)
{
	char buf[128];
	for (;;) {
		before_prompt(r);
		fprintf(r->io->out, "Breathing pace: in %u, out %u seconds. Press Enter to start, "
		                    "or type your own pace (like: in 5, out 7).\n", pace->in, pace->out);
		if (!read_line(r, buf, sizeof(buf))) {
			return false;
		}
		if (buf[0] == '\0') {
			return true;
		}
		struct skill_breath mine;
		const char *why;
		if (skill_parse_breath(buf, &mine, &why)) {
			*pace = mine;
			return true;
		}
		fprintf(r->io->out, "That pace did not work: %s.\n", why);
	}
}

static bool breathe(struct run *r, struct skill_breath pace, unsigned seconds)
{
	if (!choose_pace(r, &pace)) {
		return false;
	}
	unsigned cycle = pace.in + pace.hold_in + pace.out + pace.hold_out;
	unsigned breaths = seconds > 0 ? (seconds + cycle - 1) / cycle : BREATHS_WITHOUT_TIMER;
	return practice_timer_pacer(r->io, &r->keys, pace, breaths);
}

static bool ask(struct run *r, const char *question)
{
	char buf[1024];
	before_prompt(r);
	say(r, question);
	fputs("> ", r->io->out);
	return read_line(r, buf, sizeof(buf));
}

static bool rate(struct run *r, const struct skill_block *b)
{
	char buf[64];
	for (;;) {
		before_prompt(r);
		fprintf(r->io->out, "%s (%d-%d)\n> ", b->text, b->low, b->high);
		if (!read_line(r, buf, sizeof(buf))) {
			return false;
		}
		char *end;
		long v = strtol(buf, &end, 10);
		if (buf[0] != '\0' && *end == '\0' && v >= b->low && v <= b->high) {
			if (r->rating_count < sizeof(r->ratings) / sizeof(r->ratings[0])) {
				r->ratings[r->rating_count++] = (struct rating){b->text, v};
			}
			return true;
		}
		fprintf(r->io->out, "Please type a whole number from %d to %d.\n", b->low, b->high);
	}
}

/* The step's timer, when a breathing pacer uses it as its length. */
static const struct skill_block *paired_timer(const struct skill_step *step)
{
	for (size_t i = 0; i < step->block_count; i++) {
		if (step->blocks[i].kind == SKILL_BLOCK_TIMER) {
			return &step->blocks[i];
		}
	}
	return NULL;
}

static bool run_step(struct run *r, size_t index)
{
	const struct skill_step *step = &r->skill->steps[index];
	fprintf(r->io->out, "\nStep %zu of %zu: %s\n", index + 1, r->skill->step_count, step->title);
	bool has_breath = false;
	for (size_t i = 0; i < step->block_count; i++) {
		has_breath = has_breath || step->blocks[i].kind == SKILL_BLOCK_BREATHE;
	}
	const struct skill_block *with_breath = has_breath ? paired_timer(step) : NULL;
	bool ok = true;
	for (size_t i = 0; i < step->block_count && ok; i++) {
		const struct skill_block *b = &step->blocks[i];
		struct str text = {0};
		if (i > 0 && b != with_breath) {
			fputc('\n', r->io->out);
		}
		switch (b->kind) {
		case SKILL_BLOCK_TEXT:
			say(r, b->text);
			break;
		case SKILL_BLOCK_CAUTION:
			str_appendf(&text, "CAUTION: %s", b->text);
			say(r, str_cstr(&text));
			break;
		case SKILL_BLOCK_TIMER:
			if (b != with_breath) {
				ok = timer(r, b->seconds);
			}
			break;
		case SKILL_BLOCK_BREATHE:
			ok = breathe(r, b->breath, with_breath != NULL ? with_breath->seconds : 0);
			break;
		case SKILL_BLOCK_ASK:
			ok = ask(r, b->text);
			break;
		case SKILL_BLOCK_RATE:
			ok = rate(r, b);
			break;
		}
		str_finish(&text);
	}
	return ok;
}

static void summary(struct run *r)
{
	fprintf(r->io->out, "\nYou finished %s. Well done for taking the time.\n", r->skill->name);
	for (size_t i = 0; i < r->rating_count; i++) {
		fprintf(r->io->out, "  %s %ld\n", r->ratings[i].label, r->ratings[i].value);
	}
}

enum practice_end practice_run(const struct skill *skill, struct practice_io *io)
{
	struct run r = {.skill = skill, .io = io};
	practice_keys_init(&r.keys, io->in);
	struct str head = {0};
	str_appendf(&head, "%s: %s", skill->name, skill->summary);
	say(&r, str_cstr(&head));
	str_finish(&head);
	fputs("Press Enter to go on at each step, and Ctrl-C to stop at any time.\n"
	      "Type ! and Enter at any prompt for crisis lines.\n", io->out);
	if (r.keys.tty) {
		/* Only a terminal gives single keys; from a pipe, lines are answers. */
		say(&r, "During a timer or the breathing pacer, ! alone shows them, and Enter "
		        "ends it early.");
	}
	if (skill->caution_count > 0) {
		fputs("\nBefore you start:\n", io->out);
		for (size_t i = 0; i < skill->caution_count; i++) {
			struct str c = {0};
			str_appendf(&c, "  - %s", skill->cautions[i]);
			say(&r, str_cstr(&c));
			str_finish(&c);
		}
	}
	fputc('\n', io->out);
	say(&r, skill->intro);
	bool ok = press_enter(&r, "to begin");
	for (size_t s = 0; s < skill->step_count && ok; s++) {
		ok = run_step(&r, s) &&
		     (s + 1 == skill->step_count || press_enter(&r, "for the next step"));
	}
	if (!ok || r.stopped) {
		fputs("\nYou stopped the practice. That's okay: come back to it any time.\n"
		      "Nothing you typed was saved.\n", io->out);
		fflush(io->out);
		return PRACTICE_STOPPED;
	}
	summary(&r);
	fputs("Nothing you typed was saved.\n", io->out);
	fflush(io->out);
	return PRACTICE_FINISHED;
}
