#ifndef WISEMIND_CORE_EMERGENCY_H
#define WISEMIND_CORE_EMERGENCY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/country.h"
#include "core/str.h"

/* How far a country's emergency numbers could be confirmed. */
enum emergency_status {
	EMERGENCY_CONFIRMED,   /* every number listed was confirmed */
	EMERGENCY_PARTIAL,     /* some were; the rest are left out */
	EMERGENCY_UNCONFIRMED, /* none could be confirmed: show the common numbers */
	EMERGENCY_NONE,        /* no one lives there: no emergency service */
};

/* One row of the emergency-number table (skills/crisis/emergency.tsv);
 * an empty field is NULL. */
struct emergency_entry {
	char code[COUNTRY_CODE_SIZE];
	const char *all;       /* one number for every service, e.g. "112" */
	const char *ambulance; /* when it differs from all */
	const char *police;    /* when it differs from all */
	enum emergency_status status;
	const char *verified;  /* YYYY-MM */
	const char *sources;   /* "URL (date); URL (date)" */
	const char *remark;
};

/* Parses one row of the table's format in place: line is cut at its tabs
 * and entry points into it. False when the row is malformed. */
bool emergency_parse_row(char *line, struct emergency_entry *entry);


/* True when the entry names at least one number to dial. */
bool emergency_known(const struct emergency_entry *entry);

/* Appends what to dial, e.g. "112 (ambulance 15, police 17)" or
 * "15 for an ambulance or 17 for the police". Nothing when not known. */
void emergency_format(const struct emergency_entry *entry, struct str *out);

#endif
