#include "crypto/vault_status.h"

#include <errno.h>
#include <stddef.h>

struct status_row {
	int exit_code;
	enum next_step next;
	const char *message;
};

static const struct status_row rows[] = {
#define VAULT_STATUS_ROW(name, exit_code, next, message) {exit_code, next, message},
    VAULT_STATUS_TABLE(VAULT_STATUS_ROW)
#undef VAULT_STATUS_ROW
};

const char *vault_status_message(enum vault_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return "internal error: unknown vault status";
	}
	return rows[status].message;
}

int vault_status_exit_code(enum vault_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return 1;
	}
	return rows[status].exit_code;
}

enum next_step vault_status_next(enum vault_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return NEXT_NONE;
	}
	return rows[status].next;
}

enum vault_status vault_status_from_errno(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
	case EFBIG:
		return VAULT_E_NOSPACE;
	case EACCES:
	case EPERM:
	case EROFS:
		return VAULT_E_PERMISSION;
	case ENOMEM:
		return VAULT_E_NOMEM;
	default:
		return VAULT_E_IO;
	}
}
