/* The crisis table and card: the compiled-in rows, the emergency numbers
 * for every ISO code, the person's own file (which adds or replaces single
 * lines), and the card a person reads in crisis, at 80 and 60 columns and
 * on a terminal that cannot show UTF-8. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/crisis_load.h"
#include "core/ascii.h"
#include "core/crisis_card.h"
#include "core/wrap.h"

struct fixture {
	struct crisis_table table;
	struct country_list countries;
};

static int setup_builtin(void **state)
{
	static struct fixture f;
	crisis_table_init(&f.table);
	crisis_load_builtin(&f.table);
	crisis_builtin_country_list(&f.countries);
	*state = &f;
	return 0;
}

static int teardown_table(void **state)
{
	struct fixture *f = *state;
	crisis_table_finish(&f->table);
	return 0;
}

/* The card for code (NULL: unknown) as core makes it, with no hints. */
static void make_card(const struct fixture *f, const char *code, bool ascii, struct str *out)
{
	struct emergency_entry e;
	struct country_info info;
	bool has_e = crisis_builtin_emergency_for(code, &e);
	bool has_info = country_list_find(&f->countries, code, &info);
	struct crisis_card_view view = {
		.table = &f->table,
		.emergency = has_e ? &e : NULL,
		.country = has_info ? &info : NULL,
		.who = {.source = code != NULL ? COUNTRY_FROM_FLAG : COUNTRY_UNKNOWN},
		.ascii_only = ascii,
	};
	if (code != NULL) {
		strcpy(view.who.code, code);
	}
	str_clear(out);
	crisis_card_format(&view, out);
}

/* The card as the person sees it: through wrap_text, which turns the
 * no-break spaces that glue phone numbers into plain ones. */
static const char *card_for(const struct fixture *f, const char *code, bool ascii,
                            struct str *out)
{
	struct str made = {0};
	make_card(f, code, ascii, &made);
	struct wrapped w;
	wrap_text(str_cstr(&made), 1000, &w);
	str_clear(out);
	for (size_t i = 0; i < w.count; i++) {
		str_appendf(out, "%s\n", w.lines[i]);
	}
	wrapped_finish(&w);
	str_finish(&made);
	return str_cstr(out);
}

/* The card as core makes it, before wrapping. */
static const char *raw_card_for(const struct fixture *f, const char *code, bool ascii,
                                struct str *out)
{
	make_card(f, code, ascii, out);
	return str_cstr(out);
}

static bool is_ascii(const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if ((unsigned char)*s >= 0x80) {
			return false;
		}
	}
	return true;
}

static void test_builtin_rows_complete(void **state)
{
	struct fixture *f = *state;
	assert_true(f->table.count >= 40);
	for (size_t i = 0; i < f->table.count; i++) {
		const struct crisis_country *row = &f->table.countries[i];
		struct country_info info;
		assert_true(country_list_find(&f->countries, row->code, &info));
		assert_non_null(row->emergency);
		assert_non_null(row->verified);
		assert_true(row->source_count >= 1);
		assert_true(row->line_count >= 1);
		assert_int_equal(row->origin, CRISIS_BUILT_IN);
		for (size_t l = 0; l < row->line_count; l++) {
			const struct crisis_line *line = &row->lines[l];
			assert_non_null(line->id);
			/* Every line can be shown on any terminal. */
			if (!is_ascii(line->name)) {
				assert_non_null(line->ascii);
			}
			assert_true(is_ascii(line->ascii));
		}
		if (i > 0) {
			assert_true(strcmp(f->table.countries[i - 1].code, row->code) < 0);
		}
	}
}

/* One country's row alone is the same row as in the whole table. */
static void test_one_row_equals_table_row(void **state)
{
	struct fixture *f = *state;
	for (size_t i = 0; i < f->table.count; i++) {
		const struct crisis_country *row = &f->table.countries[i];
		struct crisis_table one;
		crisis_table_init(&one);
		assert_true(crisis_load_builtin_country(&one, row->code));
		assert_int_equal(one.count, 1);
		assert_string_equal(one.countries[0].emergency, row->emergency);
		assert_int_equal(one.countries[0].line_count, row->line_count);
		assert_string_equal(one.countries[0].lines[row->line_count - 1].id,
		                    row->lines[row->line_count - 1].id);
		crisis_table_finish(&one);
	}
	struct crisis_table none;
	crisis_table_init(&none);
	assert_false(crisis_load_builtin_country(&none, "SN"));
	assert_int_equal(none.count, 0);
}

