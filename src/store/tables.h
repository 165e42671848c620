#ifndef WISEMIND_STORE_TABLES_H
#define WISEMIND_STORE_TABLES_H

/* The diary's tables as the JSON export sees them, private to src/store.
 * One list drives both export and import, so they cannot disagree. */

#include <stddef.h>

enum column_kind {
	COLUMN_TEXT,
	COLUMN_INT,
	COLUMN_ID,   /* a 16-byte blob, written as 32 hex digits */
	COLUMN_BOOL, /* 0 or 1, written as false or true */
};

struct column {
	const char *name;
	enum column_kind kind;
	/* The export version that added the column (1: the first). An older
	 * export has no such field; importing one stores 0, the column's
	 * default, which is what every diary of that time held. */
	int since;
};

struct table {
	const char *name;    /* the SQL table, and its key in the export */
	const char *order;   /* its primary key: rows come out in this order */
	const struct column *columns;
	size_t column_count;
};

/* Every table holding the person's data, parents before children (an
 * import inserts them in this order). inbox_key is not here: it belongs
 * to the vault, not to the diary. */
extern const struct table export_tables[];
extern const size_t export_table_count;

/* Tables older exports list that the diary no longer has. One was never
 * written (safety_plan, before the plan became safety_line), so an older
 * export carries it as an empty list, which imports as nothing; entries
 * in it are refused, as no wisemind wrote them. */
struct retired_table {
	const char *name;
	int until; /* the first export version without it */
};
extern const struct retired_table retired_tables[];
extern const size_t retired_table_count;

#endif
