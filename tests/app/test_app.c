/* src/app: the use cases every front end calls. A session is created,
 * opened, changed and merged through app/ only (the store and the vault
 * stay behind it); errors and notices are data, and no sentence of the
 * layers below the front ends names a command, a flag or a key. The KDF
 * is the real one (Argon2id MODERATE), so there are few unlocks here. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "app_dirs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include "app/app.h"
#include "app/app_internal.h"
#include "app/safety_plan.h"
#include "app/helps.h"
#include "app/session.h"
#include "app/vault_info.h"
#include "core/urge_record.h"
#include "crypto/inbox.h"
#include "crypto/vault_status.h"
#include "store/status.h"

#define PASS "lamp river soft cedar nine"


static struct app_secret secret(const char *text)
{
	return (struct app_secret){(char *)text, strlen(text)};
}

static int setup(void **state)
{
	return app_fixture_setup(state, "app");
}

static int teardown(void **state)
{
	return app_fixture_teardown(state);
}

static bool has_notice(const struct session *s, enum app_notice_kind kind,
                       const struct app_notice **out)
{
	const struct app_notices *n = session_notices(s);
	for (size_t i = 0; i < n->count; i++) {
		if (n->items[i].kind == kind) {
			if (out != NULL) {
				*out = &n->items[i];
			}
			return true;
		}
	}
	return false;
}

static struct session *create(struct app_fixture *f)
{
	struct app_secret pass = secret(PASS);
	struct session *s = NULL;
	struct app_error err = {0};
	assert_true(session_create(&f->app, &pass, NULL, &s, &err));
	assert_non_null(s);
	return s;
}

static struct session *open_ok(struct app_fixture *f, const char *text)
{
	struct app_secret pass = secret(text);
	struct session *s = NULL;
	struct app_error err = {0};
	if (!session_open(&f->app, &pass, false, &s, &err)) {
		struct str why = {0};
		app_error_describe(&err, &why);
		fail_msg("open: %s", str_cstr(&why));
	}
	return s;
}

/* Create, then unlock: the diary opens with "last saved" and its save
 * number as data; a second create is refused while the vault is there. */
static void test_create_open(void **state)
{
	struct app_fixture *f = *state;
	struct app_error err = {0};
	assert_true(app_vault_can_create(&f->app, &err));
	session_close(create(f));
	assert_false(app_vault_can_create(&f->app, &err));
	assert_int_equal(app_error_exit_code(&err), 1);
	assert_int_equal(app_error_next(&err), NEXT_PASSWD);
	app_error_finish(&err);
	assert_true(session_precheck(&f->app, &err));

	struct session *s = open_ok(f, PASS);
	const struct app_notice *n = NULL;
	assert_true(has_notice(s, NOTICE_LAST_SAVED, &n));
	assert_int_equal(n->number, 1);
	assert_true(n->when > 0);
	assert_false(has_notice(s, NOTICE_OPENED_BACKUP_DAMAGED, NULL));
	session_close(s);
}

/* A wrong passphrase is exit 3 with a sentence; the vault's answer. */
static void test_wrong_passphrase(void **state)
{
	struct app_fixture *f = *state;
	session_close(create(f));
	struct app_secret wrong = secret("not the passphrase at all");
	struct session *s = NULL;
	struct app_error err = {0};
	assert_false(session_open(&f->app, &wrong, false, &s, &err));
	assert_null(s);
	assert_int_equal(app_error_exit_code(&err), 3);
	struct str why = {0};
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), "wrong passphrase"));
	str_finish(&why);
	app_error_finish(&err);
}

/* After a passphrase change the old one opens only the older copy: it
 * is refused (exit 3) with when the diary was saved, and the new one
 * opens. */
