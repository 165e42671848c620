/* Issue 8: the vault never locks a person out. diary.vault.prev is
 * opened only when diary.vault is damaged; a secret that opens only the
 * older copy of an intact diary was replaced and is refused; after a
 * fallback, the saves write only verified slots, and the secret used keeps
 * working. Each numbered case of the issue is a test here, with the slot
 * damage sweep. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

#define IMG_LEN 8192
#define SLOT(i) (32 + 104 * (long)(i))
#define SALT 16    /* offsets in a slot (STORAGE §4.2): the salt, */
#define NONCE 32   /* the wrapping nonce */
#define WRAPPED 56 /* and the wrapped key */

/* One vault (passphrase and recovery key) saved twice, so diary.vault is
 * save #2 (image seed 2) and diary.vault.prev is save #1 (seed 1); kept as
 * bytes, so each case starts from the same files. */
struct fixture {
	char *dir;
	char *file;
	char *prev;
	char recovery[VAULT_RECOVERY_TEXT_SIZE];
	struct test_hooks t;
	uint8_t *cur_bytes, *prev_bytes;
	size_t cur_len, prev_len;
};

static struct vault *open_hooked(struct fixture *f, const struct vault_secret *s,
                                 struct vault_opened *o, enum vault_status want)
{
	struct vault *v = NULL;
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, NULL, s, &v, o), want);
	return v;
}

static void save_seed(struct vault *v, uint32_t seed)
{
	uint8_t *img = test_image(IMG_LEN, seed);
	assert_int_equal(vault_save(v, img, IMG_LEN), VAULT_OK);
	free(img);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = test_mkdtemp();
	f->file = test_path(f->dir, VAULT_FILE_NAME);
	f->prev = test_path(f->dir, VAULT_PREV_NAME);
	test_hooks_init(&f->t);
	test_make_vault(f->dir, IMG_LEN, 1, f->recovery);
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = open_hooked(f, &pass, &o, VAULT_OK);
	vault_opened_finish(&o);
	save_seed(v, 2);
	vault_close(v);
	f->cur_bytes = test_read(f->file, &f->cur_len);
	f->prev_bytes = test_read(f->prev, &f->prev_len);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	test_rmdir(f->dir);
	free(f->dir);
	free(f->file);
	free(f->prev);
	free(f->cur_bytes);
	free(f->prev_bytes);
	free(f);
	return 0;
}

/* Puts the two files back as setup made them (prev only when asked). */
static void reset(struct fixture *f, bool with_prev)
{
	test_rmdir(f->dir);
	free(f->dir);
	f->dir = test_mkdtemp();
	free(f->file);
	free(f->prev);
	f->file = test_path(f->dir, VAULT_FILE_NAME);
	f->prev = test_path(f->dir, VAULT_PREV_NAME);
	test_write(f->file, f->cur_bytes, f->cur_len);
	if (with_prev) {
		test_write(f->prev, f->prev_bytes, f->prev_len);
	}
}

static struct vault_secret recovery_secret(const struct fixture *f)
{
	struct vault_secret s = {VAULT_SECRET_RECOVERY, f->recovery, strlen(f->recovery)};
	return s;
}

/* The secret opens the newest data: image seed, generation gen. */
static void expect_opens(struct fixture *f, const struct vault_secret *s, uint32_t seed,
                         uint64_t gen)
{
	struct vault_opened o;
	struct vault *v = open_hooked(f, s, &o, VAULT_OK);
	assert_false(o.from_prev);
	assert_int_equal(o.generation, gen);
	uint8_t *want = test_image(IMG_LEN, seed);
	assert_memory_equal(o.image, want, IMG_LEN);
	free(want);
	vault_opened_finish(&o);
	vault_close(v);
}

/* Opens with s from prev (diary.vault is damaged), saves twice, and then
 * both secrets open the newest data. */
static void fallback_then_both_work(struct fixture *f, const struct vault_secret *s)
{
	struct vault_opened o;
	struct vault *v = open_hooked(f, s, &o, VAULT_OK);
	assert_true(o.from_prev);
	assert_int_equal(o.generation, 1);
	assert_int_equal(o.lost, 0);
	vault_opened_finish(&o);
	save_seed(v, 10);
	save_seed(v, 11);
	vault_close(v);
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_secret rec = recovery_secret(f);
	expect_opens(f, &pass, 11, 3);
	expect_opens(f, &rec, 11, 3);
}

