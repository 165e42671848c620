/* The ten-year diary of the benchmarks (bench_diary.h). */
#include "bench_diary.h"

#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "bench_clock.h"
#include "core/diary_card.h"
#include "core/str.h"
#include "crypto/inbox.h"
#include "crypto/vault_hooks.h"
#include "store/card.h"
#include "store/export.h"
#include "store/homework.h"
#include "store/inbox_key.h"
#include "store/store.h"
#include "store/urge_event.h"

#define FIRST_DAY 1451606400 /* 2016-01-01T00:00:00Z */
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct rng {
	uint32_t x;
};

static unsigned rng_below(struct rng *r, unsigned n)
{
	r->x ^= r->x << 13;
	r->x ^= r->x >> 17;
	r->x ^= r->x << 5;
	return r->x % n;
}

static const char *const sentences[] = {
    "Woke up at six with my heart racing and could not get back to sleep.",
    "Work was hard today; my manager moved the deadline again, and I felt the old panic.",
    "Called my sister in the evening and we actually laughed about something.",
    "I noticed the urge building after the argument, named it, and went for a walk.",
    "Skipped lunch without meaning to, and by four I was irritable and foggy.",
    "Group was useful: we went over opposite action and I said something out loud.",
    "Cold water on my face helped more than I expected when the shaking started.",
    "Spent most of the afternoon in bed scrolling, which left me feeling worse.",
    "Therapy session; we looked at the chain from Sunday and found the missing link.",
    "The bus was late and crowded and I could feel my chest tighten the whole way.",
    "Made soup, watered the plants, and did the dishes before they piled up.",
    "Had a craving after walking past the pub, rode it out with paced breathing.",
    "Felt numb most of the day, as if watching myself from across the room.",
    "Told a friend \"no\" without apologising five times, which felt like a small win.",
    "Old memories came up when I found the photos; I let myself cry and then made tea.",
    "Slept nine hours and woke up rested for the first time in weeks.",
    "Did the check the facts worksheet about the email, and it was not what I feared.",
    "Ran for twenty minutes in the rain, which took the edge off the anger.",
    "Mum phoned and the conversation went sideways, but I stayed in wise mind mostly.",
    "Could not concentrate on reading; my thoughts kept looping on what she said.",
    "Took my medication late, and noticed the difference by the evening.",
    "The pharmacy had run out, so I went to a second one across town.",
    "Spent an hour on the budget and felt more in control afterwards.",
    "Went to bed early with the weighted blanket and an audiobook.",
};

static const char *const answers[] = {
    "Tight chest, hot face, fists clenched.",
    "That I am going to be left alone again.",
    "Took a step back and breathed out slowly, four times.",
    "Fairly sure it was about being tired, not about him.",
    "Walked around the block and texted a friend.",
    "About a 4 before, a 2 after.",
    "Yes: I would not have managed this a year ago.",
    "Ice pack on the wrists, then paced breathing for five minutes.",
    "I could ask for what I need without attacking.",
    "Noticed the urge, did not act on it.",
};

static const char *const targets[] = {"suicide", "self-harm", "use"};
static const char *const emotions[] = {"sadness", "shame",          "anger",        "fear",
                                       "joy",     "emotional-pain", "physical-pain"};
static const char *const skills[] = {
    "stop",
    "tip",
    "accepts",
    "improve",
    "self-soothe",
    "pros-and-cons",
    "radical-acceptance",
    "paced-breathing",
    "opposite-action",
    "check-the-facts",
    "dear-man",
    "give",
    "fast",
    "wise-mind",
    "observe",
    "describe",
    "participate",
};

void bench_diary_date(unsigned i, char out[DATE_TEXT_SIZE])
{
	time_t t = (time_t)FIRST_DAY + (time_t)i * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, DATE_TEXT_SIZE, "%Y-%m-%d", &tm);
}

const char *bench_diary_sentence(unsigned n)
{
	return sentences[n % COUNT(sentences)];
}

static bool check(enum store_status st, const char *what)
{
	if (st != STORE_OK) {
		fprintf(stderr, "bench_diary: %s: %s\n", what, store_status_message(st));
	}
	return st == STORE_OK;
}

