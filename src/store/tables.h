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

/* Tables that older exports wrote in another shape than today's, under
 * the same name: an export before version until is read with table's
 * columns, and each of its rows goes into the diary through insert (the
 * columns bound as ?1, ?2, ... in order, as many as it takes; only a row
 * whose key is already there may be skipped), then, when it was new,
 * through then as well (NULL: nothing more), which takes every column.
 * The practice log kept all its answers in one column before version 5. */
struct old_table {
	struct table table;
	int until;
	const char *insert;
	const char *then;
};
extern const struct old_table old_tables[];
extern const size_t old_table_count;

#endif