/* Case 1: a damaged key slot is not carried into later saves. The
 * recovery slot's wrapped key is damaged (offset 192); opening with the
 * passphrase falls back, and after two saves the recovery key still opens
 * the diary. The mirror: the passphrase slot (offset 88), the recovery key. */
static void test_damaged_slot_not_carried(void **state)
{
	struct fixture *f = *state;
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_secret rec = recovery_secret(f);
	reset(f, true);
	test_flip(f->file, 192);
	fallback_then_both_work(f, &pass);
	reset(f, true);
	test_flip(f->file, 88);
	fallback_then_both_work(f, &rec);
}

/* Case 2: a damaged passphrase slot (byte 100) or file id (byte 20) no
 * longer refuses a diary whose backup opens with the same secret. */
static void test_damaged_slot_opens_backup(void **state)
{
	struct fixture *f = *state;
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_secret rec = recovery_secret(f);
	reset(f, true);
	test_flip(f->file, 100);
	fallback_then_both_work(f, &pass);
	reset(f, true);
	test_flip(f->file, 20);
	fallback_then_both_work(f, &pass);
	reset(f, true);
	test_flip(f->file, 20);
	fallback_then_both_work(f, &rec);
}

/* After passwd with diary.vault intact, the old passphrase opens nothing
 * (it still opens prev, which is older: refused, with when the diary was
 * saved) and the new one opens the newest data; the same for a replaced
 * recovery key. */
static void test_changed_secret_refused(void **state)
{
	struct fixture *f = *state;
	reset(f, true);
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_secret rec = recovery_secret(f);
	const char *newpass = "the passphrase after";
	struct vault_secret neu = test_passphrase(newpass);
	struct vault_opened o;
	struct vault *v = open_hooked(f, &pass, &o, VAULT_OK);
	assert_int_equal(vault_change_passphrase(v, newpass, strlen(newpass), o.image, o.image_len),
	                 VAULT_OK);
	vault_opened_finish(&o);
	vault_close(v);
	v = open_hooked(f, &pass, &o, VAULT_E_SECRET_CHANGED);
	assert_null(v);
	assert_true(o.saved_at > 0);
	expect_opens(f, &neu, 2, 3);
	expect_opens(f, &rec, 2, 3);
	/* The old passphrase still refused after more saves. */
	v = open_hooked(f, &neu, &o, VAULT_OK);
	vault_opened_finish(&o);
	save_seed(v, 5);
	vault_close(v);
	open_hooked(f, &pass, &o, VAULT_E_AUTH);

	/* A replaced recovery key is refused the same way. */
	reset(f, true);
	v = open_hooked(f, &pass, &o, VAULT_OK);
	char rk2[VAULT_RECOVERY_TEXT_SIZE];
	assert_int_equal(vault_new_recovery_key(v, TEST_PASS, TEST_PASS_LEN, rk2, o.image,
	                                        o.image_len),
	                 VAULT_OK);
	vault_opened_finish(&o);
	vault_close(v);
	open_hooked(f, &rec, &o, VAULT_E_SECRET_CHANGED);
	struct vault_secret rec2 = {VAULT_SECRET_RECOVERY, rk2, strlen(rk2)};
	expect_opens(f, &rec2, 2, 3);
}

/* With diary.vault damaged after a passwd: the new passphrase (its slot
 * unwrapped from the damaged file) keeps working after the saves and the
 * old one stays refused; opened with the old passphrase instead, that one
 * keeps working and the notice says the newer passphrase could not be
 * checked. */
