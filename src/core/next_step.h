#ifndef WISEMIND_CORE_NEXT_STEP_H
#define WISEMIND_CORE_NEXT_STEP_H

/* What a person can do next about an outcome, as data: the layers below
 * the front ends name no command, flag or key, so each status table says
 * which of these steps applies and each front end words it where the
 * person is (a command in the shell, a key on the screen). */
enum next_step {
	NEXT_NONE,
	NEXT_INIT,         /* create a vault */
	NEXT_PASSWD,       /* change the passphrase */
	NEXT_RECOVERY_KEY, /* make a new recovery key */
	NEXT_UNLOCK,       /* unlock once (repairs inbox.pub) */
	NEXT_KEEP_DATA,    /* keep the data folder as it is; do not create a new vault */
	NEXT_DATA_DIR,     /* name a data folder */
	NEXT_THRESHOLDS,   /* see the urge thresholds in force and how far each can go */
	NEXT_SKILLS,       /* see the skills' ids */
	NEXT_HOMEWORK,     /* see the homework in the diary, with their ids */
	NEXT_CURRICULUM,   /* see each group plan's weeks and their skills */
};

#endif
