#ifndef WISEMIND_FRONT_URGE_LINE_H
#define WISEMIND_FRONT_URGE_LINE_H

#include "app/urge.h"
#include "content/skill_library.h"
#include "core/card_template.h"
#include "core/str.h"

/* One urge logged today, as today's screen and plain mode list it: "
 * 14:03<gap>Self-harm: 3, then 1 after STOP (logged while locked)" and a
 * line end. gap goes between the time and the target. The target is
 * named by its label on card and the skill by its name in lib; either
 * may be NULL, and an id neither knows is shown as it is kept. */
void front_urge_line(const struct app_urge_entry *e, const struct card_template *card,
                     const struct skill_library *lib, const char *gap, struct str *out);

/* The name people know an urge's target by: its label on card (retired
 * targets too), else id itself. card may be NULL. */
const char *front_target_name(const struct card_template *card, const char *id);

/* A skill's name as the library gives it ("STOP", "Pros and cons"),
 * else id itself. lib may be NULL. */
const char *front_skill_name(const struct skill_library *lib, const char *id);

#endif
