#ifndef WISEMIND_CLI_URGE_MANAGE_H
#define WISEMIND_CLI_URGE_MANAGE_H

#include "app/app.h"

/* wisemind urge list [--date D]: unlocks and lists the urges of day D
 * (every day when NULL). Returns the exit code. */
int cli_urge_list(struct app *app, const char *date);

/* wisemind urge remove ID: unlocks, removes that urge, saves. */
int cli_urge_remove(struct app *app, const char *id);

#endif