static void test_passwd_then_damage(void **state)
{
	struct fixture *f = *state;
	struct vault_secret pass = test_passphrase(TEST_PASS);
	const char *newpass = "the passphrase after";
	struct vault_secret neu = test_passphrase(newpass);
	struct vault_secret rec = recovery_secret(f);
	for (int use_new = 0; use_new < 2; use_new++) {
		reset(f, true);
		struct vault_opened o;
		struct vault *v = open_hooked(f, &pass, &o, VAULT_OK);
		assert_int_equal(vault_change_passphrase(v, newpass, strlen(newpass), o.image,
		                                         o.image_len),
		                 VAULT_OK);
		vault_opened_finish(&o);
		vault_close(v);
		/* Damage the payload, not the slots. */
		test_flip(f->file, -100);
		const struct vault_secret *used = use_new ? &neu : &pass;
		const struct vault_secret *other = use_new ? &pass : &neu;
		v = open_hooked(f, used, &o, VAULT_OK);
		assert_true(o.from_prev);
		assert_int_equal(o.kept_older, use_new ? 0u : 1u << VAULT_SLOT_PASSPHRASE);
		vault_opened_finish(&o);
		save_seed(v, 20);
		save_seed(v, 21);
		vault_close(v);
		expect_opens(f, used, 21, 4);
		expect_opens(f, &rec, 21, 4);
		/* Both copies now hold the slots that were kept: the other
		 * passphrase opens neither. */
		open_hooked(f, other, &o, VAULT_E_AUTH);
	}
}

/* The example of principle (c): a new recovery key made between
 * the two saves, then diary.vault damaged. Opened with the passphrase or
 * the old key, the older copy's recovery key works again and the notice
 * says so (the new one could not be checked); opened with the new key, it
 * keeps working. The passphrase works in every case. */
static void test_recovery_key_then_damage(void **state)
{
	struct fixture *f = *state;
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_secret old_rec = recovery_secret(f);
	for (int open_with = 0; open_with < 3; open_with++) {
		reset(f, true);
		struct vault_opened o;
		struct vault *v = open_hooked(f, &pass, &o, VAULT_OK);
		char rk2[VAULT_RECOVERY_TEXT_SIZE];
		assert_int_equal(vault_new_recovery_key(v, TEST_PASS, TEST_PASS_LEN, rk2, o.image,
		                                        o.image_len),
		                 VAULT_OK);
		vault_opened_finish(&o);
		vault_close(v);
		struct vault_secret new_rec = {VAULT_SECRET_RECOVERY, rk2, strlen(rk2)};
		test_flip(f->file, -100); /* the payload, not the slots */
		const struct vault_secret *used = open_with == 0 ? &pass
		                                  : open_with == 1 ? &old_rec : &new_rec;
		v = open_hooked(f, used, &o, VAULT_OK);
		assert_true(o.from_prev);
		bool keeps_new = open_with == 2;
		assert_int_equal(o.kept_older, keeps_new ? 0u : 1u << VAULT_SLOT_RECOVERY);
		assert_int_equal(o.lost, 0);
		vault_opened_finish(&o);
		save_seed(v, 40);
		save_seed(v, 41);
		vault_close(v);
		expect_opens(f, &pass, 41, 4);
		expect_opens(f, keeps_new ? &new_rec : &old_rec, 41, 4);
		open_hooked(f, keeps_new ? &old_rec : &new_rec, &o, VAULT_E_RECOVERY_AUTH);
	}
}

/* Every byte of every slot, with and without prev, opening with each
 * secret: with prev the diary opens from it and, after two saves, each
 * secret opens the newest copy; without prev it is refused and the file
 * is left as it was. */
static void test_slot_damage_sweep(void **state)
{
	struct fixture *f = *state;
	struct vault_secret secrets[2] = {test_passphrase(TEST_PASS), recovery_secret(f)};
	for (unsigned slot = 0; slot < 2; slot++) {
		for (size_t byte = 0; byte < 104; byte++) {
			for (int s = 0; s < 2; s++) {
				reset(f, false);
				test_flip(f->file, SLOT(slot) + byte);
				size_t before_len;
				uint8_t *before = test_read(f->file, &before_len);
				struct vault_opened o;
				struct vault *v = NULL;
				enum vault_status st =
				    vault_open_hooked(&f->t.hooks, f->dir, NULL, &secrets[s], &v, &o);
				if (st == VAULT_OK || vault_status_exit_code(st) != 3) {
					fail_msg("slot %u byte %zu, secret %d, no prev: %s", slot, byte, s,
					         vault_status_message(st));
				}
				size_t after_len;
				uint8_t *after = test_read(f->file, &after_len);
				assert_int_equal(before_len, after_len);
				assert_memory_equal(before, after, after_len);
				free(before);
				free(after);

				reset(f, true);
				test_flip(f->file, SLOT(slot) + byte);
				st = vault_open_hooked(&f->t.hooks, f->dir, NULL, &secrets[s], &v, &o);
				if (st != VAULT_OK || !o.from_prev) {
					fail_msg("slot %u byte %zu, secret %d: %s", slot, byte, s,
					         st == VAULT_OK ? "opened the damaged file"
					                        : vault_status_message(st));
				}
				vault_opened_finish(&o);
				save_seed(v, 30);
				save_seed(v, 31);
				vault_close(v);
				expect_opens(f, &secrets[0], 31, 3);
				expect_opens(f, &secrets[1], 31, 3);
			}
		}
	}
}

