#include "ui/widgets.h"

void ui_list_draw(struct ui *ui, struct ui_list *list, WINDOW *w, int row, int rows,
                  ui_row_fn *fn, void *data)
{
	if (rows < 1 || list->count == 0) {
		return;
	}
	if (list->selected >= list->count) {
		list->selected = list->count - 1;
	}
	if (list->selected < list->top) {
		list->top = list->selected;
	}
	if (list->selected >= list->top + (size_t)rows) {
		list->top = list->selected - (size_t)rows + 1;
	}
	/* The right edge is kept for the "(up)" and "(more)" marks. */
	int width = getmaxx(w) - 8;
	for (int r = 0; r < rows && list->top + (size_t)r < list->count; r++) {
		size_t i = list->top + (size_t)r;
		bool selected = i == list->selected;
		wattrset(w, theme_attr(&ui->theme, selected ? UI_ROLE_SELECTED : UI_ROLE_TEXT));
		mvwaddstr(w, row + r, 0, selected ? ui->theme.g->marker : " ");
		fn(ui, w, row + r, width, i, selected, data);
	}
	wattrset(w, theme_attr(&ui->theme, UI_ROLE_HINT));
	if (list->top > 0) {
		mvwaddstr(w, row, getmaxx(w) - 4, "(up)");
	}
	if (list->top + (size_t)rows < list->count) {
		mvwaddstr(w, row + rows - 1, getmaxx(w) - 6, "(more)");
	}
}

bool ui_list_key(struct ui_list *list, enum ui_action action, int rows)
{
	size_t page = rows > 1 ? (size_t)rows - 1 : 1;
	size_t before = list->selected;
	if (list->count == 0) {
		return false;
	}
	switch (action) {
	case UI_ACTION_UP:
		list->selected = list->selected > 0 ? list->selected - 1 : 0;
		break;
	case UI_ACTION_DOWN:
		list->selected = list->selected + 1 < list->count ? list->selected + 1
		                                                  : list->count - 1;
		break;
	case UI_ACTION_PAGE_UP:
		list->selected = list->selected > page ? list->selected - page : 0;
		break;
	case UI_ACTION_PAGE_DOWN:
		list->selected = list->selected + page < list->count ? list->selected + page
		                                                     : list->count - 1;
		break;
	default:
		return false;
	}
	return list->selected != before;
}
