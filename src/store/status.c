#include "store/status.h"

#include <stddef.h>

#define STORE_STATUS_MESSAGE(name, message) [name] = message,
static const char *const messages[] = {
	STORE_STATUS_LIST(STORE_STATUS_MESSAGE)
};

#define STORE_STATUS_NAME(name, message) [name] = #name,
static const char *const names[] = {
	STORE_STATUS_LIST(STORE_STATUS_NAME)
};

const char *store_status_message(enum store_status status)
{
	if ((size_t)status >= sizeof(messages) / sizeof(messages[0])) {
		return messages[STORE_FAILED];
	}
	return messages[status];
}

const char *store_status_name(enum store_status status)
{
	if ((size_t)status >= sizeof(names) / sizeof(names[0])) {
		return "STORE_?";
	}
	return names[status];
}