static void test_change_passphrase(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	struct app_error err = {0};
	assert_true(session_save(s, &err)); /* a backup copy exists now */
	struct app_secret fresh = secret("pebble orbit quill walnut tiger");
	assert_true(session_change_passphrase(s, &fresh, &err));
	session_close(s);

	struct app_secret old = secret(PASS);
	assert_false(session_open(&f->app, &old, false, &s, &err));
	assert_int_equal(err.source, APP_ERROR_APP);
	assert_int_equal(err.status, APP_E_SECRET_CHANGED);
	assert_int_equal(app_error_exit_code(&err), 3);
	struct str why = {0};
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), "no longer opens this diary"));
	assert_non_null(strstr(str_cstr(&why), "UTC"));
	str_finish(&why);
	app_error_finish(&err);
	session_close(open_ok(f, "pebble orbit quill walnut tiger"));
}

/* An urge logged while locked merges at unlock: a notice says how many
 * and when, and the export marks it as having come through the inbox. */
static void test_inbox_merge(void **state)
{
	struct app_fixture *f = *state;
	session_close(create(f));
	struct urge_record r = {.rating = 4};
	snprintf(r.at, sizeof(r.at), "2026-11-22T14:03:00+00:00");
	snprintf(r.target, sizeof(r.target), "self-harm");
	struct str payload = {0};
	assert_true(urge_record_encode(&r, &payload));
	uint8_t id[INBOX_ID_LEN];
	assert_int_equal(inbox_append(str_cstr(&f->app.data_dir), payload.buf, payload.len, id),
	                 VAULT_OK);
	str_finish(&payload);

	struct session *s = open_ok(f, PASS);
	const struct app_notice *n = NULL;
	assert_true(has_notice(s, NOTICE_INBOX_MERGED, &n));
	assert_int_equal(n->number, 1);
	assert_int_equal(session_urges_recorded(s), 1); /* the front end shows the card */
	assert_string_equal(n->first, "2026-11-22T14:03:00+00:00");
	struct str json = {0};
	struct app_error err = {0};
	assert_true(session_export_json(s, &json, &err));
	assert_non_null(strstr(str_cstr(&json), "\"via_inbox\": true"));
	str_wipe(&json);
	session_close(s);
	/* Merged once: the next unlock adds nothing. */
	s = open_ok(f, PASS);
	assert_false(has_notice(s, NOTICE_INBOX_MERGED, NULL));
	assert_int_equal(session_urges_recorded(s), 0);
	/* An import that adds an urge says so, for the crisis lines. */
	const char *one = "{\"format\": \"wisemind-export\", \"version\": 2, \"tables\":"
	                  " {\"urge_event\": [{\"id\": \"0123456789abcdef0123456789abcdef\","
	                  " \"at\": \"2026-11-20T21:00:00+00:00\", \"target\": \"use\","
	                  " \"before\": 2, \"via_inbox\": false}]}}";
	struct app_import_result res = {0};
	struct app_error err2 = {0};
	assert_true(session_import_json(s, one, strlen(one), &res, &err2));
	assert_int_equal(res.added, 1);
	assert_int_equal(res.urges_added, 1);
	session_close(s);
}

/* A bad import changes nothing and says where, as store data. */
static void test_import_refused(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	const char *bad = "{\"format\": \"wisemind-export\", \"version\": 2, \"tables\":"
	                  " {\"diary_day\": [{\"date\": \"2026-02-30\"}]}}";
	struct app_import_result res = {0};
	struct app_error err = {0};
	assert_false(session_import_json(s, bad, strlen(bad), &res, &err));
	assert_int_equal(err.source, APP_ERROR_STORE);
	assert_int_equal(err.status, STORE_INVALID);
	struct str why = {0};
	app_error_describe(&err, &why);
	assert_non_null(strstr(str_cstr(&why), "\"diary_day\" entry 1"));
	str_finish(&why);
	app_error_finish(&err);
	struct str json = {0};
	assert_true(session_export_json(s, &json, &err));
	assert_non_null(strstr(str_cstr(&json), "\"diary_day\": []"));
	str_wipe(&json);
	session_close(s);
}

static void add_line(struct safety_plan *plan, enum safety_section section, const char *text,
                     bool shown)
{
	safety_plan_add(plan, section, text, strlen(text), shown);
}

