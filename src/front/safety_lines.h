#ifndef WISEMIND_FRONT_SAFETY_LINES_H
#define WISEMIND_FRONT_SAFETY_LINES_H

#include "app/app.h"
#include "core/str.h"

/* The lines of the person's safety plan chosen to show while locked,
 * appended to card after the crisis lines, with where the whole plan is;
 * when none were chosen, where the plan is if one may exist. see_plan
 * says how to see the whole plan where the person is. A damaged
 * file gives what could be read, and a warning in warning (to print
 * after the card). */
void front_add_safety_lines(const struct app *app, const char *see_plan, struct str *card,
                            struct str *warning);

#endif