static void test_examples_from_the_issue(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	const char *gb = card_for(f, "GB", false, &card);
	assert_non_null(strstr(gb, "116 123"));
	assert_non_null(strstr(gb, "999"));
	assert_non_null(strstr(gb, "England and Wales"));
	const char *us = card_for(f, "US", false, &card);
	assert_non_null(strstr(us, "988"));
	assert_non_null(strstr(us, "911"));
	const char *ph = card_for(f, "PH", false, &card);
	assert_non_null(strstr(ph, "1553 from a landline") != NULL ||
	                strstr(ph, "From a landline, call 1553") != NULL ? ph : NULL);
	const char *ca = card_for(f, "CA", false, &card);
	assert_null(strstr(ca, "not confirmed"));
	str_finish(&card);
}

/* Every row: the emergency number first, then each line's number, then
 * findahelpline and the checked date; words for checkers stay off it. */
static void test_every_country_card(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	for (size_t i = 0; i < f->table.count; i++) {
		const struct crisis_country *row = &f->table.countries[i];
		const char *text = card_for(f, row->code, false, &card);
		const char *emergency = strstr(text, "If you are in danger now, call");
		assert_non_null(emergency);
		for (size_t l = 0; l < row->line_count; l++) {
			const struct crisis_line *line = &row->lines[l];
			assert_non_null(strstr(text, line->name));
			if (line->check != NULL) {
				assert_null(strstr(text, line->check));
			}
		}
		if (row->check != NULL) {
			assert_null(strstr(text, row->check));
		}
		char url[64];
		snprintf(url, sizeof(url), "https://findahelpline.com/%s", row->code);
		assert_non_null(strstr(text, url));
		assert_non_null(strstr(text, row->verified));
		/* Core text never names a key or a command. */
		assert_null(strstr(text, "--"));
		assert_null(strstr(text, "wisemind crisis"));
		assert_null(strstr(text, "wisemind country"));
		assert_null(strstr(text, "press !"));
		assert_null(strstr(text, "press c"));
		assert_null(strstr(text, "the ! key"));
		assert_null(strstr(text, "Please note"));
	}
	str_finish(&card);
}

/* True when needle (spaces and all) sits inside one of the lines. */
static bool on_one_line(const struct wrapped *w, const char *needle)
{
	for (size_t i = 0; i < w->count; i++) {
		if (strstr(w->lines[i], needle) != NULL) {
			return true;
		}
	}
	return false;
}

/* Every phone number of every line of every row, and every run of digit
 * groups in a text option, stays on one line at 80 and at 60 columns. */
static void test_no_number_is_split(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	static const int widths[] = {80, 60};
	for (size_t i = 0; i < f->table.count; i++) {
		const struct crisis_country *row = &f->table.countries[i];
		raw_card_for(f, row->code, false, &card);
		for (size_t k = 0; k < 2; k++) {
			struct wrapped w;
			wrap_text(str_cstr(&card), widths[k], &w);
			for (size_t l = 0; l < row->line_count; l++) {
				const struct crisis_line *line = &row->lines[l];
				if (line->phone != NULL && !on_one_line(&w, line->phone)) {
					fail_msg("%s %s: \"%s\" is split at %d columns", row->code, line->id,
					         line->phone, widths[k]);
				}
				const char *t = line->text;
				while (t != NULL && *t != '\0') {
					/* Each run like "0477 13 11 14" in a text option. */
					const char *d = strpbrk(t, "0123456789");
					if (d == NULL) {
						break;
					}
					size_t n = 0;
					while (d[n] != '\0' && (strchr("0123456789-", d[n]) != NULL ||
					                        (d[n] == ' ' && d[n + 1] >= '0' && d[n + 1] <= '9'))) {
						n++;
					}
					char run[64];
					snprintf(run, sizeof(run), "%.*s", (int)n, d);
					if (!on_one_line(&w, run)) {
						fail_msg("%s %s: \"%s\" is split at %d columns", row->code, line->id,
						         run, widths[k]);
					}
					t = d + n;
				}
			}
			for (size_t l = 0; l < w.count; l++) {
				assert_null(strstr(w.lines[l], "\xc2\xa0"));
			}
			wrapped_finish(&w);
		}
	}
	str_finish(&card);
}