/* The shown lines' file: its text in out (""), and its mode; false when
 * there is none. */
static bool shown_file(struct app_fixture *f, struct str *out, mode_t *mode)
{
	struct str path = {0};
	app_safety_plan_shown_path(&f->app, &path);
	str_clear(out);
	struct stat st;
	bool there = stat(str_cstr(&path), &st) == 0;
	if (there) {
		*mode = st.st_mode & 07777;
		FILE *fp = fopen(str_cstr(&path), "r");
		assert_non_null(fp);
		char buf[4096];
		size_t n = fread(buf, 1, sizeof(buf), fp);
		fclose(fp);
		str_append_n(out, buf, n);
	}
	str_finish(&path);
	return there;
}

/* The safety plan (issue 10): saved whole in the vault; only the lines
 * marked shown reach the one 0600 file that the locked crisis card reads,
 * which goes when none is; a line that is not one line of text is a
 * usage mistake that changes nothing; a file changed behind wisemind's
 * back is put right at the next unlock, which says so. */
static void test_safety_plan(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	struct app_error err = {0};
	struct safety_plan plan = {0};
	add_line(&plan, SAFETY_WARNING_SIGNS, "canary-not-shown sleeping badly", false);
	add_line(&plan, SAFETY_PEOPLE, "Sam: 07700 900123", true);
	add_line(&plan, SAFETY_PROFESSIONALS, "Dr Lee, weekdays: 0161 496 0000", true);
	struct app_safety_plan_saved saved;
	assert_true(session_safety_plan_set(s, &plan, &saved, &err));
	assert_true(saved.saved);
	assert_int_equal(saved.shown, 2);
	struct str text = {0};
	mode_t mode = 0;
	assert_true(shown_file(f, &text, &mode));
	assert_int_equal(mode, 0600);
	assert_non_null(strstr(str_cstr(&text), "people\tSam: 07700 900123\n"));
	assert_null(strstr(str_cstr(&text), "canary-not-shown"));

	/* Read with no passphrase: only the shown lines. */
	struct safety_plan locked = {0};
	struct str why = {0};
	assert_true(app_safety_plan_locked_lines(&f->app, &locked, &why));
	assert_int_equal(safety_plan_count(&locked), 2);
	assert_true(safety_plan_same_shown(&locked, &plan));

	/* Refused, changing nothing: a line with a newline, a part too full. */
	struct safety_plan bad = {0};
	safety_plan_copy(&bad, &plan);
	add_line(&bad, SAFETY_COPING, "two\nlines", false);
	assert_false(session_safety_plan_set(s, &bad, &saved, &err));
	assert_false(saved.saved);
	assert_int_equal(err.status, APP_E_SAFETY_LINE);
	assert_int_equal(app_error_exit_code(&err), 2);
	app_error_finish(&err);
	safety_plan_copy(&bad, &plan);
	for (int i = 0; i <= SAFETY_LINES_MAX; i++) {
		add_line(&bad, SAFETY_COPING, "a walk", false);
	}
	assert_false(session_safety_plan_set(s, &bad, &saved, &err));
	assert_int_equal(err.status, APP_E_SAFETY_LINES);
	app_error_finish(&err);
	session_close(s);

	/* Changed behind wisemind's back: the unlock writes it again. */
	struct str path = {0};
	app_safety_plan_shown_path(&f->app, &path);
	FILE *fp = fopen(str_cstr(&path), "a");
	assert_non_null(fp);
	fputs("people\tA planted line: 0800 000 000\n", fp);
	fclose(fp);
	assert_true(app_safety_plan_locked_lines(&f->app, &locked, &why));
	assert_int_equal(safety_plan_count(&locked), 3);
	s = open_ok(f, PASS);
	assert_true(has_notice(s, NOTICE_SAFETY_SHOWN_REWRITTEN, NULL));
	struct safety_plan got = {0};
	assert_true(session_safety_plan_get(s, &got, &err));
	assert_true(safety_plan_equal(&got, &plan));
	assert_true(app_safety_plan_locked_lines(&f->app, &locked, &why));
	assert_true(safety_plan_same_shown(&locked, &plan));

	/* No line shown: no file at all. */
	got.sections[SAFETY_PEOPLE].items[0].shown = false;
	got.sections[SAFETY_PROFESSIONALS].items[0].shown = false;
	assert_true(session_safety_plan_set(s, &got, &saved, &err));
	assert_int_equal(saved.shown, 0);
	assert_false(shown_file(f, &text, &mode));
	assert_true(app_safety_plan_locked_lines(&f->app, &locked, &why));
	assert_int_equal(safety_plan_count(&locked), 0);
	session_close(s);

	/* A damaged file: the lines that can be read, and why not the rest. */
	fp = fopen(str_cstr(&path), "w");
	assert_non_null(fp);
	fputs("people\tSam\nnot a part\tx\ncoping\tescape \x1b[2J\n", fp);
	fclose(fp);
	assert_false(app_safety_plan_locked_lines(&f->app, &locked, &why));
	assert_int_equal(safety_plan_count(&locked), 1);
	assert_non_null(strstr(str_cstr(&why), "line 2"));
	assert_non_null(strstr(str_cstr(&why), "2 such lines"));

	str_finish(&path);
	str_finish(&why);
	str_finish(&text);
	safety_plan_finish(&got);
	safety_plan_finish(&bad);
	safety_plan_finish(&locked);
	safety_plan_finish(&plan);
}

