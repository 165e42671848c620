#ifndef WISEMIND_FRONT_URGE_LINE_H
#define WISEMIND_FRONT_URGE_LINE_H

#include "app/urge.h"
#include "core/str.h"

/* One urge logged today, as today's screen and plain mode list it: "
 * 14:03<gap>self-harm 3, then 1 after stop (logged while locked)" and a
 * line end. gap goes between the time and the target. */
void front_urge_line(const struct app_urge_entry *e, const char *gap, struct str *out);

#endif
