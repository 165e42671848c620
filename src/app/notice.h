#ifndef WISEMIND_APP_NOTICE_H
#define WISEMIND_APP_NOTICE_H

#include <stddef.h>
#include <stdint.h>

#include "app/error.h"

/* Something the person must be told after a step (most after an unlock),
 * as data: a kind and its fields. Each front end words it where the
 * person is; the application layer holds no such text. */
enum app_notice_kind {
	NOTICE_OPENED_BACKUP_MISSING, /* diary.vault missing: prev opened; when */
	NOTICE_OPENED_BACKUP_DAMAGED, /* diary.vault damaged: prev opened; when */
	NOTICE_PASSPHRASE_KEPT_OLDER, /* the damaged file's passphrase differed */
	NOTICE_RECOVERY_KEPT_OLDER,   /* the damaged file's recovery key differed */
	NOTICE_PASSPHRASE_LOST,       /* after the next save only the recovery key opens */
	NOTICE_RECOVERY_LOST,         /* after the next save only the passphrase opens */
	NOTICE_ROLLBACK,              /* older than seen before: number, highest */
	NOTICE_NO_FRESHNESS_RECORD,   /* this computer has no record of earlier saves */
	NOTICE_FRESHNESS_DAMAGED,     /* that record is damaged */
	NOTICE_LAST_SAVED,            /* when, number */
	NOTICE_MEMORY_NOT_LOCKED,     /* parts of the diary may reach swap */
	NOTICE_READ_ONLY,             /* the data folder is read-only */
	NOTICE_INBOX_PUB_CHANGED,     /* inbox.pub was replaced; the right key is back */
	NOTICE_INBOX_PUB_UNWRITABLE,  /* inbox.pub could not be written */
	NOTICE_INBOX_NOT_SAVED,       /* count urges wait: the merge could not be saved (error) */
	NOTICE_INBOX_NOT_REMOVED,     /* the merged inbox could not be removed */
	NOTICE_INBOX_MERGED,          /* count urges added, logged first .. last */
	NOTICE_INBOX_ODD_FILES,       /* count odd files named inbox* skipped */
	NOTICE_INBOX_UNREADABLE,      /* count entries left out */
	NOTICE_INBOX_UNKNOWN_TARGET,  /* a merged urge names a target the card lacks: name */
	NOTICE_INBOX_AFTER_UNMATCHED, /* count after-ratings with no urge to rate again */
	NOTICE_SAFETY_SHOWN_REWRITTEN, /* the locked lines' file differed from the plan: rewritten */
	NOTICE_SAFETY_SHOWN_UNWRITABLE, /* it differs and could not be rewritten (error) */
};

struct app_notice {
	enum app_notice_kind kind;
	uint64_t when;     /* UTC seconds */
	uint64_t number;   /* a save number, or a count */
	uint64_t highest;  /* NOTICE_ROLLBACK: the highest save number seen */
	char first[40];    /* NOTICE_INBOX_MERGED: the earliest and latest times logged */
	char last[40];
	char name[65];     /* NOTICE_INBOX_UNKNOWN_TARGET: the target's name */
	struct app_error error; /* NOTICE_INBOX_NOT_SAVED: why */
};

/* Notices in the order they happened. */
struct app_notices {
	struct app_notice *items;
	size_t count;
};

/* Appends a notice of kind with its fields zeroed and returns it to fill
 * (NULL when out of memory: the notice is dropped, never the step). */
struct app_notice *app_notices_add(struct app_notices *list, enum app_notice_kind kind);

void app_notices_finish(struct app_notices *list);

#endif
