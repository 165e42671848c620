#include "store/status.h"

#include <stddef.h>

struct status_row {
	const char *name;
	int exit_code;
	enum next_step next;
	const char *message;
};

static const struct status_row rows[] = {
#define STORE_STATUS_ROW(name, exit_code, next, message) [name] = {#name, exit_code, next, message},
	STORE_STATUS_LIST(STORE_STATUS_ROW)
#undef STORE_STATUS_ROW
};

static const struct status_row *row(enum store_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return &rows[STORE_FAILED];
	}
	return &rows[status];
}

const char *store_status_message(enum store_status status)
{
	return row(status)->message;
}

int store_status_exit_code(enum store_status status)
{
	return row(status)->exit_code;
}

enum next_step store_status_next(enum store_status status)
{
	return row(status)->next;
}

const char *store_status_name(enum store_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return "STORE_?";
	}
	return rows[status].name;
}