/* A newer format is not damage: it is never rolled back to prev. */
static void test_newer_version_not_rolled_back(void **state)
{
	struct fixture *f = *state;
	reset(f, true);
	test_flip(f->file, 8); /* format_version 1 -> 0 */
	test_flip(f->file, 9); /* ... -> 256 */
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_opened o;
	open_hooked(f, &pass, &o, VAULT_E_VERSION);
}

/* Case 9: temp files a kill left (inbox.pub's in the data folder, the
 * freshness record's in the state folder) are removed at the next start,
 * and a failed create leaves no data folder behind. */
static void test_leftovers_removed(void **state)
{
	struct fixture *f = *state;
	reset(f, true);
	char *state_dir = test_mkdtemp();
	char *pub_tmp = test_path(f->dir, "inbox.pub.tmp.0123456789abcdef");
	char *fresh_tmp = test_path(state_dir, "freshness.tmp.0123456789abcdef");
	test_write(pub_tmp, (const uint8_t *)"x", 1);
	test_write(fresh_tmp, (const uint8_t *)"x", 1);
	/* Old enough to be nobody's write in progress. */
	struct timespec old[2] = {{.tv_sec = 1000000000}, {.tv_sec = 1000000000}};
	assert_int_equal(utimensat(AT_FDCWD, fresh_tmp, old, 0), 0);
	struct vault_secret pass = test_passphrase(TEST_PASS);
	struct vault_opened o;
	struct vault *v = NULL;
	assert_int_equal(vault_open_hooked(&f->t.hooks, f->dir, state_dir, &pass, &v, &o),
	                 VAULT_OK);
	vault_opened_finish(&o);
	vault_close(v);
	assert_int_equal(access(pub_tmp, F_OK), -1);
	assert_int_equal(access(fresh_tmp, F_OK), -1);
	free(pub_tmp);
	free(fresh_tmp);
	test_rmdir(state_dir);
	free(state_dir);

	char *parent = test_mkdtemp();
	char *dir = test_path(parent, "new-data");
	struct test_hooks t;
	test_hooks_init(&t);
	t.fail_encrypt_at = 1;
	uint8_t *img = test_image(IMG_LEN, 1);
	v = NULL;
	assert_int_not_equal(vault_create_hooked(&t.hooks, dir, NULL, TEST_PASS, TEST_PASS_LEN,
	                                         NULL, img, IMG_LEN, &v),
	                     VAULT_OK);
	assert_null(v);
	assert_int_equal(access(dir, F_OK), -1);
	free(img);
	free(dir);
	test_rmdir(parent);
	free(parent);
}

/* The full matrix: damage to each region of diary.vault (or
 * none) x a passwd or a new recovery key between the two saves (or
 * neither) x opening with each secret there is, then two saves, then
 * which secrets open the newest data. The expected outcome is worked out
 * from the rule and principles, not from the code:
 * - a secret opens diary.vault when the file is intact and holds it;
 * - with diary.vault damaged, a secret that unwraps a slot of either copy
 *   opens the older copy; with it intact, a secret only the older copy
 *   holds was replaced and is refused;
 * - after the saves the secret used works, the other kind is the older
 *   copy's (the only one verified), and a newer secret of a kind that is
 *   not kept is named in kept_older. */