/* One day's card, whole, as card set would leave it. */
static bool put_day(struct store *s, struct card_day *day, const char *date, struct rng *r)
{
	card_day_reset(day, date);
	bool ok = true;
	for (size_t t = 0; t < COUNT(targets); t++) {
		ok = ok && card_rating_put(day->urges, &day->urge_count, targets[t],
		                           (int)rng_below(r, 6));
	}
	ok = ok && card_day_put_action(day, "suicide", rng_below(r, 20) == 0, false) &&
	     card_day_put_action(day, "self-harm", (int)rng_below(r, 3), true) &&
	     card_day_put_action(day, "use", (int)rng_below(r, 3), true);
	for (size_t e = 0; e < COUNT(emotions); e++) {
		ok = ok && card_rating_put(day->emotions, &day->emotion_count, emotions[e],
		                           (int)rng_below(r, 6));
	}
	ok = ok && card_day_put_med(day, "as-prescribed", rng_below(r, 10) ? "yes" : "no") &&
	     card_day_put_med(day, "other-drugs", rng_below(r, 4) ? "0" : "2 beer") &&
	     card_day_put_med(day, "sertraline", "100 mg in the morning");
	day->skills_used = (int)rng_below(r, 8);
	for (unsigned k = 2 + rng_below(r, 3); ok && k > 0; k--) {
		ok = card_day_put_skill(day, skills[rng_below(r, COUNT(skills))], true);
	}
	day->has_note = true;
	str_clear(&day->note);
	for (unsigned k = 2 + rng_below(r, 4); k > 0; k--) {
		str_appendf(&day->note, "%s%s", day->note.len ? " " : "",
		            sentences[rng_below(r, COUNT(sentences))]);
	}
	return ok && check(store_card_put(s, day), "card");
}

/* One to four quick urges, most rated again after a skill. */
static bool add_urges(struct store *s, const char *date, struct rng *r, size_t *count)
{
	bool ok = true;
	for (unsigned n = 1 + rng_below(r, 4); ok && n > 0; n--) {
		char at[32];
		snprintf(at, sizeof(at), "%sT%02u:%02u:00+00:00", date, 7 + rng_below(r, 16),
		         rng_below(r, 60));
		int before = 2 + (int)rng_below(r, 4);
		struct store_urge u = {
		    .at = at,
		    .target = targets[rng_below(r, COUNT(targets))],
		    .before = before,
		    .after = rng_below(r, 4) ? (int)rng_below(r, (unsigned)before + 1) : -1,
		    .skill = rng_below(r, 5) ? skills[rng_below(r, COUNT(skills))] : NULL,
		    .note = rng_below(r, 3) ? NULL : sentences[rng_below(r, COUNT(sentences))],
		};
		store_urge_id_new(u.id);
		ok = check(store_urge_add(s, &u, NULL), "urge");
		(*count)++;
	}
	return ok;
}

/* Text as a JSON string (the banks have no control characters but '\n'). */
static void append_json_string(struct str *out, const char *text)
{
	str_append_char(out, '"');
	for (const char *p = text; *p != '\0'; p++) {
		if (*p == '\n') {
			str_append(out, "\\n");
			continue;
		}
		if (*p == '"' || *p == '\\') {
			str_append_char(out, '\\');
		}
		str_append_char(out, *p);
	}
	str_append_char(out, '"');
}

/* The store has no setter for the practice log, so practice entries go
 * in as what the store offers for whole rows: its JSON import. */
static void add_practice(struct str *json, const char *date, struct rng *r, size_t *count)
{
	unsigned entries = rng_below(r, 5) == 0 ? 0 : 1 + (rng_below(r, 4) == 0);
	for (unsigned e = 0; e < entries; e++) {
		char at[32];
		snprintf(at, sizeof(at), "%sT%02u:%02u:00+00:00", date, 12 + 4 * e,
		         rng_below(r, 60));
		struct str a = {0};
		for (unsigned i = 0, n = 3 + rng_below(r, 3); i < n; i++) {
			str_appendf(&a, "%s%u. %s", i ? "\n" : "", i + 1,
			            answers[rng_below(r, COUNT(answers))]);
		}
		str_append(json, *count ? ",\n{\"at\": " : "{\"at\": ");
		append_json_string(json, at);
		str_appendf(json, ", \"skill\": \"%s\", \"answers\": ",
		            skills[rng_below(r, COUNT(skills))]);
		append_json_string(json, str_cstr(&a));
		str_append_char(json, '}');
		str_finish(&a);
		(*count)++;
	}
}

/* A homework a year, each the year's days with two of the skills the
 * practice entries use, so that reports and the week read the practices
 * that homework counts. */
static bool add_homework(struct store *s, struct bench_diary *stats)
{
	for (unsigned y = 0; y < BENCH_DIARY_DAYS / 365; y++) {
		char id[16], from[DATE_TEXT_SIZE], until[DATE_TEXT_SIZE], skill_ids[64];
		snprintf(id, sizeof(id), "hw-%08x", y);
		bench_diary_date(365 * y, from);
		bench_diary_date(365 * y + 364, until);
		snprintf(skill_ids, sizeof(skill_ids), "%s;%s", skills[y % COUNT(skills)],
		         skills[(y + 1) % COUNT(skills)]);
		struct store_homework h = {.id = id, .title = "Practise", .from = from,
		                           .until = until, .note = "Every day.", .skills = skill_ids,
		                           .every = "day"};
		bool added;
		if (!check(store_homework_put(s, &h, NULL, 0, &added), "homework")) {
			return false;
		}
		stats->homework++;
	}
	return true;
}

