#ifndef WISEMIND_STORE_STORE_DB_H
#define WISEMIND_STORE_STORE_DB_H

/* The connection behind a struct store, for the query files of src/store
 * and their white-box tests. Nothing outside src/store includes this. */

#include <sqlite3.h>

struct store;

sqlite3 *store_db(struct store *store);

#endif
