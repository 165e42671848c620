#include "content/problems.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void problems_vadd(struct problems *p, const char *path, size_t line, const char *fmt, va_list ap)
{
	str_appendf(&p->text, "%s:%zu: ", path, line);
	str_vappendf(&p->text, fmt, ap);
	str_append_char(&p->text, '\n');
	p->count++;
}

void problems_add(struct problems *p, const char *path, size_t line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	problems_vadd(p, path, line, fmt, ap);
	va_end(ap);
}

void problems_finish(struct problems *p)
{
	str_finish(&p->text);
	p->count = 0;
}

struct entry {
	const char *start; /* "path:line: what" */
	size_t len;        /* with its newline */
	size_t path_len;
	size_t path_rank;  /* the order its file first came in */
	unsigned long line;
	size_t index;      /* the order it was added: ties keep it */
};

static int by_place(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->path_rank != y->path_rank) {
		return x->path_rank < y->path_rank ? -1 : 1;
	}
	if (x->line != y->line) {
		return x->line < y->line ? -1 : 1;
	}
	return x->index < y->index ? -1 : x->index > y->index;
}

void problems_sorted(const struct problems *p, struct str *out)
{
	struct entry *e = calloc(p->count + 1, sizeof(*e));
	if (e == NULL) {
		abort();
	}
	size_t n = 0;
	for (const char *at = str_cstr(&p->text); *at != '\0' && n < p->count; n++) {
		const char *nl = strchr(at, '\n');
		size_t len = nl != NULL ? (size_t)(nl - at) + 1 : strlen(at);
		/* The path ends at the last ":<digits>: " before the message. */
		const char *colon = at;
		for (const char *c = at; c < at + len; c++) {
			if (*c == ':' && c[1] >= '0' && c[1] <= '9') {
				char *end;
				unsigned long line = strtoul(c + 1, &end, 10);
				if (*end == ':') {
					colon = c;
					e[n].line = line;
					break;
				}
			}
		}
		e[n] = (struct entry){at, len, (size_t)(colon - at), n, e[n].line, n};
		for (size_t k = 0; k < n; k++) {
			if (e[k].path_len == e[n].path_len && memcmp(e[k].start, at, e[n].path_len) == 0) {
				e[n].path_rank = e[k].path_rank;
				break;
			}
		}
		at += len;
	}
	qsort(e, n, sizeof(*e), by_place);
	for (size_t i = 0; i < n; i++) {
		str_append_n(out, e[i].start, e[i].len);
	}
	free(e);
}
