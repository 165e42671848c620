#ifndef WISEMIND_CLI_CARD_PRINT_H
#define WISEMIND_CLI_CARD_PRINT_H

#include "core/card_template.h"
#include "core/diary_card.h"
#include "core/str.h"

/* A day of the diary card as text for the shell, under the template's
 * labels: what is not filled in shows "-", never 0; a target's urge
 * shows the card's value with the peak of the urges logged that day
 * beside it (standing in when the card has none). Values kept under ids
 * the template no longer has still show, under their ids. */
void card_print_day(const struct card_template *t, const struct card_day *day, struct str *out);

#endif
