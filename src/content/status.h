#ifndef WISEMIND_CONTENT_STATUS_H
#define WISEMIND_CONTENT_STATUS_H

/* What loading or saving one of the person's files can report, in the
 * same shape as the other layers' tables: the name, DESIGN.md §4's exit
 * code, and the sentence, which names no command. The details (the file,
 * the line, what is wrong there) come beside it in a sentence of the
 * caller's err. A list of problems over many files (the skills) is kept
 * as data in content/problems.h instead. */
#define CONTENT_STATUS_TABLE(_) \
	_(OK, 0, "done") \
	_(MISSING, 0, "there is no such file, which is fine: it is optional") \
	_(E_READ, 1, "the file cannot be read") \
	_(E_INVALID, 1, "the file has a mistake") \
	_(E_VALUE, 1, "a value in the file is not allowed; the safe default is used in its place") \
	_(E_WRITE, 1, "the file cannot be saved; the old one is as it was")

enum content_status {
#define CONTENT_STATUS_ENUM(name, exit_code, message) CONTENT_##name,
	CONTENT_STATUS_TABLE(CONTENT_STATUS_ENUM)
#undef CONTENT_STATUS_ENUM
};

/* The sentence for status: lower case first, no full stop; never NULL. */
const char *content_status_message(enum content_status status);

/* The exit code DESIGN.md §4 assigns to status: 0 or 1. */
int content_status_exit_code(enum content_status status);

#endif
