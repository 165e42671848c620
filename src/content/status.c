#include "content/status.h"

#include <stddef.h>

struct status_row {
	int exit_code;
	const char *message;
};

static const struct status_row rows[] = {
#define CONTENT_STATUS_ROW(name, exit_code, message) {exit_code, message},
	CONTENT_STATUS_TABLE(CONTENT_STATUS_ROW)
#undef CONTENT_STATUS_ROW
};

static const struct status_row *row(enum content_status status)
{
	if ((size_t)status >= sizeof(rows) / sizeof(rows[0])) {
		return &rows[CONTENT_E_READ];
	}
	return &rows[status];
}

const char *content_status_message(enum content_status status)
{
	return row(status)->message;
}

int content_status_exit_code(enum content_status status)
{
	return row(status)->exit_code;
}
