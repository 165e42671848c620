#ifndef WISEMIND_APP_VAULT_INFO_H
#define WISEMIND_APP_VAULT_INFO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/app.h"
#include "app/error.h"

#define APP_ODD_FILES_MAX 4
#define APP_FILE_NAME_MAX 64

/* What is in the data directory, read without any key and without
 * anything personal (lock-status): the plaintext header and file
 * metadata only; nothing is written and no lock is held. */
struct app_vault_info {
	bool exists;          /* diary.vault is there */
	bool in_use;          /* another wisemind holds the vault */
	bool odd;             /* diary.vault is not a regular file */
	uint64_t saved_at;    /* diary.vault's last save, UTC seconds */
	uint64_t size;        /* diary.vault's size in bytes */
	bool header_damaged;  /* with why in header_error */
	struct app_error header_error;
	bool has_recovery;    /* a recovery key is set up */
	bool prev_exists;     /* diary.vault.prev, the older backup copy */
	uint64_t prev_saved_at;
	size_t inbox_pending; /* urges logged while locked, waiting */
	bool inbox_pub;       /* inbox.pub is there */
	/* Files with a vault file's name that are not regular files; the
	 * first APP_ODD_FILES_MAX are named. */
	size_t odd_count;
	char odd_names[APP_ODD_FILES_MAX][APP_FILE_NAME_MAX];
};

/* Fills out for app's data directory. False, with the reason in err,
 * when the directory cannot be read. */
bool app_vault_info(const struct app *app, struct app_vault_info *out, struct app_error *err)
	__attribute__((warn_unused_result));

/* True when app's data directory has no vault yet (neither diary.vault
 * nor its backup copy), so init may make one; else false with the reason
 * in err. */
bool app_vault_can_create(const struct app *app, struct app_error *err)
	__attribute__((warn_unused_result));

#endif