enum region { R_NONE, R_MAGIC, R_FILE_ID, R_SLOT0_SALT, R_SLOT0_WRAPPED, R_SLOT1_NONCE,
	      R_SLOT1_WRAPPED, R_PAYLOAD, R_COUNT };
enum change { C_NONE, C_PASSWD, C_RECOVERY_KEY, C_COUNT };

static const char *const region_name[R_COUNT] = {
	"none", "magic", "file id", "slot 0 salt", "slot 0 key", "slot 1 nonce", "slot 1 key",
	"payload"};
static const char *const change_name[C_COUNT] = {"no change", "passwd", "recovery-key"};

/* A secret by kind (0 passphrase, 1 recovery key) and text. */
struct known {
	unsigned kind;
	const char *text;
};

static struct vault_secret as_secret(struct known k)
{
	struct vault_secret s = {k.kind == 0 ? VAULT_SECRET_PASSPHRASE : VAULT_SECRET_RECOVERY,
	                         k.text, strlen(k.text)};
	return s;
}

/* Where a region's byte is: negative offsets count from the end. */
static long region_offset(enum region r)
{
	switch (r) {
	case R_MAGIC: return 0;
	case R_FILE_ID: return 20;
	case R_SLOT0_SALT: return SLOT(0) + SALT + 3;
	case R_SLOT0_WRAPPED: return SLOT(0) + WRAPPED + 7;
	case R_SLOT1_NONCE: return SLOT(1) + NONCE + 5;
	case R_SLOT1_WRAPPED: return SLOT(1) + WRAPPED + 7;
	default: return -100; /* the payload */
	}
}

