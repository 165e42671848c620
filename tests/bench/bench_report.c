/* Benchmark: wisemind report's budget (issue 10): "report for a year as
 * CSV <= 100 ms after unlock", on the ten-year diary of bench_diary.h in a
 * vault made with the cheap test KDF, opened through the application
 * layer as the command does. Timed: session_report over the last 365 days and the CSV
 * rendering (report_csv_days), everything the command does after the
 * unlock but the write. For reference (not budgeted): the unlock, a
 * year as JSON and as text, all ten years as CSV, and report --helps over
 * every urge.
 *
 * WISEMIND_BENCH_SHORT=1 (CI): fewer timed runs; the budget is the same
 * and a broken one fails. Sanitizer builds print the figures only.
 * Run with: meson test -C build --benchmark --suite bench -v report-speed */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/helps.h"
#include "app/report.h"
#include "app/session.h"
#include "bench_clock.h"
#include "bench_diary.h"
#include "cli/report_format.h"
#include "store/alloc.h"

#define YEAR_BUDGET_MS 100.0
#define RUNS 21
#define SHORT_RUNS 5

static bool failed(struct app_error *err, const char *what)
{
	struct str why = {0};
	app_error_describe(err, &why);
	fprintf(stderr, "bench_report: %s: %s\n", what, str_cstr(&why));
	str_finish(&why);
	app_error_finish(err);
	return false;
}

enum layout { CSV, JSON, TEXT };

/* One report of from..to laid out as layout, timed from before
 * session_report to after the layout. */
static bool one(struct session *s, const char *from, const char *to, enum layout layout,
                double *ms, size_t *bytes)
{
	struct app_report_range range;
	struct app_error err = {0};
	struct app_report rep;
	struct str out = {0};
	double start = bench_now_ms();
	if (!app_report_range(NULL, from, to, &range, &err)) {
		return failed(&err, "range");
	}
	app_report_init(&rep);
	if (!session_report(s, &range, &rep, &err)) {
		app_report_finish(&rep);
		return failed(&err, "session_report");
	}
	if (layout == CSV) {
		report_csv_days(&rep, &out);
	} else if (layout == JSON) {
		report_json_append(&rep, &out);
	} else {
		report_text_append(&rep, &out);
	}
	*ms = bench_now_ms() - start;
	*bytes = out.len;
	str_wipe(&out);
	app_report_finish(&rep);
	return true;
}

/* The median of runs reports; *bytes of the last. */
static bool timed(struct session *s, const char *from, const char *to, enum layout layout,
                  int runs, double *median, size_t *bytes)
{
	double times[RUNS];
	for (int i = 0; i < runs; i++) {
		if (!one(s, from, to, layout, &times[i], bytes)) {
			return false;
		}
	}
	bench_sort(times, (size_t)runs);
	*median = times[runs / 2];
	return true;
}

static int run(const struct bench_dirs *d)
{
	bool short_mode = getenv("WISEMIND_BENCH_SHORT") != NULL;
	int runs = short_mode ? SHORT_RUNS : RUNS;
	struct bench_diary diary = {0};
	if (!bench_diary_make(d->data, d->vault_state, &diary)) {
		return 2;
	}
	bench_diary_print(&diary);
	setenv("XDG_STATE_HOME", d->state, 1);
	struct app_options opt = {.data_dir = d->data, .passphrase_fd = -1, .recovery_key_fd = -1};
	struct app app;
	app_init(&app, &opt);
	struct app_secret pass = {(char *)BENCH_PASS, strlen(BENCH_PASS)};
	struct session *s = NULL;
	struct app_error err = {0};
	double opened = bench_now_ms();
	if (!session_open(&app, &pass, false, &s, &err)) {
		failed(&err, "session_open");
		app_finish(&app);
		return 2;
	}
	opened = bench_now_ms() - opened;
	char first[DATE_TEXT_SIZE], year_from[DATE_TEXT_SIZE], last[DATE_TEXT_SIZE];
	bench_diary_date(0, first);
	bench_diary_date(BENCH_DIARY_DAYS - 365, year_from);
	bench_diary_date(BENCH_DIARY_DAYS - 1, last);
	double year_csv, year_json, year_text, all_csv, helps_ms;
	size_t year_bytes, json_bytes, text_bytes, all_bytes;
	bool ok = timed(s, year_from, last, CSV, runs, &year_csv, &year_bytes) &&
	          timed(s, year_from, last, JSON, runs, &year_json, &json_bytes) &&
	          timed(s, year_from, last, TEXT, runs, &year_text, &text_bytes) &&
	          timed(s, first, last, CSV, short_mode ? 1 : 3, &all_csv, &all_bytes);
	struct helps h;
	helps_init(&h);
	helps_ms = bench_now_ms();
	ok = ok && (session_helps(s, &h, &err) || failed(&err, "session_helps"));
	helps_ms = bench_now_ms() - helps_ms;
	size_t rated = h.uses;
	helps_finish(&h);
	session_close(s);
	app_finish(&app);
	if (!ok) {
		return 2;
	}
	printf("report for a year as CSV after unlock (%s to %s: session_report, one query for "
	       "the days and one for the urges, then the CSV, %zu bytes): median %.1f ms over %d "
	       "runs (budget %.0f ms)\n",
	       year_from, last, year_bytes, year_csv, runs, YEAR_BUDGET_MS);
	printf("  for reference (not budgeted): the unlock with the cheap test KDF %.1f ms; a "
	       "year as JSON %.1f ms (%zu bytes), as text %.1f ms (%zu bytes); all ten years as "
	       "CSV %.1f ms (%zu bytes); report --helps over %zu rated urges %.1f ms\n",
	       opened, year_json, json_bytes, year_text, text_bytes, all_csv, all_bytes, rated,
	       helps_ms);
	if (year_csv > YEAR_BUDGET_MS) {
		printf("the budget was exceeded%s\n",
		       BENCH_SANITIZED ? ", but this is a sanitizer build: not a failure" : "");
		return BENCH_SANITIZED ? 0 : 1;
	}
	return 0;
}

int main(void)
{
	if (!store_global_init()) {
		fprintf(stderr, "bench_report: store_global_init failed\n");
		return 2;
	}
	struct bench_dirs d;
	if (!bench_dirs_make(&d, "report")) {
		return 2;
	}
	int rc = run(&d);
	bench_dirs_remove(&d);
	return rc;
}