/* The two skills to suggest for a strong urge: STOP and TIP while no
 * skill has 3 urges rated again after it; then the crisis skills this
 * person's urges dropped most after (opposite-action dropped more, but is
 * not a crisis skill). tip: 5->2 4->1 3->3, drops 0 3 3, median 3;
 * paced-breathing: 5->1 4->1 2->2, drops 0 3 4, median 3; the same count,
 * so by id. */
static void test_helps_suggest(void **state)
{
	struct app_fixture *f = *state;
	struct session *s = create(f);
	char out[2][APP_URGE_SKILL_ID_MAX + 1];
	assert_int_equal(session_helps_suggest(s, out), 0);
	assert_string_equal(out[0], "stop");
	assert_string_equal(out[1], "tip");
	static const struct {
		const char *skill;
		int before, after;
	} uses[] = {
		{"tip", 5, 2}, {"tip", 4, 1}, {"tip", 3, 3},
		{"paced-breathing", 5, 1}, {"paced-breathing", 4, 1}, {"paced-breathing", 2, 2},
		{"opposite-action", 5, 0}, {"opposite-action", 5, 0}, {"opposite-action", 5, 0},
	};
	struct str json = {0};
	str_append(&json, "{\"format\": \"wisemind-export\", \"version\": 3, \"tables\": "
	                  "{\"urge_event\": [");
	for (size_t i = 0; i < sizeof(uses) / sizeof(uses[0]); i++) {
		str_appendf(&json, "%s{\"id\": \"%032zx\", \"at\": \"2026-04-0%zuT10:00:00+00:00\", "
		                   "\"target\": \"use\", \"before\": %d, \"after\": %d, "
		                   "\"skill\": \"%s\", \"note\": null, \"via_inbox\": false}",
		            i ? ", " : "", i + 1, i + 1, uses[i].before, uses[i].after, uses[i].skill);
	}
	str_append(&json, "]}}");
	struct app_import_result res = {0};
	struct app_error err = {0};
	assert_true(session_import_json(s, json.buf, json.len, &res, &err));
	str_wipe(&json);
	assert_int_equal(session_helps_suggest(s, out), 2);
	assert_string_equal(out[0], "paced-breathing");
	assert_string_equal(out[1], "tip");
	struct helps h;
	helps_init(&h);
	assert_true(session_helps(s, &h, &err));
	assert_int_equal(h.ranked, 3);
	assert_string_equal(h.skills[0].id, "opposite-action");
	assert_int_equal(h.skills[0].median_halves, 10);
	helps_finish(&h);
	session_close(s);
}