static void matrix_case(struct fixture *f, enum region r, enum change c, unsigned pick)
{
	static const char *newpass = "the passphrase after";
	char rk2[VAULT_RECOVERY_TEXT_SIZE] = "";
	reset(f, true);
	/* Saves #1 (prev) and #2 hold P and R; a change saves #3 over #2. */
	if (c != C_NONE) {
		struct vault_secret pass = test_passphrase(TEST_PASS);
		struct vault_opened o;
		struct vault *v = open_hooked(f, &pass, &o, VAULT_OK);
		if (c == C_PASSWD) {
			assert_int_equal(vault_change_passphrase(v, newpass, strlen(newpass), o.image,
			                                         o.image_len),
			                 VAULT_OK);
		} else {
			assert_int_equal(vault_new_recovery_key(v, TEST_PASS, TEST_PASS_LEN, rk2,
			                                        o.image, o.image_len),
			                 VAULT_OK);
		}
		vault_opened_finish(&o);
		vault_close(v);
	}
	const char *prev_has[2] = {TEST_PASS, f->recovery};
	const char *cur_has[2] = {c == C_PASSWD ? newpass : TEST_PASS,
	                          c == C_RECOVERY_KEY ? rk2 : f->recovery};
	struct known all[3] = {{0, TEST_PASS}, {1, f->recovery}, {0, newpass}};
	unsigned n_all = 2;
	if (c == C_PASSWD) {
		n_all = 3;
	} else if (c == C_RECOVERY_KEY) {
		all[2] = (struct known){1, rk2};
		n_all = 3;
	}
	if (pick >= n_all) {
		return;
	}
	struct known used = all[pick];
	if (r != R_NONE) {
		test_flip(f->file, region_offset(r));
	}

	bool damaged = r != R_NONE;
	bool parsed = r != R_MAGIC;
	int hurt_slot = r == R_SLOT0_SALT || r == R_SLOT0_WRAPPED     ? 0
	                : r == R_SLOT1_NONCE || r == R_SLOT1_WRAPPED ? 1
	                                                             : -1;
	bool in_cur = parsed && strcmp(cur_has[used.kind], used.text) == 0 &&
	              hurt_slot != (int)used.kind;
	bool in_prev = strcmp(prev_has[used.kind], used.text) == 0;
	const char *final[2];
	unsigned want_kept = 0;
	enum vault_status want;
	if (!damaged) {
		want = in_cur ? VAULT_OK : in_prev ? VAULT_E_SECRET_CHANGED : VAULT_E_AUTH;
		final[0] = cur_has[0];
		final[1] = cur_has[1];
	} else {
		want = in_cur || in_prev ? VAULT_OK : VAULT_E_AUTH;
		final[used.kind] = used.text;
		final[1 - used.kind] = prev_has[1 - used.kind];
		for (unsigned k = 0; k < 2 && parsed; k++) {
			/* Damage alone is not a change, only a different secret;
			 * except a damaged passphrase salt in a slot re-wrapped by
			 * the recovery-key change, where no field of it is left
			 * to say it is the same (the notice allows for that). */
			bool salt_and_rewrap = r == R_SLOT0_SALT && c == C_RECOVERY_KEY && k == 0;
			if (strcmp(cur_has[k], final[k]) != 0 || salt_and_rewrap) {
				want_kept |= 1u << (k == 0 ? VAULT_SLOT_PASSPHRASE : VAULT_SLOT_RECOVERY);
			}
		}
	}
	if (want == VAULT_E_AUTH && used.kind == 1) {
		want = VAULT_E_RECOVERY_AUTH;
	}

	struct vault_secret s = as_secret(used);
	struct vault_opened o;
	struct vault *v = NULL;
	enum vault_status st = vault_open_hooked(&f->t.hooks, f->dir, NULL, &s, &v, &o);
	if (st != want) {
		fail_msg("%s, %s, opened with secret %u: got \"%s\", expected \"%s\"", region_name[r],
		         change_name[c], pick, vault_status_message(st), vault_status_message(want));
	}
	if (st != VAULT_OK) {
		assert_null(v);
		return;
	}
	if (o.from_prev != damaged || o.kept_older != want_kept || o.lost != 0) {
		fail_msg("%s, %s, opened with secret %u: from_prev %d kept_older %u lost %u, expected "
		         "%d %u 0",
		         region_name[r], change_name[c], pick, o.from_prev, o.kept_older, o.lost,
		         damaged, want_kept);
	}
	vault_opened_finish(&o);
	save_seed(v, 50);
	save_seed(v, 51);
	vault_close(v);
	for (unsigned i = 0; i < n_all; i++) {
		struct vault_secret t = as_secret(all[i]);
		bool works = strcmp(final[all[i].kind], all[i].text) == 0;
		v = NULL;
		st = vault_open_hooked(&f->t.hooks, f->dir, NULL, &t, &v, &o);
		if (works != (st == VAULT_OK)) {
			fail_msg("%s, %s, opened with secret %u, after two saves secret %u: %s", region_name[r],
			         change_name[c], pick, i, st == VAULT_OK ? "opens" : vault_status_message(st));
		}
		if (st == VAULT_OK) {
			uint8_t *img = test_image(IMG_LEN, 51);
			assert_false(o.from_prev);
			assert_memory_equal(o.image, img, IMG_LEN);
			free(img);
			vault_opened_finish(&o);
			vault_close(v);
		}
	}
}

static void test_recovery_matrix(void **state)
{
	struct fixture *f = *state;
	for (unsigned r = 0; r < R_COUNT; r++) {
		for (unsigned c = 0; c < C_COUNT; c++) {
			for (unsigned pick = 0; pick < 3; pick++) {
				matrix_case(f, (enum region)r, (enum change)c, pick);
			}
		}
	}
}

/* "sweep" runs the slot damage sweep alone (the slow suite); otherwise
 * the numbered cases run (the unit suite). */
int main(int argc, char **argv)
{
	const struct CMUnitTest cases[] = {
		cmocka_unit_test_setup_teardown(test_damaged_slot_not_carried, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_slot_opens_backup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_changed_secret_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_passwd_then_damage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_version_not_rolled_back, setup, teardown),
		cmocka_unit_test_setup_teardown(test_leftovers_removed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recovery_key_then_damage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recovery_matrix, setup, teardown),
	};
	const struct CMUnitTest sweep[] = {
		cmocka_unit_test_setup_teardown(test_slot_damage_sweep, setup, teardown),
	};
	if (argc > 1 && strcmp(argv[1], "sweep") == 0) {
		return cmocka_run_group_tests(sweep, NULL, NULL);
	}
	return cmocka_run_group_tests(cases, NULL, NULL);
}
