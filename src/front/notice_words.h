#ifndef WISEMIND_FRONT_NOTICE_WORDS_H
#define WISEMIND_FRONT_NOTICE_WORDS_H

#include "app/notice.h"
#include "core/str.h"

/* The words of a notice (most come after an unlock), the same for every
 * front end: the commands named are those of the terminal, where each
 * front end runs. */
void front_notice_words(const struct app_notice *n, struct str *out);

#endif