/* No sentence below the front ends names a command, a flag or a key:
 * the next step is data (DESIGN.md §3). */
static void check_no_command(const char *sentence)
{
	static const char *const words[] = {"`", "--", "wisemind init", "wisemind passwd",
	                                    "wisemind recovery-key", "wisemind crisis",
	                                    "wisemind export ", "wisemind export\"", "press "};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (strstr(sentence, words[i]) != NULL) {
			fail_msg("\"%s\" names a command or key (\"%s\")", sentence, words[i]);
		}
	}
}

static void test_no_commands_below_front_ends(void **state)
{
	(void)state;
	for (int st = VAULT_OK; st <= VAULT_E_ARGUMENT; st++) {
		check_no_command(vault_status_message((enum vault_status)st));
	}
	for (int st = STORE_OK; st <= STORE_FAILED; st++) {
		check_no_command(store_status_message((enum store_status)st));
	}
	for (int st = APP_E_NO_DATA_DIR; st < APP_STATUS_COUNT; st++) { /* every app status */
		struct app_error err = {0};
		app_error_app(&err, (enum app_status)st);
		struct str why = {0};
		app_error_describe(&err, &why);
		check_no_command(str_cstr(&why));
		str_finish(&why);
	}
	/* A wrong passphrase offers the recovery key, unless only the
	 * passphrase can open (no recovery key, or a diary kept open). */
	struct app_error auth = {0};
	app_error_vault(&auth, VAULT_E_AUTH);
	struct str said = {0};
	app_error_describe(&auth, &said);
	assert_non_null(strstr(str_cstr(&said), "wrong passphrase"));
	assert_non_null(strstr(str_cstr(&said), "or unlock with your recovery key"));
	str_clear(&said);
	auth.passphrase_only = true;
	app_error_describe(&auth, &said);
	assert_non_null(strstr(str_cstr(&said), "check the passphrase and try again"));
	assert_null(strstr(str_cstr(&said), "recovery key"));
	str_finish(&said);
	app_error_finish(&auth);
	/* The steps those sentences left out are there as data. */
	assert_int_equal(vault_status_next(VAULT_E_NO_VAULT), NEXT_INIT);
	assert_int_equal(vault_status_next(VAULT_E_DAMAGED), NEXT_KEEP_DATA);
	assert_int_equal(store_status_next(STORE_DAMAGED), NEXT_KEEP_DATA);
	assert_int_equal(store_status_exit_code(STORE_DAMAGED), 3);
	struct app_error err = {0};
	app_error_app(&err, APP_E_NO_DATA_DIR);
	assert_int_equal(app_error_next(&err), NEXT_DATA_DIR);
	assert_int_equal(app_error_exit_code(&err), 1);
}

/* A broken crisis file read again (a change of country) is one warning,
 * said once, not once for each reading. */
static void test_warning_said_once(void **state)
{
	struct app_fixture *f = *state;
	char path[160];
	snprintf(path, sizeof(path), "%s/crisis.yaml", str_cstr(&f->app.data_dir));
	char mkdir_cmd[200];
	snprintf(mkdir_cmd, sizeof(mkdir_cmd), "mkdir -p '%s'", str_cstr(&f->app.data_dir));
	assert_int_equal(system(mkdir_cmd), 0);
	FILE *file = fopen(path, "w");
	assert_non_null(file);
	fputs("countries: [not, a, table\n", file);
	fclose(file);
	app_load_crisis(&f->app);
	assert_int_equal(f->app.warnings.count, 1);
	assert_int_equal(f->app.warnings.items[0].kind, WARNING_CRISIS_IGNORED);
	app_use_country(&f->app, "GB");
	app_use_country(&f->app, "NZ");
	assert_int_equal(f->app.warnings.count, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create_open, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wrong_passphrase, setup, teardown),
		cmocka_unit_test_setup_teardown(test_change_passphrase, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inbox_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_safety_plan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_helps_suggest, setup, teardown),
		cmocka_unit_test(test_no_commands_below_front_ends),
		cmocka_unit_test_setup_teardown(test_warning_said_once, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
