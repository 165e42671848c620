#ifndef WISEMIND_CONTENT_EMBEDDED_H
#define WISEMIND_CONTENT_EMBEDDED_H

#include <stddef.h>

/* A data file compiled into the program by src/content/embed.c. */
struct embedded_file {
	const char *name; /* path below skills/, e.g. "crisis/lines.yaml" */
	const char *data; /* NUL-terminated */
	size_t len;
};

/* Every skill and curriculum file under skills/ */
extern const struct embedded_file embedded_skills[];
extern const size_t embedded_skills_count;

#endif
