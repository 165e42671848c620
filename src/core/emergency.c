#include "core/emergency.h"

#include <string.h>

static const char *field(char **cursor)
{
	char *start = *cursor;
	if (start == NULL) {
		return NULL;
	}
	char *tab = strchr(start, '\t');
	if (tab != NULL) {
		*tab = '\0';
		*cursor = tab + 1;
	} else {
		*cursor = NULL;
	}
	return start[0] != '\0' ? start : NULL;
}

static bool parse_status(const char *text, enum emergency_status *out)
{
	static const char *const names[] = {
		[EMERGENCY_CONFIRMED] = "confirmed",
		[EMERGENCY_PARTIAL] = "partial",
		[EMERGENCY_UNCONFIRMED] = "unconfirmed",
		[EMERGENCY_NONE] = "none",
	};
	for (size_t i = 0; text != NULL && i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(text, names[i]) == 0) {
			*out = (enum emergency_status)i;
			return true;
		}
	}
	return false;
}

bool emergency_parse_row(char *line, struct emergency_entry *entry)
{
	*entry = (struct emergency_entry){0};
	char *cursor = line;
	const char *code = field(&cursor);
	if (code == NULL || strlen(code) != 2) {
		return false;
	}
	memcpy(entry->code, code, COUNTRY_CODE_SIZE);
	entry->all = field(&cursor);
	entry->ambulance = field(&cursor);
	entry->police = field(&cursor);
	const char *status = field(&cursor);
	entry->verified = field(&cursor);
	entry->sources = field(&cursor);
	entry->remark = field(&cursor);
	bool has_number = entry->all != NULL || entry->ambulance != NULL || entry->police != NULL;
	bool ok = parse_status(status, &entry->status) && entry->verified != NULL &&
	          cursor == NULL && (!has_number || entry->sources != NULL);
	if (entry->status == EMERGENCY_CONFIRMED || entry->status == EMERGENCY_PARTIAL) {
		return ok && has_number;
	}
	return ok && !has_number;
}

bool emergency_known(const struct emergency_entry *entry)
{
	return entry != NULL &&
	       (entry->all != NULL || entry->ambulance != NULL || entry->police != NULL);
}

void emergency_format(const struct emergency_entry *entry, struct str *out)
{
	if (!emergency_known(entry)) {
		return;
	}
	if (entry->all != NULL) {
		str_append(out, entry->all);
		if (entry->ambulance != NULL && entry->police != NULL) {
			str_appendf(out, " (ambulance %s, police %s)", entry->ambulance, entry->police);
		} else if (entry->ambulance != NULL) {
			str_appendf(out, " (ambulance %s)", entry->ambulance);
		} else if (entry->police != NULL) {
			str_appendf(out, " (police %s)", entry->police);
		}
		return;
	}
	if (entry->ambulance != NULL) {
		str_appendf(out, "%s for an ambulance", entry->ambulance);
	}
	if (entry->police != NULL) {
		str_appendf(out, "%s%s for the police", entry->ambulance != NULL ? " or " : "",
		            entry->police);
	}
}
