#include "content/problems.h"

#include <stdarg.h>

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
