/* Benchmark: the handout's budget (issue 16): "a one-week handout as PDF
 * <= 100 ms". The week is the largest of the built-in 24-week plan (by
 * the length of its handout's text), found here, so that a longer skill
 * file moves the measure with it. Timed: what the command does once its
 * options are read, but the write: the skills library's load, the
 * week's skills, the handout's model and pdf_handout_render (the PDF
 * module's drawing, on A4). The first render in the process is timed on
 * its own: it loads the fonts (fontconfig and pango), as every run of
 * the command does, and it is held to the budget too; then the median
 * and the slowest of the runs after it.
 *
 * WISEMIND_BENCH_SHORT=1 (CI): fewer timed runs; the budget is the same
 * and a broken one fails. Sanitizer builds print the figures only.
 * Run with: meson test -C build --benchmark --suite bench -v handout-speed */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_clock.h"
#include "content/skill_library.h"
#include "core/handout.h"
#include "pdf/handout_pdf.h"

#define BUDGET_MS 100.0
#define RUNS 21
#define SHORT_RUNS 5
#define PLAN "standard-24-week"

/* The week's handout, from the library lib. */
static void build(const struct skill_library *lib, const struct curriculum_week *week,
                  struct handout *h)
{
	const struct skill *list[32];
	size_t count = 0;
	for (size_t k = 0; k < week->skill_count && count < 32; k++) {
		const struct skill *s = skill_library_find(lib, week->skills[k]);
		if (s != NULL) {
			list[count++] = s;
		}
	}
	char title[64];
	snprintf(title, sizeof(title), "Week %u", week->number);
	struct handout_source src = {.title = title, .plan = PLAN, .skills = list, .count = count};
	handout_build(&src, h);
}

/* The week whose handout says the most. */
static unsigned largest_week(size_t *chars)
{
	struct skill_library lib;
	skill_library_load(&lib, NULL);
	const struct curriculum *c = skill_library_find_curriculum(&lib, PLAN);
	unsigned best = 0;
	*chars = 0;
	for (size_t w = 0; c != NULL && w < c->week_count; w++) {
		struct handout h = {0};
		struct str text = {0};
		build(&lib, &c->weeks[w], &h);
		handout_text(&h, &text);
		if (text.len > *chars) {
			*chars = text.len;
			best = c->weeks[w].number;
		}
		str_finish(&text);
		handout_finish(&h);
	}
	skill_library_finish(&lib);
	return best;
}

/* One handout, timed from the library's load to the PDF's last byte. */
static bool one(unsigned number, double *ms, size_t *bytes, size_t *skills)
{
	double start = bench_now_ms();
	struct skill_library lib;
	skill_library_load(&lib, NULL);
	const struct curriculum *c = skill_library_find_curriculum(&lib, PLAN);
	const struct curriculum_week *week = NULL;
	for (size_t w = 0; c != NULL && w < c->week_count; w++) {
		week = c->weeks[w].number == number ? &c->weeks[w] : week;
	}
	struct handout h = {0};
	struct str out = {0};
	const char *why = NULL;
	bool ok = week != NULL;
	if (ok) {
		build(&lib, week, &h);
		*skills = week->skill_count;
		ok = pdf_handout_render(&h, PDF_PAPER_A4, "2026-11-30", &out, &why);
	}
	*ms = bench_now_ms() - start;
	if (!ok) {
		fprintf(stderr, "bench_handout: %s\n", why != NULL ? why : "no such week");
	}
	*bytes = out.len;
	str_finish(&out);
	handout_finish(&h);
	skill_library_finish(&lib);
	return ok;
}

int main(void)
{
	bool short_mode = getenv("WISEMIND_BENCH_SHORT") != NULL;
	int runs = short_mode ? SHORT_RUNS : RUNS;
	size_t chars = 0, bytes = 0, skills = 0;
	unsigned week = largest_week(&chars);
	if (week == 0) {
		fprintf(stderr, "bench_handout: the plan %s is not in the library\n", PLAN);
		return 2;
	}
	double first, times[RUNS];
	bool ok = one(week, &first, &bytes, &skills);
	for (int i = 0; ok && i < runs; i++) {
		ok = one(week, &times[i], &bytes, &skills);
	}
	if (!ok) {
		return 2;
	}
	bench_sort(times, (size_t)runs);
	double median = times[runs / 2];
	printf("one-week handout as PDF: week %u of %s, the largest (%zu skills, %zu characters "
	       "as text, %zu bytes of PDF on A4), from the library's load to the last byte: "
	       "first render in the process, with the fonts' loading, %.1f ms; then median "
	       "%.1f ms, slowest %.1f ms over %d runs (budget %.0f ms for each)\n",
	       week, PLAN, skills, chars, bytes, first, median, times[runs - 1], runs, BUDGET_MS);
	if (first > BUDGET_MS || median > BUDGET_MS) {
		printf("the budget was exceeded%s\n",
		       BENCH_SANITIZED ? ", but this is a sanitizer build: not a failure" : "");
		return BENCH_SANITIZED ? 0 : 1;
	}
	return 0;
}