/* LANG=C: what reaches the terminal is pure ASCII for every row. */
static void test_ascii_terminal(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	struct str folded = {0};
	for (size_t i = 0; i < f->table.count; i++) {
		const char *text = raw_card_for(f, f->table.countries[i].code, true, &card);
		str_clear(&folded);
		ascii_fold(text, &folded);
		struct wrapped w;
		wrap_text(str_cstr(&folded), 80, &w);
		for (size_t l = 0; l < w.count; l++) {
			if (!is_ascii(w.lines[l])) {
				fail_msg("%s: not ASCII: %s", f->table.countries[i].code, w.lines[l]);
			}
		}
		wrapped_finish(&w);
	}
	/* The names use their ASCII forms, not question marks. */
	const char *jp = card_for(f, "JP", true, &card);
	assert_non_null(strstr(jp, "Inochi no Denwa"));
	str_finish(&card);
	str_finish(&folded);
}

static bool card_mentions_any_line(const struct fixture *f, const char *text)
{
	for (size_t i = 0; i < f->table.count; i++) {
		for (size_t l = 0; l < f->table.countries[i].line_count; l++) {
			const char *phone = f->table.countries[i].lines[l].phone;
			if (phone != NULL && strlen(phone) > 3 && strstr(text, phone) != NULL) {
				return true;
			}
		}
	}
	return false;
}

static void test_unknown_country_shows_common_numbers(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	const char *text = card_for(f, NULL, false, &card);
	assert_non_null(strstr(text, "local emergency number"));
	static const char *const common[] = {"112", "911", "999", "000"};
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(strstr(text, common[i]));
	}
	assert_non_null(strstr(text, "https://findahelpline.com"));
	assert_false(card_mentions_any_line(f, text));
	assert_null(strstr(text, "988"));
	str_finish(&card);
}

/* Every ISO code has an emergency row: numbers that were confirmed, or an
 * explicit "not known" that shows the common numbers; never another
 * country's crisis line. */
static void test_every_iso_code_has_emergency_numbers(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(f->countries.count, 249);
	struct str card = {0};
	size_t known = 0;
	for (size_t i = 0; i < f->countries.count; i++) {
		const char *code = f->countries.rows[i].code;
		struct emergency_entry entry;
		assert_true(crisis_builtin_emergency_for(code, &entry));
		const struct emergency_entry *e = &entry;
		if (crisis_table_find(&f->table, code) != NULL) {
			continue;
		}
		const char *text = card_for(f, code, false, &card);
		assert_false(card_mentions_any_line(f, text));
		assert_non_null(strstr(text, "are not in wisemind yet"));
		if (emergency_known(e)) {
			known++;
			struct str dial = {0};
			emergency_format(e, &dial);
			assert_non_null(strstr(text, str_cstr(&dial)));
			assert_null(strstr(text, "The most common emergency numbers"));
			str_finish(&dial);
		} else {
			assert_true(e->status == EMERGENCY_UNCONFIRMED || e->status == EMERGENCY_NONE);
			assert_non_null(strstr(text, "could not confirm"));
			assert_non_null(strstr(text, "The most common emergency numbers"));
		}
	}
	assert_true(known >= 100);
	str_finish(&card);
}

/* A crisis row's emergency text names the numbers the emergency table
 * confirmed for that country, so the two never disagree. */
static void test_rows_agree_with_emergency_table(void **state)
{
	struct fixture *f = *state;
	for (size_t i = 0; i < f->table.count; i++) {
		const struct crisis_country *row = &f->table.countries[i];
		struct emergency_entry e;
		assert_true(crisis_builtin_emergency_for(row->code, &e));
		const char *numbers[] = {e.all, e.ambulance, e.police};
		for (size_t k = 0; k < 3; k++) {
			char one[32];
			const char *p = numbers[k];
			while (p != NULL && *p != '\0') {
				size_t n = strcspn(p, " ");
				snprintf(one, sizeof(one), "%.*s", (int)n, p);
				if (strcmp(one, "or") != 0 && strstr(row->emergency, one) == NULL) {
					fail_msg("%s: the emergency table has %s, the crisis row says \"%s\"",
					         row->code, one, row->emergency);
				}
				p += n;
				p += *p == ' ';
			}
		}
	}
}

