#ifndef WISEMIND_STORE_STATUS_H
#define WISEMIND_STORE_STATUS_H

/* What a store call can report, each with the one sentence a person sees.
 * The CLI and the UI print store_status_message(); exit codes are theirs
 * to choose (STORE_DAMAGED and STORE_NOT_WISEMIND map to exit 3). */
#define STORE_STATUS_LIST(X) \
	X(STORE_OK, "Done.") \
	X(STORE_NOT_FOUND, "Nothing is recorded there yet.") \
	X(STORE_NO_MEMORY, "wisemind ran out of memory; close other programs and try again.") \
	X(STORE_SETUP_FAILED, "wisemind could not set up its memory wiping for the diary; " \
	                      "this is a bug in wisemind, please report it.") \
	X(STORE_DAMAGED, "The diary inside the vault is damaged, and so is its backup copy or " \
	                 "there is none; keep the data directory as it is and restore a backup " \
	                 "of it, and do not run `wisemind init`.") \
	X(STORE_NOT_WISEMIND, "The vault holds a database that is not a wisemind diary; " \
	                      "check that the right file is in the data directory.") \
	X(STORE_TOO_NEW, "This vault was written by a newer wisemind; update wisemind to open it.") \
	X(STORE_INVALID, "That value is out of range or malformed (ratings are 0 to 5, " \
	                 "skills used 0 to 7, dates YYYY-MM-DD); nothing was changed.") \
	X(STORE_UNKNOWN_SETTING, "There is no such setting; check the spelling of its name.") \
	X(STORE_EXPORT_BAD, "That file is not a wisemind export, or it is damaged; nothing " \
	                    "was imported.") \
	X(STORE_EXPORT_TOO_NEW, "That export was written by a newer wisemind; update wisemind " \
	                        "to import it.") \
	X(STORE_FAILED, "The diary database failed unexpectedly; nothing was changed. " \
	                "This is a bug in wisemind, please report it.")

#define STORE_STATUS_ENUM(name, message) name,
enum store_status {
	STORE_STATUS_LIST(STORE_STATUS_ENUM)
};
#undef STORE_STATUS_ENUM

/* The user-facing sentence for status; never NULL. */
const char *store_status_message(enum store_status status);

/* The enumerator's name ("STORE_TOO_NEW"), for test failure messages. */
const char *store_status_name(enum store_status status);

#endif
