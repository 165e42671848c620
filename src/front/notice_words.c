#include "front/notice_words.h"

#include <string.h>

#include "app/clock.h"

static const char *plural(uint64_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void front_notice_words(const struct app_notice *n, struct str *out)
{
	char when[APP_TIME_TEXT_SIZE];
	app_time_text(n->when, when, sizeof(when));
	unsigned long long count = (unsigned long long)n->number;
	switch (n->kind) {
	case NOTICE_OPENED_BACKUP_MISSING:
		str_appendf(out, "diary.vault is missing, so wisemind opened the backup copy, "
		                 "diary.vault.prev, which is OLDER: it was saved %s, so anything saved "
		                 "after that is not in it. Your next save makes this copy the current "
		                 "one.", when);
		return;
	case NOTICE_OPENED_BACKUP_DAMAGED:
		str_appendf(out, "diary.vault did not pass its integrity check: it is damaged, or was "
		                 "changed. wisemind opened the backup copy, diary.vault.prev, which is "
		                 "OLDER: it was saved %s, so anything saved after that is not in it. "
		                 "Your next save makes this copy the current one and keeps the damaged "
		                 "file aside as diary.vault.damaged.", when);
		return;
	case NOTICE_PASSPHRASE_KEPT_OLDER:
		str_append(out, "The damaged file's passphrase differs from the older copy's (set "
		                "after that copy was saved, or damaged); it could not be checked, so "
		                "the passphrase you typed is the one that keeps working. To choose a "
		                "new one: wisemind passwd");
		return;
	case NOTICE_RECOVERY_KEPT_OLDER:
		str_append(out, "The damaged file held a different recovery key, made after that copy "
		                "was saved; it could not be checked, so the recovery key of that older "
		                "copy works again. If you made a new one since, make another now: "
		                "wisemind recovery-key");
		return;
	case NOTICE_PASSPHRASE_LOST:
		str_append(out, "Your passphrase could not be carried over from the older copy: after "
		                "the next save only your recovery key opens the diary. Set a "
		                "passphrase now: wisemind passwd");
		return;
	case NOTICE_RECOVERY_LOST:
		str_append(out, "Your recovery key could not be carried over from the older copy: "
		                "after the next save only your passphrase opens the diary. Make a new "
		                "recovery key: wisemind recovery-key");
		return;
	case NOTICE_ROLLBACK:
		str_appendf(out, "WARNING: this vault (save #%llu) is older than one this computer "
		                 "opened before (save #%llu). Someone may have put an old copy back.",
		            count, (unsigned long long)n->highest);
		return;
	case NOTICE_NO_FRESHNESS_RECORD:
		str_append(out, "This computer has no record of this vault's earlier saves (new "
		                "computer, or the state folder was removed), so it cannot tell whether "
		                "an old copy was put back; it keeps one from now on.");
		return;
	case NOTICE_FRESHNESS_DAMAGED:
		str_append(out, "WARNING: the record of the last save this computer saw is damaged, "
		                "so wisemind cannot tell whether an old copy was put back.");
		return;
	case NOTICE_LAST_SAVED:
		str_appendf(out, "Last saved: %s, save #%llu.", when, count);
		return;
	case NOTICE_MEMORY_NOT_LOCKED:
		str_append(out, "This system lets wisemind lock only part of the diary in RAM, so "
		                "while it is open parts of it may be written to swap; encrypted swap "
		                "keeps them private.");
		return;
	case NOTICE_READ_ONLY:
		str_append(out, "The data directory is read-only (a read-only disk or mount): you can "
		                "read and export the diary, but nothing can be saved here, and urges "
		                "logged while locked wait in the inbox.");
		return;
	case NOTICE_INBOX_PUB_CHANGED:
		str_append(out, "WARNING: inbox.pub in the data directory was changed or damaged. "
		                "Someone may have replaced it to read urges logged while locked. "
		                "wisemind has put the right key back; urges logged since the change "
		                "could not be read.");
		return;
	case NOTICE_INBOX_PUB_UNWRITABLE:
		str_append(out, "inbox.pub could not be rewritten, so urges cannot be logged while "
		                "locked; check the data directory.");
		return;
	case NOTICE_INBOX_NOT_SAVED: {
		str_appendf(out, "%llu urge%s logged while wisemind was locked could not be added to "
		                 "the diary yet (", count, plural(count, "", "s"));
		app_error_describe(&n->error, out);
		str_append(out, "). They are kept in the locked inbox and will be added at the next "
		                "unlock once that is fixed.");
		return;
	}
	case NOTICE_INBOX_NOT_REMOVED:
		str_append(out, "The merged inbox could not be removed; it will be merged again next "
		                "time, without duplicates.");
		return;
	case NOTICE_INBOX_MERGED:
		str_appendf(out, "Added %llu urge%s logged while wisemind was locked", count,
		            plural(count, "", "s"));
		if (count == 1 || strcmp(n->first, n->last) == 0) {
			str_appendf(out, " (logged %s).", n->first);
		} else {
			str_appendf(out, " (logged from %s to %s).", n->first, n->last);
		}
		str_append(out, " They are marked in your diary as logged while locked; if any is "
		                "not yours, someone who can write your data folder added it.");
		return;
	case NOTICE_INBOX_UNKNOWN_TARGET:
		str_appendf(out, "An urge logged while locked names \"%s\", which is not a target on "
		                 "your card. It is kept, and counted for the crisis lines like a "
		                 "suicide urge; to track it on the card, add it to the card template "
		                 "(wisemind card template show), or remove it if it is not yours "
		                 "(wisemind urge list).", n->name);
		return;
	case NOTICE_INBOX_AFTER_UNMATCHED:
		str_appendf(out, "%llu rating%s after a skill, logged while locked, found no urge to "
		                 "rate again and %s left out.", count, plural(count, "", "s"),
		            plural(count, "was", "were"));
		return;
	case NOTICE_INBOX_ODD_FILES:
		str_appendf(out, "%llu file%s named inbox or inbox.taken.* in the data directory %s "
		                 "not a regular file (a pipe or a folder) and %s skipped; move %s out "
		                 "of the data directory.",
		            count, plural(count, "", "s"), plural(count, "is", "are"),
		            plural(count, "was", "were"), plural(count, "it", "them"));
		return;
	case NOTICE_SAFETY_SHOWN_REWRITTEN:
		str_append(out, "WARNING: the file of safety-plan lines shown while locked "
		                "(safety-plan-shown.txt) did not hold the lines your plan marks to "
		                "show: it was changed, or an earlier save could not write it. wisemind "
		                "has written it again from your plan.");
		return;
	case NOTICE_SAFETY_SHOWN_UNWRITABLE:
		str_appendf(out, "The file of safety-plan lines shown while locked "
		                 "(safety-plan-shown.txt) does not hold the lines your plan marks to "
		                 "show, and could not be written again (%s): while locked, the crisis "
		                 "lines may show other lines. Check the data directory.",
		            str_cstr(&n->error.detail));
		return;
	case NOTICE_INBOX_UNREADABLE:
		str_appendf(out, "%llu entr%s in the locked inbox could not be read and %s left out.",
		            count, plural(count, "y", "ies"), plural(count, "was", "were"));
		return;
	}
}