static void test_hours_belong_to_their_option(void **state)
{
	struct fixture *f = *state;
	struct str card = {0};
	/* AT: the chat's shorter hours are the chat's, not followed by a 24/7
	 * that reads as if it were the chat's. */
	const char *at = card_for(f, "AT", false, &card);
	assert_non_null(strstr(at, "call 142, open 24/7; or chat"));
	assert_null(strstr(at, "23:00. Open 24/7"));
	/* DK: hours not confirmed is never shown as closed. */
	const char *dk = card_for(f, "DK", false, &card);
	assert_non_null(strstr(dk, "Hours not confirmed"));
	assert_null(strstr(dk, "None of these lines is open around the clock"));
	assert_non_null(strstr(dk, "If no one answers, call 112"));
	/* IT: limited hours get the emergency advice. */
	const char *it = card_for(f, "IT", false, &card);
	assert_non_null(strstr(it, "None of these lines is open around the clock"));
	/* JP: a 24/7 line is listed before the limited one. */
	const char *jp = card_for(f, "JP", false, &card);
	const char *yorisoi = strstr(jp, "0120-279-338");
	const char *inochi = strstr(jp, "0120-783-556");
	assert_non_null(yorisoi);
	assert_non_null(inochi);
	assert_true(yorisoi < inochi);
	str_finish(&card);
}

static const char user_file[] =
	"version: 2\n"
	"countries:\n"
	"  - code: gb\n"
	"    lines:\n"
	"      - name: Local team\n"
	"        phone: \"0100 000 000\"\n"
	"        hours: \"24/7\"\n"
	"      - id: samaritans\n"
	"        name: Samaritans (my branch)\n"
	"        phone: \"0200 000 000\"\n"
	"        hours: \"24/7\"\n"
	"  - code: XK\n"
	"    name: Kosovo\n"
	"    lines:\n"
	"      - name: Local line\n"
	"        text: text HELLO to 1234\n"
	"        hours: weekdays 09:00-17:00\n";

/* The person's file adds a line and replaces one by id; the national lines
 * stay, the added one is marked, and the replaced one shows the built-in
 * number beneath it. */
static void test_user_file_adds_and_replaces_single_lines(void **state)
{
	struct fixture *f = *state;
	const struct crisis_country *gb = crisis_table_find(&f->table, "GB");
	size_t lines_before = gb->line_count;
	size_t count_before = f->table.count;
	struct str err = {0};
	assert_true(crisis_load_buffer(user_file, strlen(user_file), CRISIS_USER, &f->table, &err));
	assert_int_equal(f->table.count, count_before + 1);
	gb = crisis_table_find(&f->table, "GB");
	assert_int_equal(gb->line_count, lines_before + 1);
	assert_int_equal(gb->origin, CRISIS_BUILT_IN);
	struct str card = {0};
	const char *text = card_for(f, "GB", false, &card);
	assert_non_null(strstr(text, "Local team (added by you): call 0100 000 000"));
	assert_non_null(strstr(text, "Samaritans (my branch) (changed by you): call 0200 000 000"));
	assert_non_null(strstr(text, "The built-in line was: call 116 123"));
	assert_non_null(strstr(text, "Shout"));
	assert_non_null(strstr(text, "85258"));
	assert_non_null(strstr(text, "The lines marked as yours come from your own crisis file"));
	text = card_for(f, "XK", false, &card);
	assert_non_null(strstr(text, "Local line (added by you): text HELLO to 1234. "
	                             "Hours: weekdays 09:00-17:00."));
	str_finish(&card);
	str_finish(&err);
}

/* A first-format file (no ids) only adds lines: it never drops Samaritans. */
static void test_first_format_user_file_only_adds(void **state)
{
	struct fixture *f = *state;
	static const char v1[] =
		"version: 1\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
		"    verified: \"2026-10\"\n    sources: [my therapist]\n    lines:\n"
		"      - name: Clinic\n        phone: \"0300 000 000\"\n        hours: \"24/7\"\n";
	struct str err = {0};
	assert_true(crisis_load_buffer(v1, strlen(v1), CRISIS_USER, &f->table, &err));
	struct str card = {0};
	const char *text = card_for(f, "GB", false, &card);
	assert_non_null(strstr(text, "Samaritans: call 116 123"));
	assert_non_null(strstr(text, "Clinic (added by you)"));
	str_finish(&card);
	str_finish(&err);
}

