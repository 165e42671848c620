#ifndef WISEMIND_STORE_STATUS_H
#define WISEMIND_STORE_STATUS_H

#include "core/next_step.h"

/* What a store call can report, once: the name, the exit code DESIGN.md
 * §4 gives it (3 for a diary that is damaged or not wisemind's), the next
 * step a front end words (core/next_step.h), and the sentence saying what
 * is true, which names no command. The same shape as the vault's table. */
#define STORE_STATUS_LIST(X) \
	X(STORE_OK, 0, NEXT_NONE, "done") \
	X(STORE_NOT_FOUND, 1, NEXT_NONE, "nothing is recorded there yet") \
	X(STORE_NO_MEMORY, 1, NEXT_NONE, "wisemind ran out of memory; close other programs and try again") \
	X(STORE_SETUP_FAILED, 1, NEXT_NONE, "wisemind could not set up its memory wiping for the diary; " \
	                                    "this is a bug in wisemind, please report it") \
	X(STORE_DAMAGED, 3, NEXT_KEEP_DATA, "the diary inside the vault is damaged, and so is its backup " \
	                                    "copy or there is none") \
	X(STORE_NOT_WISEMIND, 3, NEXT_NONE, "the vault holds a database that is not a wisemind diary; " \
	                                    "check that the right file is in the data directory") \
	X(STORE_TOO_NEW, 1, NEXT_NONE, "this vault was written by a newer wisemind; update wisemind to open it") \
	X(STORE_INVALID, 1, NEXT_NONE, "that value is out of range or malformed (ratings are 0 to 5, " \
	                               "skills used 0 to 7, dates YYYY-MM-DD); nothing was changed") \
	X(STORE_UNKNOWN_SETTING, 1, NEXT_NONE, "there is no such setting; check the spelling of its name") \
	X(STORE_EXPORT_BAD, 1, NEXT_NONE, "that file is not a wisemind export, or it is damaged; " \
	                                  "nothing was imported") \
	X(STORE_EXPORT_TOO_NEW, 1, NEXT_NONE, "that export was written by a newer wisemind; update " \
	                                      "wisemind to import it") \
	X(STORE_FAILED, 1, NEXT_NONE, "the diary database failed unexpectedly; nothing was changed. " \
	                              "This is a bug in wisemind, please report it")

#define STORE_STATUS_ENUM(name, exit_code, next, message) name,
enum store_status {
	STORE_STATUS_LIST(STORE_STATUS_ENUM)
};
#undef STORE_STATUS_ENUM

/* The sentence for status, starting in lower case with no full stop
 * (the front end adds the next step and the stop); never NULL. */
const char *store_status_message(enum store_status status);

/* The exit code DESIGN.md §4 assigns to status: 0, 1 or 3. */
int store_status_exit_code(enum store_status status);

/* The step that fixes status, for the front end to word. */
enum next_step store_status_next(enum store_status status);

/* The enumerator's name ("STORE_TOO_NEW"), for test failure messages. */
const char *store_status_name(enum store_status status);

#endif
