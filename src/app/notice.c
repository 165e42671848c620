#include "app/notice.h"

#include <stdlib.h>

struct app_notice *app_notices_add(struct app_notices *list, enum app_notice_kind kind)
{
	struct app_notice *items = realloc(list->items, (list->count + 1) * sizeof(*items));
	if (items == NULL) {
		return NULL;
	}
	list->items = items;
	struct app_notice *n = &items[list->count++];
	*n = (struct app_notice){.kind = kind};
	return n;
}

void app_notices_finish(struct app_notices *list)
{
	if (list == NULL) {
		return;
	}
	for (size_t i = 0; i < list->count; i++) {
		app_error_finish(&list->items[i].error);
	}
	free(list->items);
	*list = (struct app_notices){0};
}