/* A broken file changes nothing and says which line is wrong. */
static void expect_rejected(const char *yaml, const char *problem)
{
	struct crisis_table table;
	crisis_table_init(&table);
	crisis_load_builtin(&table);
	size_t lines_before = crisis_table_find(&table, "GB")->line_count;
	size_t count_before = table.count;
	struct str err = {0};
	if (crisis_load_buffer(yaml, strlen(yaml), CRISIS_USER, &table, &err)) {
		fail_msg("accepted a bad file; expected \"%s\"", problem);
	}
	if (strstr(str_cstr(&err), problem) == NULL || strncmp(str_cstr(&err), "line ", 5) != 0) {
		fail_msg("error \"%s\" does not say \"%s\" with a line", str_cstr(&err), problem);
	}
	assert_int_equal(table.count, count_before);
	const struct crisis_country *gb = crisis_table_find(&table, "GB");
	assert_int_equal(gb->line_count, lines_before);
	assert_string_equal(gb->lines[0].phone, "116 123");
	str_finish(&err);
	crisis_table_finish(&table);
}

static void test_malformed_files_are_rejected_whole(void **state)
{
	(void)state;
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    name: [unclosed\n",
	                "did not find expected");
	expect_rejected("version: 3\ncountries: []\n", "\"version\" must be 2");
	expect_rejected("- just\n- a list\n", "mapping");
	expect_rejected("version: 2\ncountries:\n  - code: GBR\n", "two-letter");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    verified: \"2026-13\"\n"
	                "    lines: []\n", "YYYY-MM");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    lines: []\n",
	                "at least one line");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    lines:\n"
	                "      - name: A\n        hours: \"24/7\"\n",
	                "needs a phone or a text");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    lines:\n"
	                "      - name: A\n        phnoe: \"1\"\n        hours: \"24/7\"\n",
	                "unknown key \"phnoe\"");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    lines:\n"
	                "      - id: Bad Id\n        name: A\n        phone: \"1\"\n"
	                "        hours: \"24/7\"\n", "\"id\" must be");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    lines:\n"
	                "      - name: A\n        phone: \"1\"\n        hours: \"24/7\"\n"
	                "  - code: GB\n    lines:\n"
	                "      - name: A\n        phone: \"1\"\n        hours: \"24/7\"\n",
	                "listed twice");
	expect_rejected("version: 2\ncountries:\n  - code: GB\n    name: \"\xff\xfe\"\n", "line");
	expect_rejected("", "\"version\"");
}

/* The built-in format is held to more: ids and ASCII forms. */
static void test_builtin_format_is_strict(void **state)
{
	(void)state;
	static const char no_id[] =
		"version: 2\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
		"    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
		"      - name: A\n        phone: \"1\"\n        hours: \"24/7\"\n";
	static const char no_ascii[] =
		"version: 2\ncountries:\n  - code: GB\n    name: UK\n    emergency: \"999\"\n"
		"    verified: \"2026-10\"\n    sources: [x]\n    lines:\n"
		"      - id: a\n        name: \"L\xc3\xadnea\"\n        phone: \"1\"\n"
		"        hours: \"24/7\"\n";
	struct crisis_table table;
	crisis_table_init(&table);
	struct str err = {0};
	assert_false(crisis_load_buffer(no_id, strlen(no_id), CRISIS_BUILT_IN, &table, &err));
	assert_non_null(strstr(str_cstr(&err), "missing \"id\""));
	str_clear(&err);
	assert_false(crisis_load_buffer(no_ascii, strlen(no_ascii), CRISIS_BUILT_IN, &table, &err));
	assert_non_null(strstr(str_cstr(&err), "needs \"ascii\""));
	str_finish(&err);
	crisis_table_finish(&table);
}

#define WITH_TABLE(t) cmocka_unit_test_setup_teardown(t, setup_builtin, teardown_table)

int main(void)
{
	const struct CMUnitTest tests[] = {
		WITH_TABLE(test_builtin_rows_complete),
		WITH_TABLE(test_one_row_equals_table_row),
		WITH_TABLE(test_examples_from_the_issue),
		WITH_TABLE(test_every_country_card),
		WITH_TABLE(test_no_number_is_split),
		WITH_TABLE(test_ascii_terminal),
		WITH_TABLE(test_unknown_country_shows_common_numbers),
		WITH_TABLE(test_every_iso_code_has_emergency_numbers),
		WITH_TABLE(test_rows_agree_with_emergency_table),
		WITH_TABLE(test_hours_belong_to_their_option),
		WITH_TABLE(test_user_file_adds_and_replaces_single_lines),
		WITH_TABLE(test_first_format_user_file_only_adds),
		cmocka_unit_test(test_malformed_files_are_rejected_whole),
		cmocka_unit_test(test_builtin_format_is_strict),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