bool bench_diary_generate(struct store **out, struct bench_diary *stats)
{
	double start = bench_now_ms();
	struct store *s = NULL;
	if (!check(store_create(&s), "store_create")) {
		return false;
	}
	struct rng r = {0x9E3779B9u};
	struct card_day day;
	card_day_init(&day, "2016-01-01");
	struct str json = {0};
	str_append(&json, "{\"format\": \"wisemind-export\", \"version\": 1, \"tables\": "
	                  "{\"practice\": [\n");
	bool ok = check(store_begin(s), "begin");
	for (unsigned i = 0; ok && i < BENCH_DIARY_DAYS; i++) {
		char date[DATE_TEXT_SIZE];
		bench_diary_date(i, date);
		ok = put_day(s, &day, date, &r) && add_urges(s, date, &r, &stats->urges);
		add_practice(&json, date, &r, &stats->practices);
	}
	ok = check(store_end(s, ok ? STORE_OK : STORE_FAILED), "commit") && ok;
	card_day_finish(&day);
	str_append(&json, "]}}");
	struct store_import_result res;
	struct str why = {0};
	if (ok && !check(store_import_json(s, json.buf, json.len, &res, &why), "practice")) {
		fprintf(stderr, "bench_diary: %s\n", str_cstr(&why));
		ok = false;
	} else if (ok && res.added != stats->practices) {
		fprintf(stderr, "bench_diary: %zu of %zu practice entries imported\n", res.added,
		        stats->practices);
		ok = false;
	}
	str_finish(&why);
	str_finish(&json);
	ok = ok && add_homework(s, stats);
	if (!ok) {
		store_destroy(s);
		return false;
	}
	stats->seconds = (bench_now_ms() - start) / 1e3;
	*out = s;
	return true;
}

bool bench_diary_vault(struct store *s, const char *dir, const char *state_dir,
                       char recovery[VAULT_RECOVERY_TEXT_SIZE], struct bench_diary *stats)
{
	static const struct vault_hooks cheap = {.kdf_opslimit = 1,
	                                         .kdf_memlimit = 8u * 1024 * 1024};
	uint8_t pk[INBOX_KEY_LEN], sk[INBOX_KEY_LEN];
	struct store_image img = {0};
	if (!inbox_keypair(pk, sk) || !check(store_inbox_key_set(s, pk, sk), "inbox key") ||
	    !check(store_image_get(s, &img), "image")) {
		return false;
	}
	stats->image_len = img.len;
	struct vault *v = NULL;
	enum vault_status st =
	    vault_create_hooked(&cheap, dir, state_dir, BENCH_PASS, strlen(BENCH_PASS), recovery,
	                        img.data, img.len, &v);
	store_image_release(&img);
	vault_close(v);
	if (st == VAULT_OK) {
		st = inbox_publish(dir, pk);
	}
	if (st != VAULT_OK) {
		fprintf(stderr, "bench_diary: vault: %s\n", vault_status_message(st));
	}
	return st == VAULT_OK;
}

bool bench_diary_make(const char *dir, const char *state_dir, struct bench_diary *stats)
{
	struct store *s = NULL;
	if (!bench_diary_generate(&s, stats)) {
		return false;
	}
	bool ok = bench_diary_vault(s, dir, state_dir, NULL, stats);
	store_destroy(s);
	return ok;
}

void bench_diary_print(const struct bench_diary *stats)
{
	printf("diary: %d days with every card field and a note, %zu quick urges, %zu practice "
	       "entries, %zu homework; %.1f MB image, %.0f bytes a day (generated in %.1f s)\n",
	       BENCH_DIARY_DAYS, stats->urges, stats->practices, stats->homework,
	       (double)stats->image_len / 1e6,
	       (double)stats->image_len / BENCH_DIARY_DAYS, stats->seconds);
}

bool bench_dirs_make(struct bench_dirs *d, const char *name)
{
	const char *base = getenv("TMPDIR");
	snprintf(d->root, sizeof(d->root), "%.1000s/wisemind-bench-%.64s-XXXXXX",
	         base != NULL && base[0] != '\0' ? base : "/tmp", name);
	if (mkdtemp(d->root) == NULL) {
		fprintf(stderr, "bench_diary: mkdtemp: %s\n", strerror(errno));
		return false;
	}
	snprintf(d->data, sizeof(d->data), "%s/data", d->root);
	snprintf(d->state, sizeof(d->state), "%s/state", d->root);
	snprintf(d->vault_state, sizeof(d->vault_state), "%s/state/wisemind", d->root);
	if (mkdir(d->data, 0700) != 0 || mkdir(d->state, 0700) != 0 ||
	    mkdir(d->vault_state, 0700) != 0) {
		fprintf(stderr, "bench_diary: mkdir: %s\n", strerror(errno));
		bench_dirs_remove(d);
		return false;
	}
	return true;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void bench_dirs_remove(const struct bench_dirs *d)
{
	nftw(d->root, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
