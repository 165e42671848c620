#ifndef WISEMIND_CORE_HELPS_H
#define WISEMIND_CORE_HELPS_H

#include <stdbool.h>
#include <stddef.h>

/* Which skills help this person most (issue 10, report --helps): from the
 * urges they logged, used a skill on and rated again afterwards, how far
 * each skill's urges dropped (before minus after, on the 0-5 scale).
 * Pure: the caller hands over the uses one by one.
 *
 * Too little data: a skill is ranked only once it has HELPS_MIN_USES
 * rated uses or more. Fewer could be chance (one good evening), and a
 * suggestion made in a crisis should rest on more than that. Below it the
 * skill is listed apart, with its count, as too little to tell. */

#define HELPS_MIN_USES 3
#define HELPS_ID_MAX 64
#define HELPS_DROP_VALUES 11 /* a drop is -5 to 5 */

struct helps_skill {
	char id[HELPS_ID_MAX + 1];
	size_t count;      /* rated uses */
	int median_halves; /* the median drop in half-points: 3 is 1.5, -1 is -0.5 */
	size_t drops[HELPS_DROP_VALUES]; /* how many uses dropped by -5, -4, ..., 5 */
};

struct helps {
	struct helps_skill *skills;
	size_t count;
	size_t cap;
	size_t uses;   /* rated uses taken in, over every skill */
	size_t ranked; /* after helps_rank: skills[0, ranked) have enough uses, best first */
};

void helps_init(struct helps *h);
void helps_finish(struct helps *h);

/* Takes in one logged urge. A use counts when skill is an id of 1 to
 * HELPS_ID_MAX bytes and before and after are both 0 to 5; anything else
 * (no skill, not rated again: after -1) is passed over. False only when
 * memory runs out. */
bool helps_add(struct helps *h, const char *skill, int before, int after)
	__attribute__((warn_unused_result));

/* Works out each skill's median drop (an even count's median is the mean
 * of the middle two, hence half-points) and orders the skills: first the
 * ranked ones (HELPS_MIN_USES uses or more) by median drop, largest first,
 * then by count, larger first, then by id; then the others by count and
 * id. Sets h->ranked. */
void helps_rank(struct helps *h);

/* After helps_rank: the two skills to suggest in a crisis, by id, into
 * out. Takes, best first, the ranked skills in allowed (n_allowed ids:
 * the crisis-survival skills) whose median drop is above 0 (a skill after
 * which urges did not drop is no help to suggest); fills what is left
 * with "stop", then "tip" (the default suggestions), never the same id
 * twice. Returns how many came from the data: 0 (too little to tell: out
 * is STOP and TIP), 1 or 2. out's strings live in h or are constants. */
size_t helps_best(const struct helps *h, const char *const *allowed, size_t n_allowed,
                  const char *out[2]);

/* A drop in half-points as people read it: "2", "1.5", "-0.5", "0". */
#define HELPS_DROP_TEXT_SIZE 8
void helps_drop_text(int halves, char out[HELPS_DROP_TEXT_SIZE]);

#endif
